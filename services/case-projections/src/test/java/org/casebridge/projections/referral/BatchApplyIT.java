package org.casebridge.projections.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.testing.DeadLetters.header;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.casebridge.platform.consumer.DeadLetterHeaders;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.DeadLetters;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.ReferralLogRig;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The batch applier in the real listener container: poison records and a record whose database write fails
 * twice arrive in one poll between valid ones; the valid ones are applied in order, each poison record is
 * parked on {@code referrals.dlt} with its reason, the failing one is retried alone until it applies, and the
 * stored offset ends after the last record.
 */
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
@ExtendWith(ApicurioRegistryExtension.class)
class BatchApplyIT {

    private static final String TOPIC = ReferralLogRig.TOPIC;
    private static final String GROUP = "batch-apply-it";
    private static final String FLAKY_CASE = "BT-2026-0004";

    @Test
    void appliesTheValidRecordsOfABatchInOrderAndParksOnlyThePoisonOnes(EmbeddedKafkaBroker broker,
            ApicurioRegistry registry, @TempDir Path keys) throws Exception {
        ReferralLogRig log = new ReferralLogRig(broker, registry, keys);
        try (KafkaProducer<String, byte[]> producer = log.producer()) {
            RecordHeaders forgedHeaders = new RecordHeaders();
            byte[] forged = log.signing().serialize(TOPIC, forgedHeaders, SampleEvents.referralSubmitted("BT-2026-0666"));
            forged[forged.length - 1] ^= 0x01;
            log.send(producer, "BT-2026-0001");
            producer.send(new ProducerRecord<>(TOPIC, "garbage", "这不是Avro".getBytes(StandardCharsets.UTF_8))).get();
            log.send(producer, "BT-2026-0002");
            producer.send(new ProducerRecord<>(TOPIC, null, "BT-2026-0666", forged, forgedHeaders)).get();
            log.send(producer, "BT-2026-0003");
            log.send(producer, FLAKY_CASE);
            log.send(producer, "BT-2026-0005");
        }

        ProjectionDatabase database = ProjectionDatabase.create(ProjectionDatabase.Kind.H2);
        ReferralProjection projection = new ReferralProjection(database.jdbc());
        OffsetStore offsets = new OffsetStore(database.jdbc());
        ReferralEventHandler referrals = new ReferralEventHandler(projection);
        AtomicInteger flakyAttempts = new AtomicInteger();
        List<String> applied = new CopyOnWriteArrayList<>();
        TransactionalApplier<VerifiedEvent> applier = new TransactionalApplier<>(GROUP, offsets, database.transactions(),
                record -> {
                    referrals.handle(record);
                    if (record.key().equals(FLAKY_CASE) && flakyAttempts.incrementAndGet() <= 2) {
                        throw new IllegalStateException("database connection lost");
                    }
                }, record -> applied.add(record.key()));
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();

        log.whileConsuming(GROUP, log.registrySchemas(), records -> {
            batchSizes.add(records.size());
            applier.onMessage(records);
        }, () -> {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied)
                    .containsExactly("BT-2026-0001", "BT-2026-0002", "BT-2026-0003", FLAKY_CASE, "BT-2026-0005"));

            assertThat(batchSizes.get(0)).as("the first poll held every record").isEqualTo(7);
            assertThat(flakyAttempts).hasValue(3);
            assertThat(offsets.nextOffset(GROUP, TOPIC, 0)).isEqualTo(7);
            assertThat(applied).allSatisfy(caseId -> assertThat(projection.timeline(caseId))
                    .singleElement().extracting(TimelineEntry::verdict).isEqualTo(TimelineEntry.ACCEPTED));
            List<ConsumerRecord<byte[], byte[]>> parked = DeadLetters.read(broker, 2);
            assertThat(parked).extracting(r -> header(r.headers(), DeadLetterHeaders.REASON))
                    .containsExactly("UNSIGNED", "FORGED_SIGNATURE");
            assertThat(parked).extracting(r -> ByteBuffer.wrap(r.headers().lastHeader("kafka_dlt-original-offset").value())
                    .getLong()).containsExactly(1L, 3L);
            assertThat(parked.get(0).value()).asString(StandardCharsets.UTF_8).isEqualTo("这不是Avro");
        });
    }
}
