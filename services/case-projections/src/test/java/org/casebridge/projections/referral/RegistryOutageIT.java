package org.casebridge.projections.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.casebridge.platform.integrity.SchemaLookup;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.platform.testing.ReferralLogRig;
import org.casebridge.platform.testing.StubHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A consumer that meets a record while the schema registry answers 503 cannot check its signature, which covers
 * the writer schema: the record is neither applied nor parked (parking it would drop a valid event, and every later
 * event of its case with it), it is tried again, for longer than any other failure, until the registry answers.
 */
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
@ExtendWith(ApicurioRegistryExtension.class)
class RegistryOutageIT {

    private static final String GROUP = "registry-outage-it";

    @Test
    void aRecordMetWhileTheRegistryIsDownWaitsForItInsteadOfBeingParked(EmbeddedKafkaBroker broker,
            ApicurioRegistry registry, @TempDir Path keys) throws Exception {
        ReferralLogRig log = new ReferralLogRig(broker, registry, keys);
        try (KafkaProducer<String, byte[]> producer = log.producer()) {
            log.send(producer, "BT-2026-0101");
            log.send(producer, "BT-2026-0102");
        }
        ProjectionDatabase database = ProjectionDatabase.create(ProjectionDatabase.Kind.H2);
        ReferralProjection projection = new ReferralProjection(database.jdbc());
        OffsetStore offsets = new OffsetStore(database.jdbc());
        List<String> applied = new CopyOnWriteArrayList<>();
        TransactionalApplier<VerifiedEvent> applier = new TransactionalApplier<>(GROUP, offsets,
                database.transactions(), new ReferralEventHandler(projection), record -> applied.add(record.key()));
        AtomicBoolean registryDown = new AtomicBoolean(true);
        AtomicInteger askedWhileDown = new AtomicInteger();

        try (StubHttpServer down = StubHttpServer.answering(503, "{\"error_code\": 50301, \"message\": \"down\"}")) {
            HttpSchemaRegistryClient unreachable = new HttpSchemaRegistryClient(RegistryClientConfig.of(down.url()));
            SchemaLookup upOrDown = id -> {
                if (registryDown.get()) {
                    askedWhileDown.incrementAndGet();
                    return unreachable.schemaById(id);
                }
                return log.registrySchemas().schemaById(id);
            };

            log.whileConsuming(GROUP, upOrDown, applier::onMessage, () -> {
                // More attempts than the first one and the two retries after which any other failure is parked.
                await().atMost(Duration.ofSeconds(60)).until(() -> askedWhileDown.get() > 4);
                assertThat(applied).isEmpty();
                assertThat(log.deadLetterCount()).as("nothing parked while the registry is down").isZero();

                registryDown.set(false);

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied)
                        .containsExactly("BT-2026-0101", "BT-2026-0102"));
                assertThat(applied).allSatisfy(caseId -> assertThat(projection.timeline(caseId))
                        .singleElement().extracting(TimelineEntry::verdict).isEqualTo(TimelineEntry.ACCEPTED));
                assertThat(offsets.nextOffset(GROUP, ReferralLogRig.TOPIC, 0)).isEqualTo(2);
                assertThat(log.deadLetterCount()).isZero();
            });
        }
    }
}
