package org.casebridge.exchange.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.exchange.testing.DeadLetters.header;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.contracts.Topic;
import org.casebridge.exchange.consumer.DeadLetterHeaders;
import org.casebridge.exchange.consumer.ExchangeConsumers;
import org.casebridge.exchange.directory.AgencyDirectory;
import org.casebridge.exchange.directory.AgencyKeys;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.integrity.KeyRing;
import org.casebridge.exchange.integrity.SigningSerializer;
import org.casebridge.exchange.integrity.VerifiedEvent;
import org.casebridge.exchange.integrity.VerifyingDeserializer;
import org.casebridge.exchange.referral.ReferralEventHandler;
import org.casebridge.exchange.referral.ReferralProjection;
import org.casebridge.exchange.referral.TimelineEntry;
import org.casebridge.exchange.registry.HttpSchemaRegistryClient;
import org.casebridge.exchange.registry.RegistryClientConfig;
import org.casebridge.exchange.serde.AvroDeserializer;
import org.casebridge.exchange.serde.AvroSerializer;
import org.casebridge.exchange.testing.ApicurioRegistry;
import org.casebridge.exchange.testing.ApicurioRegistryExtension;
import org.casebridge.exchange.testing.DeadLetters;
import org.casebridge.exchange.testing.ProjectionDatabase;
import org.casebridge.exchange.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
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

    private static final String TOPIC = Topic.REFERRALS.topicName();
    private static final String GROUP = "batch-apply-it";
    private static final String FLAKY_CASE = "BT-2026-0004";

    @Test
    void appliesTheValidRecordsOfABatchInOrderAndParksOnlyThePoisonOnes(EmbeddedKafkaBroker broker,
            ApicurioRegistry registry, @TempDir Path keys) throws Exception {
        AgencyDirectory directory = AgencyDirectory.bundled();
        AgencyKeys.generateMissing(directory, keys);
        HttpSchemaRegistryClient registryClient = new HttpSchemaRegistryClient(RegistryClientConfig.of(registry.url()));
        Map<String, Object> serde = Map.of("value.subject.name.strategy", "TopicRecordNameStrategy",
                "specific.avro.reader", true);
        SigningSerializer signing = new SigningSerializer(new AvroSerializer(registryClient, serde, false),
                registryClient::schemaById, KeyRing.load(keys, List.of(AgencyUnit.idOf(SampleEvents.BAOTOU_FORESTRY))));
        Map<String, Object> producerProperties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new ByteArraySerializer())) {
            RecordHeaders forgedHeaders = new RecordHeaders();
            byte[] forged = signing.serialize(TOPIC, forgedHeaders, SampleEvents.referralSubmitted("BT-2026-0666"));
            forged[forged.length - 1] ^= 0x01;
            send(producer, signing, "BT-2026-0001");
            producer.send(new ProducerRecord<>(TOPIC, "garbage", "这不是Avro".getBytes(StandardCharsets.UTF_8))).get();
            send(producer, signing, "BT-2026-0002");
            producer.send(new ProducerRecord<>(TOPIC, null, "BT-2026-0666", forged, forgedHeaders)).get();
            send(producer, signing, "BT-2026-0003");
            send(producer, signing, FLAKY_CASE);
            send(producer, signing, "BT-2026-0005");
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

        KafkaTemplate<Object, Object> deadLetters = ExchangeConsumers.deadLetterTemplate(producerProperties);
        var factory = ExchangeConsumers.batchListenerContainerFactory(ExchangeConsumers.consumerFactory(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                        ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new VerifyingDeserializer(new AvroDeserializer(registryClient, serde, false), registryClient::schemaById,
                        directory.withKeysFrom(keys))),
                ExchangeConsumers.errorHandler(deadLetters, GROUP, 2, Duration.ofMillis(50)));
        ConcurrentMessageListenerContainer<String, VerifiedEvent> container = factory.createContainer(TOPIC);
        container.setBeanName(GROUP);
        container.getContainerProperties().setMessageListener((BatchMessageListener<String, VerifiedEvent>) records -> {
            batchSizes.add(records.size());
            applier.onMessage(records);
        });
        container.start();
        try {
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
        } finally {
            container.stop();
            deadLetters.getProducerFactory().reset();
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, SigningSerializer signing, String caseId)
            throws Exception {
        RecordHeaders headers = new RecordHeaders();
        byte[] frame = signing.serialize(TOPIC, headers, SampleEvents.referralSubmitted(caseId));
        producer.send(new ProducerRecord<>(TOPIC, null, caseId, frame, headers)).get();
    }
}
