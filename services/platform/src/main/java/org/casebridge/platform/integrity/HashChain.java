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
        if (!event.type().chained()) {
            return beside(head, event.meta().getSequence(), event.meta().getPreviousHash(), alreadyApplied);
        }
        return check(head, event.meta().getSequence(), event.meta().getPreviousHash(), event.eventHash(),
                alreadyApplied);
    }

    /**
     * An event of a type beside the chain (ADR 0006): accepted with sequence 0 and no previous hash, the head left
     * as it was; one that claims a place on the chain is a {@code CONFLICT}, as a stale head would be.
     */
    private static ChainDecision beside(ChainHead head, long sequence, String previousHash, boolean alreadyApplied) {
        if (alreadyApplied) {
            return new ChainDecision(ChainVerdict.DUPLICATE, head);
        }
        boolean outside = sequence == 0 && previousHash == null;
        return new ChainDecision(outside ? ChainVerdict.BESIDE : ChainVerdict.CONFLICT, head);
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
