package org.casebridge.projections.referral;

import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.rules.referral.ReferralState;

/**
 * A referral as the projection holds it: its lifecycle state and the head of its hash chain.
 *
 * @param state the lifecycle state
 * @param head  sequence and hash of the last accepted event
 */
public record StoredReferral(ReferralState state, ChainHead head) {
}
