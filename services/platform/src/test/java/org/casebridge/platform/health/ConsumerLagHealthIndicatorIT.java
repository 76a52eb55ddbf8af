package org.casebridge.platform.health;

import static org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Lag against a real broker: five records on two partitions, a projection that applied one of them (its offset
 * stored in its database) and one partition it never touched: four records behind.
 */
@EmbeddedKafka(partitions = 2, topics = "lagged")
class ConsumerLagHealthIndicatorIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private LazyAdmin admin;
    private OffsetStore offsets;

    @BeforeAll
    static void fiveRecords(EmbeddedKafkaBroker broker) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("lagged", i < 3 ? 0 : 1, "case", "记录 " + i)).get();
            }
        }
    }

    @BeforeEach
    void oneApplied(EmbeddedKafkaBroker broker) {
        admin = new LazyAdmin(Map.of(BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
        offsets = new OffsetStore(ProjectionDatabase.create(ProjectionDatabase.Kind.H2).jdbc());
        offsets.save("police-service", "lagged", 0, 1);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void reportsTheRecordsNotYetAppliedPerGroupAndTopic() {
        Health health = indicator(10).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("maxLag", 10L)
                .containsEntry("groups", Map.of("police-service", Map.of("lagged", 4L)));
    }

    @Test
    void takesAProjectionTooFarBehindOutOfService() {
        assertThat(indicator(3).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator(4).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void reportsNothingBehindOnceEverythingIsApplied() {
        offsets.save("police-service", "lagged", 0, 3);
        offsets.save("police-service", "lagged", 1, 2);

        assertThat(indicator(0).health().getDetails())
                .containsEntry("groups", Map.of("police-service", Map.of("lagged", 0L)));
    }

    @Test
    void isUnknownWhenTheTopicCannotBeDescribed() {
        Health health = new ConsumerLagHealthIndicator(admin, TIMEOUT, 10, offsets::nextOffsets,
                () -> Map.of("police-service", List.of("no-such-topic"))).health();

        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(health.getDetails().get("reason")).asString().contains("UnknownTopicOrPartitionException");
    }

    private ConsumerLagHealthIndicator indicator(long maxLag) {
        return new ConsumerLagHealthIndicator(admin, TIMEOUT, maxLag, offsets::nextOffsets,
                () -> Map.of("police-service", List.of("lagged")));
    }
}
