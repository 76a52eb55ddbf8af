package org.casebridge.platform.command;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-event producer: Confluent-format Avro with TopicRecordNameStrategy subjects, signed with the key
 * of the unit each event names as its actor (the service holds keys for {@code casebridge.units} only),
 * idempotent with acks=all; the command journal (Idempotency-Keys and the outbox) and the outbox relay.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, ExchangeAutoConfiguration.class})
@EnableConfigurationProperties(CommandProperties.class)
public final class EventPublishingAutoConfiguration {

    static final Map<String, Object> EVENT_SERDE = Map.of(
            "value.subject.name.strategy", "TopicRecordNameStrategy",
            "auto.register.schemas", true,
            "specific.avro.reader", true);

    /** The private keys of the units this service signs for. */
    @Bean
    @ConditionalOnMissingBean
    KeyRing signingKeys(ExchangeProperties exchange, AgencyDirectory directory) {
        return keyRing(exchange, directory);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaProperties kafka, SchemaRegistryClient registry, KeyRing signingKeys,
                                  CommandProperties commands) {
        SigningSerializer signing = new SigningSerializer(new AvroSerializer(registry, EVENT_SERDE, false),
                registry::schemaById, signingKeys);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(
                producerProperties(kafka, commands.sendTimeout()), new StringSerializer(), new ByteArraySerializer(),
                false);
        return new EventPublisher(new KafkaTemplate<>(factory), signing, commands.sendTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    CommandJournal commandJournal(JdbcClient jdbc, TransactionTemplate transactions, CommandProperties commands) {
        return new CommandJournal(jdbc, transactions, commands.sendTimeout().multipliedBy(2));
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, EventPublisher publisher,
                            CommandProperties commands, ObjectProvider<MeterRegistry> meters) {
        OutboxRelay relay = new OutboxRelay(jdbc, transactions, publisher, Clock.systemUTC(), commands.relayInterval(),
                commands.retryAfter());
        meters.ifAvailable(relay::bindTo);
        return relay;
    }

    /**
     * Idempotent with acks=all; the producer gives up on a record after the send timeout, so that a record the
     * command reported as not appended is not delivered later while the relay sends it again.
     */
    static Map<String, Object> producerProperties(KafkaProperties kafka, Duration sendTimeout) {
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        // delivery >= linger + request timeout, as the producer requires; metadata waits count against the send too.
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) sendTimeout.dividedBy(2).toMillis());
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout.dividedBy(2).toMillis());
        return producer;
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
