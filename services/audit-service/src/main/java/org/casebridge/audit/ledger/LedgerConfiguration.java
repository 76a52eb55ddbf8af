package org.casebridge.audit.ledger;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.casebridge.contracts.Topic;
import org.casebridge.platform.consumer.ExchangeConsumers;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.integrity.EventVerifier;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.platform.schema.OwnMigrations;
import org.casebridge.platform.serde.AvroDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The ledger's consumer: its own group ({@code <application>-ledger}) reads every source topic as raw bytes from
 * the beginning and appends each poll's records of a partition with their offset in one transaction. A failure to
 * append (database or registry down) is retried without end instead of skipping the record: a ledger with a hole
 * proves nothing.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    private static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);

    /** The ledger's tables (db/migration/audit), after the shared migrations: see {@link OwnMigrations}. */
    @Bean
    @DependsOn("flywayInitializer")
    Ledger ledger(DataSource dataSource, JdbcClient jdbc) {
        OwnMigrations.migrate(dataSource, "audit");
        return new Ledger(jdbc);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> ledgerListenerContainer(
            KafkaProperties kafka, SchemaRegistryClient registry, AgencyDirectory directory, OffsetStore offsets,
            Ledger ledger, TransactionTemplate transactions, @Value("${spring.application.name}") String application) {
        String group = application + "-ledger";
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        EventVerifier verifier = new EventVerifier(
                new AvroDeserializer(registry, Map.of("specific.avro.reader", true), false), registry::schemaById,
                directory);
        var factory = ExchangeConsumers.batchListenerContainerFactory(
                ExchangeConsumers.consumerFactory(consumer, new ByteArrayDeserializer()),
                new DefaultErrorHandler(new FixedBackOff(RETRY_INTERVAL.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)));
        ConcurrentMessageListenerContainer<String, byte[]> container = factory.createContainer(
                Arrays.stream(Topic.values()).map(Topic::topicName).toArray(String[]::new));
        container.setBeanName(group);
        container.getContainerProperties().setGroupId(group);
        container.getContainerProperties().setMessageListener(
                new TransactionalApplier<>(group, offsets, transactions, new LedgerRecorder(verifier, ledger)));
        return container;
    }
}
