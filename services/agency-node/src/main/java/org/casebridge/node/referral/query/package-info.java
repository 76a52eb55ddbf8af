/**
 * The referral reads every agency service offers: the inbox of the caller's unit (what it received, tries or sent,
 * by agency type), filtered, sorted by deadline and paged in SQL with visibility in the query, and one referral with
 * its legal clocks and timeline. A referral the caller may not see answers like one that does not exist, and
 * parties' personal data goes only to the units the referral is addressed or copied to.
 */
package org.casebridge.node.referral.query;
