package org.casebridge.rules.lifecycle;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.EventMeta;

/**
 * Judges an event against its case's state, the same way on the command path (before publishing) and in every
 * consumer and replay (after reading): pure, so that all reach the same verdict.
 *
 * @param <S> the lifecycle's state
 */
@FunctionalInterface
public interface CaseLifecycle<S> {

    /**
     * @param state the case before the event; null when no event of it was accepted yet
     * @param event an event of the case's topic
     * @param meta  the event's meta (its acting agency is the signer, already verified)
     */
    Judgement<S> judge(S state, SpecificRecord event, EventMeta meta);
}
