package org.casebridge.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.contracts.Topic;
import org.casebridge.platform.consumer.ExchangeConsumers;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SchemaLookup;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.integrity.VerifyingDeserializer;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.serde.AvroDeserializer;
import org.casebridge.platform.serde.AvroSerializer;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * The {@code referrals} topic of an embedded broker with the real registry, as the projections' integration tests
 * use it: signed ReferralSubmitted records written as a Baotou forestry unit, and a batch listener container set
 * up as the services set theirs up (verifying deserializer, dead letters, two retries 50 ms apart).
 */
public final class ReferralLogRig {

    public static final String TOPIC = Topic.REFERRALS.topicName();
    private static final Map<String, Object> SERDE = Map.of("value.subject.name.strategy", "TopicRecordNameStrategy",
            "specific.avro.reader", true);

    private final EmbeddedKafkaBroker broker;
    private final HttpSchemaRegistryClient registry;
    private final SigningSerializer signing;
    private final AgencyDirectory directory;
    private final Map<String, Object> producerProperties;

    public ReferralLogRig(EmbeddedKafkaBroker broker, ApicurioRegistry registry, Path keys) {
        this.broker = broker;
        AgencyDirectory bundled = AgencyDirectory.bundled();
        AgencyKeys.generateMissing(bundled, keys);
        this.directory = bundled.withKeysFrom(keys);
        this.registry = new HttpSchemaRegistryClient(RegistryClientConfig.of(registry.url()));
        this.signing = new SigningSerializer(new AvroSerializer(this.registry, SERDE, false), this.registry::schemaById,
                KeyRing.load(keys, List.of(UnitIds.idOf(SampleEvents.BAOTOU_FORESTRY))));
        this.producerProperties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    }

    /** The real registry's writer schemas, for the consumer's signature check. */
    public SchemaLookup registrySchemas() {
        return registry::schemaById;
    }

    public SigningSerializer signing() {
        return signing;
    }

    public KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());
    }

    /** Writes a signed submission of a new referral. */
    public void send(KafkaProducer<String, byte[]> producer, String caseId) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        byte[] frame = signing.serialize(TOPIC, headers, SampleEvents.referralSubmitted(caseId));
        producer.send(new ProducerRecord<>(TOPIC, null, caseId, frame, headers)).get();
    }

    /**
     * Runs a listener container of consumer group {@code group} while {@code checks} run; its verifying
     * deserializer fetches the writer schemas that signatures cover from {@code fingerprintSchemas}.
     */
    public void whileConsuming(String group, SchemaLookup fingerprintSchemas,
                               BatchMessageListener<String, VerifiedEvent> listener, Checks checks) throws Exception {
        KafkaTemplate<Object, Object> deadLetters = ExchangeConsumers.deadLetterTemplate(producerProperties);
        var factory = ExchangeConsumers.batchListenerContainerFactory(ExchangeConsumers.consumerFactory(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                        ConsumerConfig.GROUP_ID_CONFIG, group,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new VerifyingDeserializer(new AvroDeserializer(registry, SERDE, false), fingerprintSchemas, directory)),
                ExchangeConsumers.errorHandler(deadLetters, group, 2, Duration.ofMillis(50)));
        ConcurrentMessageListenerContainer<String, VerifiedEvent> container = factory.createContainer(TOPIC);
        container.setBeanName(group);
        container.getContainerProperties().setMessageListener(listener);
        container.start();
        try {
            checks.run();
        } finally {
            container.stop();
            deadLetters.getProducerFactory().reset();
        }
    }

    /** How many records were ever parked on {@code referrals.dlt} (one partition). */
    public long deadLetterCount() {
        TopicPartition partition = new TopicPartition(Topic.REFERRALS.deadLetterTopicName(), 0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }

    /** Assertions run while the container consumes. */
    @FunctionalInterface
    public interface Checks {
        void run() throws Exception;
    }
}
