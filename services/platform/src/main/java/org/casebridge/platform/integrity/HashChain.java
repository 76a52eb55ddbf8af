package org.casebridge.platform.integrity;

import java.util.Objects;

/**
 * The per-case hash chain rule. A pure function of the head, the event and whether its id was applied, so
 * every consumer and every replay reaches the same verdicts.
 */
public final class HashChain {

    private HashChain() {
    }

    /**
     * @param head           the case's current head ({@link ChainHead#EMPTY} for a new case)
     * @param event          the incoming verified event
     * @param alreadyApplied whether the caller already applied an event with this event id
     */
    public static ChainDecision check(ChainHead head, VerifiedEvent event, boolean alreadyApplied) {
        return check(head, event.meta().getSequence(), event.meta().getPreviousHash(), event.eventHash(),
                alreadyApplied);
    }

    /**
     * @param sequence       the event's {@code meta.sequence}
     * @param previousHash   the event's {@code meta.previousHash}, null for a first event
     * @param eventHash      the event's own hash, which becomes the head when accepted
     * @param alreadyApplied whether the caller already applied an event with this event id
     */
    public static ChainDecision check(ChainHead head, long sequence, String previousHash, String eventHash,
                                      boolean alreadyApplied) {
        Objects.requireNonNull(eventHash, "eventHash");
        boolean statesHead = Objects.equals(previousHash, head.hash());
        ChainVerdict verdict;
        if (alreadyApplied) {
            verdict = ChainVerdict.DUPLICATE;
        } else if (sequence == head.sequence() + 1 && statesHead) {
            return new ChainDecision(ChainVerdict.ACCEPTED, new ChainHead(sequence, eventHash));
        } else if (sequence > head.sequence() + 1 && !statesHead) {
            verdict = ChainVerdict.GAP;
        } else {
            // A stale or foreign previous hash, or a writer that saw the head yet numbered its event wrongly.
            verdict = ChainVerdict.CONFLICT;
        }
        return new ChainDecision(verdict, head);
    }
}
