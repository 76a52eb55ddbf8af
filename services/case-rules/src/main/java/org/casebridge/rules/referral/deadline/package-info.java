/**
 * The legal clocks of a referral, derived from its accepted events in chain order: receipt, decision (with its
 * pauses and alternative periods), supplements, reconsideration, supervision, evidence handover and judicial
 * suggestions. Pure and deterministic, so the projection stores the tracked deadlines with each applied event and
 * every replay stores the same; the events are read the same way from Avro records and from stored timeline JSON.
 */
package org.casebridge.rules.referral.deadline;
