/**
 * Case projections: the referral and lead projections every agency service and the audit keep, each event verified,
 * judged by its lifecycle and applied with its offset in the consumer's transaction into tables whose migrations
 * ship with the module. This package is the lead projection: its auto-configured consumer of the {@code leads}
 * topic and the lead tables (state, addressees, suspects, chain head and timeline), with the reads the lead API
 * needs, from a unit's sent and received leads to the earlier lead a new one duplicates.
 */
package org.casebridge.projections.lead;
