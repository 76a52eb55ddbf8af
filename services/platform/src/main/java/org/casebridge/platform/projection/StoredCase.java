package org.casebridge.platform.projection;

import org.casebridge.platform.integrity.ChainHead;

/**
 * A case as a projection holds it: its lifecycle state and the head of its hash chain.
 *
 * @param state the lifecycle state
 * @param head  sequence and hash of the last accepted event
 * @param <S>   the lifecycle's state
 */
public record StoredCase<S>(S state, ChainHead head) {
}
