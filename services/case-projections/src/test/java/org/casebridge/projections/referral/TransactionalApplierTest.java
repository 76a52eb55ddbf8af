package org.casebridge.projections.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.registry.RegistryUnavailableException;
import org.casebridge.platform.serde.RegistryCallFailedException;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.SignedEvents;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batches as the container delivers them, on H2 and PostgreSQL: one transaction per partition of a poll, a
 * failing or poison record named by its index while the records before it stay applied, and a batch delivered
 * again after a crash applying each record exactly once.
 */
class TransactionalApplierTest {

    private static final String GROUP = "police-service";
    private static final String TOPIC = "referrals";

    private final SignedEvents events = new SignedEvents();
    private final List<String> woken = new ArrayList<>();
    private final Set<Long> failingOffsets = new CopyOnWriteArraySet<>();
    private ReferralProjection projection;
    private OffsetStore offsets;
    private CountingTransactions transactions;
    private TransactionalApplier<VerifiedEvent> applier;

    private void open(ProjectionDatabase.Kind kind) {
        ProjectionDatabase database = ProjectionDatabase.createOrSkip(kind);
        projection = new ReferralProjection(database.jdbc());
        offsets = new OffsetStore(database.jdbc());
        transactions = new CountingTransactions(database.transactions());
        ReferralEventHandler referrals = new ReferralEventHandler(projection);
        applier = new TransactionalApplier<>(GROUP, offsets, transactions, record -> {
            referrals.handle(record);
            if (failingOffsets.contains(record.offset())) {
                throw new IllegalStateException("database connection lost at offset " + record.offset());
            }
        }, record -> woken.add(record.key()));
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void appliesEachPartitionsRecordsOfAPollInOneTransaction(ProjectionDatabase.Kind kind) {
        open(kind);
        List<ConsumerRecord<String, VerifiedEvent>> poll = List.of(submitted(0, 0), submitted(0, 1), submitted(0, 2),
                submitted(3, 0), submitted(3, 1));

        applier.onMessage(poll);

        assertThat(transactions.count).isEqualTo(2);
        assertThat(offsets.nextOffset(GROUP, TOPIC, 0)).isEqualTo(3);
        assertThat(offsets.nextOffset(GROUP, TOPIC, 3)).isEqualTo(2);
        assertThat(poll).allSatisfy(r -> assertThat(verdict(r)).contains(TimelineEntry.ACCEPTED));
        assertThat(woken).containsExactly(poll.stream().map(ConsumerRecord::key).toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void aRecordThatCannotBeAppliedIsNamedAndTheRecordsBeforeItStayApplied(ProjectionDatabase.Kind kind) {
        open(kind);
        List<ConsumerRecord<String, VerifiedEvent>> poll = List.of(submitted(0, 0), submitted(0, 1), submitted(0, 2),
                submitted(0, 3));
        failingOffsets.add(2L);

        assertThatThrownBy(() -> applier.onMessage(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(2))
                .hasRootCauseMessage("database connection lost at offset 2");

        assertThat(verdict(poll.get(2))).as("rolled back").isEmpty();
        assertOnlyTheNamedRecordIsLeftOut(poll, 2);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void aPoisonRecordIsNamedWithoutReachingTheHandler(ProjectionDatabase.Kind kind) {
        open(kind);
        List<ConsumerRecord<String, VerifiedEvent>> poll = List.of(submitted(1, 0), poison(1, 1), submitted(1, 2));

        assertThatThrownBy(() -> applier.onMessage(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1))
                .hasCauseInstanceOf(DeserializationException.class);

        assertOnlyTheNamedRecordIsLeftOut(poll, 1);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void aRecordTheRegistryCouldNotBeAskedAboutIsNamedWithTheRegistrysFailureNotAsPoison(ProjectionDatabase.Kind kind) {
        open(kind);
        RegistryCallFailedException outage = new RegistryCallFailedException("cannot fetch writer schema id 7",
                new RegistryUnavailableException("no schema registry answered after 3 attempts", 503, null));
        List<ConsumerRecord<String, VerifiedEvent>> poll = List.of(submitted(1, 0), poison(1, 1, outage),
                submitted(1, 2));

        assertThatThrownBy(() -> applier.onMessage(poll))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1))
                .hasCauseInstanceOf(RegistryCallFailedException.class)
                .hasRootCauseInstanceOf(RegistryUnavailableException.class);

        assertOnlyTheNamedRecordIsLeftOut(poll, 1);
    }

    @ParameterizedTest
    @EnumSource(ProjectionDatabase.Kind.class)
    void aBatchDeliveredAgainAfterACrashMidBatchAppliesEachRecordOnce(ProjectionDatabase.Kind kind) {
        open(kind);
        List<ConsumerRecord<String, VerifiedEvent>> poll = new ArrayList<>();
        for (int offset = 0; offset < 5; offset++) {
            poll.add(submitted(0, offset));
        }
        failingOffsets.add(3L);
        assertThatThrownBy(() -> applier.onMessage(poll)).isInstanceOf(BatchListenerFailedException.class);
        List<TimelineEntry> beforeCrash = List.of(verdictEntry(poll.get(0)), verdictEntry(poll.get(1)),
                verdictEntry(poll.get(2)));

        // The process died before Kafka's offsets were committed: the whole poll comes again, twice.
        failingOffsets.clear();
        applier.onMessage(poll);
        applier.onMessage(poll);

        assertThat(poll).allSatisfy(r -> assertThat(verdict(r)).contains(TimelineEntry.ACCEPTED));
        assertThat(List.of(verdictEntry(poll.get(0)), verdictEntry(poll.get(1)), verdictEntry(poll.get(2))))
                .isEqualTo(beforeCrash);
        assertThat(poll).allSatisfy(r -> assertThat(projection.timeline(r.key())).hasSize(1));
        assertThat(offsets.nextOffset(GROUP, TOPIC, 0)).isEqualTo(5);
    }

    /**
     * After a record was named: the records before it stay applied, their waiters woken, and the stored offset
     * points at it; once the error handler has parked it, the records after it come again and are applied.
     */
    private void assertOnlyTheNamedRecordIsLeftOut(List<ConsumerRecord<String, VerifiedEvent>> poll, int named) {
        List<ConsumerRecord<String, VerifiedEvent>> before = poll.subList(0, named);
        ConsumerRecord<String, VerifiedEvent> failed = poll.get(named);
        assertThat(before).allSatisfy(r -> assertThat(verdict(r)).contains(TimelineEntry.ACCEPTED));
        assertThat(woken).containsExactlyElementsOf(before.stream().map(ConsumerRecord::key).toList());
        assertThat(offsets.nextOffset(GROUP, TOPIC, failed.partition())).isEqualTo(failed.offset());

        List<ConsumerRecord<String, VerifiedEvent>> after = poll.subList(named + 1, poll.size());
        applier.onMessage(after);

        assertThat(after).allSatisfy(r -> assertThat(verdict(r)).contains(TimelineEntry.ACCEPTED));
        assertThat(offsets.nextOffset(GROUP, TOPIC, failed.partition())).isEqualTo(poll.get(poll.size() - 1).offset() + 1);
    }

    private ConsumerRecord<String, VerifiedEvent> submitted(int partition, long offset) {
        String caseId = "RF-150203-2026-" + partition + "-" + offset;
        return new ConsumerRecord<>(TOPIC, partition, offset, caseId, events.next(SampleEvents.referralSubmitted(caseId)));
    }

    /** What ErrorHandlingDeserializer hands a batch listener for bytes it could not decode. */
    private static ConsumerRecord<String, VerifiedEvent> poison(int partition, long offset) {
        return poison(partition, offset, new IllegalArgumentException("not a Confluent frame"));
    }

    private static ConsumerRecord<String, VerifiedEvent> poison(int partition, long offset, Exception failure) {
        byte[] garbage = "这不是Avro".getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders();
        SerializationUtils.deserializationException(headers, garbage,
                new DeserializationException(failure.getMessage(), garbage, false, failure), false);
        return new ConsumerRecord<>(TOPIC, partition, offset, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, garbage.length, "garbage", null, headers, Optional.empty());
    }

    private Optional<String> verdict(ConsumerRecord<String, VerifiedEvent> record) {
        return projection.event(record.value().meta().getEventId().toString()).map(TimelineEntry::verdict);
    }

    private TimelineEntry verdictEntry(ConsumerRecord<String, VerifiedEvent> record) {
        return projection.event(record.value().meta().getEventId().toString()).orElseThrow();
    }

    /** Counts the transactions the applier runs. */
    private static final class CountingTransactions extends TransactionTemplate {
        private int count;

        CountingTransactions(TransactionTemplate template) {
            super(template.getTransactionManager());
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            count++;
            return super.execute(action);
        }
    }
}
