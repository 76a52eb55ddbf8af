/**
 * The lead reads every agency service offers: the leads the caller's unit raised or was addressed, paged, and one
 * lead with its merged duplicates and timeline. A lead the caller may not see answers like one that does not exist,
 * and suspects' personal data goes only to the notifier and addressees.
 */
package org.casebridge.node.lead.query;
