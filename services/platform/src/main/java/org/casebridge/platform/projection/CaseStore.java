package org.casebridge.platform.projection;

import java.util.Optional;

import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.platform.integrity.VerifiedEvent;

/** What {@link CaseEventHandler} needs of a projection's tables. */
public interface CaseStore<S> {

    /** Whether an event with this id was recorded already (accepted or not). */
    boolean knows(String eventId);

    Optional<StoredCase<S>> find(String caseId);

    /**
     * Writes the case after an accepted event (inserting it on its first).
     *
     * @param previous the case's state before the event (what changed need only be written); null for its first
     */
    void save(S previous, S state, ChainHead head, VerifiedEvent event);

    /**
     * Records an accepted event beside the chain (ADR 0006), which moves neither the head nor the state; nothing
     * by default, the timeline shows it.
     */
    default void saveBeside(S state, VerifiedEvent event) {
    }

    /** Adds the event, with its verdict, to the case's timeline. */
    void record(CaseEvent event);
}
