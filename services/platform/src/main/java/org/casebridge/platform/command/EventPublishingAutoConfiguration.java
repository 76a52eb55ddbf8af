package org.casebridge.platform.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.platform.boot.ExchangeAutoConfiguration;
import org.casebridge.platform.boot.ExchangeProperties;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.directory.AgencyUnit;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.platform.serde.AvroSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The signed-event producer: Confluent-format Avro with TopicRecordNameStrategy subjects, signed with the key
 * of the unit each event names as its actor (the service holds keys for {@code casebridge.units} only),
 * idempotent with acks=all.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, ExchangeAutoConfiguration.class})
@EnableConfigurationProperties(CommandProperties.class)
public final class EventPublishingAutoConfiguration {

    static final Map<String, Object> EVENT_SERDE = Map.of(
            "value.subject.name.strategy", "TopicRecordNameStrategy",
            "auto.register.schemas", true,
            "specific.avro.reader", true);

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaProperties kafka, ExchangeProperties exchange, SchemaRegistryClient registry,
                                  AgencyDirectory directory, CommandProperties commands) {
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        SigningSerializer signing = new SigningSerializer(new AvroSerializer(registry, EVENT_SERDE, false),
                registry::schemaById, keyRing(exchange, directory));
        // The serializers arrive configured (false): Kafka's producer properties must not reset them.
        DefaultKafkaProducerFactory<String, Object> factory =
                new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), signing, false);
        return new EventPublisher(new KafkaTemplate<>(factory), commands.sendTimeout());
    }

    /**
     * The keys of the configured units, each required; with none configured, those found in the keys directory
     * for the units of the service's agency type (a unit without a key then cannot sign, and an event in its
     * name fails with a SigningException naming the unit).
     */
    static KeyRing keyRing(ExchangeProperties exchange, AgencyDirectory directory) {
        if (!exchange.units().isEmpty() || exchange.agencyType() == null) {
            return KeyRing.load(exchange.keysDir(), exchange.units());
        }
        List<String> withKeys = directory.unitsOf(exchange.agencyType()).stream().map(AgencyUnit::id)
                .filter(id -> exchange.keysDir() != null && AgencyKeys.hasPrivateKey(exchange.keysDir(), id)).toList();
        return KeyRing.load(exchange.keysDir(), withKeys);
    }
}
