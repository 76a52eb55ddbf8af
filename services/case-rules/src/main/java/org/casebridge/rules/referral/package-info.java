/**
 * The referral lifecycle as one transition table: which event is legal in which status, written by whom, under
 * which content rules, and the state it leads to. Holds the referral's state and statuses and the stable rejection
 * codes; every service, the audit and replay judge referral events with it, before publishing and after reading.
 */
package org.casebridge.rules.referral;
