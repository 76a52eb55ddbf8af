/**
 * The referral projection: its auto-configured consumer of the {@code referrals} topic, the handler that checks
 * the hash chain and the referral lifecycle and, for an accepted event that moves a clock, updates the referral's
 * legal clocks, and the referral tables (state, chain head, open suggestions, named officers, timeline and tracked
 * deadlines).
 */
package org.casebridge.projections.referral;
