package org.casebridge.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.platform.testing.DeadLetters.header;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.contracts.Topic;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.integrity.VerifyingDeserializer;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.serde.AvroDeserializer;
import org.casebridge.platform.serde.AvroSerializer;
import org.casebridge.platform.serde.WireFormat;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.DeadLetters;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Poison records (garbage bytes, an unknown schema id, a flipped byte, another unit's key) between valid ones, on one partition so that any blocking would show: the valid events are
 * applied in order, each bad record lands on {@code referrals.dlt} with its reason and original coordinates,
 * and nothing keeps retrying or logging afterwards.
 */
@EmbeddedKafka(partitions = 1, topics = {"referrals", "referrals.dlt"})
@ExtendWith({ApicurioRegistryExtension.class, OutputCaptureExtension.class})
class DeadLetterIT {

    private static final String TOPIC = Topic.REFERRALS.topicName();
    private static final String GROUP = "dead-letter-it";

    private final List<VerifiedEvent> applied = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ConcurrentMessageListenerContainer<String, VerifiedEvent> container;
    private KafkaTemplate<Object, Object> deadLetters;
    private SigningSerializer signing;
    private SigningSerializer impostor;
    private KafkaProducer<String, Object> signedProducer;
    private KafkaProducer<String, byte[]> rawProducer;

    @BeforeEach
    void startConsumer(EmbeddedKafkaBroker broker, ApicurioRegistry registry, @TempDir Path keys) {
        AgencyDirectory directory = AgencyDirectory.bundled();
        AgencyKeys.generateMissing(directory, keys);
        directory = directory.withKeysFrom(keys);
        HttpSchemaRegistryClient registryClient = new HttpSchemaRegistryClient(RegistryClientConfig.of(registry.url()));
        Map<String, Object> serde = Map.of("schema.registry.url", registry.url(),
                "value.subject.name.strategy", "TopicRecordNameStrategy", "specific.avro.reader", true);

        Map<String, Object> producerProperties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        String writer = UnitIds.idOf(SampleEvents.BAOTOU_FORESTRY);
        signing = new SigningSerializer(new AvroSerializer(registryClient, serde, false), registryClient::schemaById,
                KeyRing.load(keys, List.of(writer)));
        signedProducer = new KafkaProducer<>(producerProperties, new StringSerializer(), signing);
        // Claims to be the forestry bureau but holds the Kundulun police unit's private key.
        impostor = new SigningSerializer(new AvroSerializer(registryClient, serde, false), registryClient::schemaById,
                KeyRing.of(Map.of(writer, AgencyKeys.readPrivateKey(keys, UnitIds.idOf(SampleEvents.KUNDULUN_POLICE)))));
        rawProducer = new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());

        ExchangeMetrics metrics = new ExchangeMetrics(meters);
        deadLetters = ExchangeConsumers.deadLetterTemplate(producerProperties);
        var consumerFactory = metrics.instrument(ExchangeConsumers.consumerFactory(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                        ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new VerifyingDeserializer(new AvroDeserializer(registryClient, serde, false), registryClient::schemaById, directory)));
        var factory = ExchangeConsumers.listenerContainerFactory(consumerFactory,
                ExchangeConsumers.errorHandler(deadLetters, GROUP, 2, Duration.ofMillis(50), metrics));
        container = factory.createContainer(TOPIC);
        container.setBeanName(GROUP);
        container.getContainerProperties().setMessageListener((MessageListener<String, VerifiedEvent>) r -> applied.add(r.value()));
        container.start();
    }

    @AfterEach
    void stop() {
        container.stop();
        signedProducer.close();
        rawProducer.close();
        deadLetters.getProducerFactory().reset();
    }

    @Test
    void appliesValidEventsAndParksEachPoisonRecordWithItsReason(EmbeddedKafkaBroker broker, CapturedOutput output)
            throws Exception {
        RecordHeaders validHeaders = new RecordHeaders();
        byte[] validFrame = signedFrame("BT-2026-0002", validHeaders);

        send("BT-2026-0001");
        rawProducer.send(new ProducerRecord<>(TOPIC, null, "garbage", "这不是Avro {not avro}".getBytes(StandardCharsets.UTF_8))).get();
        rawProducer.send(new ProducerRecord<>(TOPIC, null, "BT-2026-0002", validFrame, validHeaders)).get();
        rawProducer.send(new ProducerRecord<>(TOPIC, null, "unknown-id", withSchemaId(validFrame, 987_654), validHeaders)).get();
        send("BT-2026-0003");
        rawProducer.send(new ProducerRecord<>(TOPIC, null, "forged", flippedLastByte(validFrame), validHeaders)).get();
        RecordHeaders impostorHeaders = new RecordHeaders();
        byte[] impostorFrame = impostor.serialize(TOPIC, impostorHeaders, SampleEvents.referralSubmitted("BT-2026-0666"));
        rawProducer.send(new ProducerRecord<>(TOPIC, null, "BT-2026-0666", impostorFrame, impostorHeaders)).get();
        send("BT-2026-0004");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied)
                .extracting(e -> e.meta().getCaseId())
                .containsExactly("BT-2026-0001", "BT-2026-0002", "BT-2026-0003", "BT-2026-0004"));

        List<ConsumerRecord<byte[], byte[]>> parked = DeadLetters.read(broker, 4);
        assertThat(parked).extracting(r -> header(r.headers(), DeadLetterHeaders.REASON))
                .containsExactly("UNSIGNED", "UnknownSchemaIdException", "FORGED_SIGNATURE", "FORGED_SIGNATURE");
        assertThat(parked).allSatisfy(r -> {
            assertThat(header(r.headers(), "kafka_dlt-original-topic")).isEqualTo(TOPIC);
            assertThat(r.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
            assertThat(r.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
            assertThat(header(r.headers(), DeadLetterHeaders.GROUP)).isEqualTo(GROUP);
            assertThat(header(r.headers(), DeadLetterHeaders.REASON_TEXT)).isNotBlank();
        });
        assertThat(parked.get(0).value()).asString(StandardCharsets.UTF_8).isEqualTo("这不是Avro {not avro}");
        Map.of("UNSIGNED", 1.0, "UnknownSchemaIdException", 1.0, "FORGED_SIGNATURE", 2.0).forEach((reason, count) ->
                assertThat(meters.get(ExchangeMetrics.DEAD_LETTERED).tag("topic", TOPIC).tag("reason", reason).counter()
                        .count()).as("dead letters counted for %s", reason).isEqualTo(count));
        // The consumer's own Kafka meters are bound (Prometheus: kafka_consumer_fetch_manager_records_lag_max).
        assertThat(meters.find("kafka.consumer.fetch.manager.records.lag.max").gauges()).isNotEmpty();
        assertThat(parked.get(2).value()).isEqualTo(flippedLastByte(validFrame));

        // Nothing retries in the background: once everything is handled the log stops growing.
        int settled = output.length();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> output.length() - settled < 2_000);
        assertThat(settled).as("log size for four poison records").isLessThan(200_000);
    }

    private void send(String caseId) throws Exception {
        signedProducer.send(new ProducerRecord<>(TOPIC, caseId, SampleEvents.referralSubmitted(caseId))).get();
    }

    private byte[] signedFrame(String caseId, Headers headers) {
        return signing.serialize(TOPIC, headers, SampleEvents.referralSubmitted(caseId));
    }

    private static byte[] withSchemaId(byte[] frame, int schemaId) {
        byte[] copy = frame.clone();
        copy[1] = (byte) (schemaId >>> 24);
        copy[2] = (byte) (schemaId >>> 16);
        copy[3] = (byte) (schemaId >>> 8);
        copy[4] = (byte) schemaId;
        assertThat(WireFormat.schemaId(copy)).isEqualTo(schemaId);
        return copy;
    }

    private static byte[] flippedLastByte(byte[] frame) {
        byte[] copy = frame.clone();
        copy[copy.length - 1] ^= 0x01;
        return copy;
    }
}
