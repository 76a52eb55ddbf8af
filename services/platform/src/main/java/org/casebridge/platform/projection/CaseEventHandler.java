package org.casebridge.platform.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.platform.integrity.ChainDecision;
import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.platform.integrity.ChainVerdict;
import org.casebridge.platform.integrity.HashChain;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.rules.lifecycle.CaseLifecycle;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.unit.UnitIds;

/**
 * Applies verified events of one topic's cases (referrals, leads) to a projection, deterministically: an event id
 * seen before changes nothing; an event of another topic, one that does not extend the case's hash chain (stale
 * or missing predecessor) or one the lifecycle refuses is recorded with its verdict and leaves the case as it
 * was. Every service and every replay of the same log reaches the same state.
 *
 * @param <S> the lifecycle's state
 */
public final class CaseEventHandler<S> implements RecordHandler<VerifiedEvent> {

    private final Topic topic;
    private final CaseStore<S> store;
    private final CaseLifecycle<S> lifecycle;
    private final ExchangeMetrics metrics;

    /** With counters of applied and rejected events; {@code metrics} may be null. */
    public CaseEventHandler(Topic topic, CaseStore<S> store, CaseLifecycle<S> lifecycle, ExchangeMetrics metrics) {
        this.topic = topic;
        this.store = store;
        this.lifecycle = lifecycle;
        this.metrics = metrics;
    }

    @Override
    public void handle(ConsumerRecord<String, VerifiedEvent> record) {
        VerifiedEvent event = record.value();
        if (event == null || store.knows(event.meta().getEventId().toString())) {
            return;
        }
        EventMeta meta = event.meta();
        StoredCase<S> stored = store.find(meta.getCaseId()).orElse(null);
        if (event.type().topic() != topic) {
            record(record, event, "WRONG_TOPIC", event.type().simpleName() + " does not belong on " + record.topic());
            return;
        }
        ChainDecision chain = HashChain.check(stored == null ? ChainHead.EMPTY : stored.head(), event, false);
        if (!chain.accepted()) {
            record(record, event, chain.verdict().name(), "sequence " + meta.getSequence() + " after "
                    + (stored == null ? "nothing" : "head " + stored.head().sequence()) + " with previous hash "
                    + meta.getPreviousHash() + ": " + chain.verdict());
            return;
        }
        Judgement<S> judgement = lifecycle.judge(stored == null ? null : stored.state(), event.event(), meta);
        if (!judgement.accepted()) {
            record(record, event, judgement.code(), judgement.reason());
            return;
        }
        if (chain.verdict() == ChainVerdict.BESIDE) {
            store.saveBeside(judgement.state(), event);
        } else {
            store.save(stored == null ? null : stored.state(), judgement.state(), chain.head(), event);
        }
        record(record, event, CaseEvent.ACCEPTED, null);
    }

    private void record(ConsumerRecord<String, VerifiedEvent> record, VerifiedEvent event, String verdict, String reason) {
        if (metrics != null && CaseEvent.ACCEPTED.equals(verdict)) {
            metrics.applied(record.topic());
        } else if (metrics != null) {
            metrics.rejected(record.topic(), verdict);
        }
        EventMeta meta = event.meta();
        store.record(new CaseEvent(meta.getEventId().toString(), meta.getCaseId(), meta.getSequence(),
                event.type().simpleName(), UnitIds.idOf(meta.getActingAgency()), meta.getOfficer(),
                meta.getOccurredAt(), event.eventHash(), verdict, reason, record.partition(), record.offset(),
                EventJson.of(event.event())));
    }
}
