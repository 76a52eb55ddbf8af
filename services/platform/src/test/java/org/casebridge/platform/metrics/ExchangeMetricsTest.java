package org.casebridge.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;

class ExchangeMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ExchangeMetrics metrics = new ExchangeMetrics(registry);

    @Test
    void publishesAppliedCountersOfEveryTopicAtZeroFromTheStart() {
        assertThat(registry.get(ExchangeMetrics.APPLIED).counters())
                .extracting(counter -> counter.getId().getTag("topic"), counter -> counter.count())
                .containsExactlyInAnyOrder(tuple("referrals", 0.0),
                        tuple("leads", 0.0));
    }

    @Test
    void countsAppliedEventsPerTopic() {
        metrics.applied("referrals");
        metrics.applied("referrals");
        metrics.applied("leads");

        assertThat(registry.get(ExchangeMetrics.APPLIED).tag("topic", "referrals").counter().count()).isEqualTo(2);
        assertThat(registry.get(ExchangeMetrics.APPLIED).tag("topic", "leads").counter().count()).isEqualTo(1);
    }

    @Test
    void countsRejectionsAndDeadLettersByTopicAndReason() {
        metrics.rejected("referrals", "CONFLICT");
        metrics.rejected("referrals", "CONFLICT");
        metrics.rejected("leads", "GAP");
        metrics.deadLettered("referrals", "FORGED_SIGNATURE");

        assertThat(registry.get(ExchangeMetrics.REJECTED).tag("topic", "referrals").tag("reason", "CONFLICT")
                .counter().count()).isEqualTo(2);
        assertThat(registry.get(ExchangeMetrics.REJECTED).tag("topic", "leads").tag("reason", "GAP")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get(ExchangeMetrics.DEAD_LETTERED).tag("topic", "referrals").tag("reason", "FORGED_SIGNATURE")
                .counter().count()).isEqualTo(1);
        assertThat(registry.find(ExchangeMetrics.DEAD_LETTERED).tag("reason", "CONFLICT").counter()).isNull();
    }

    @Test
    void bindsKafkaClientMetersToTheFactoriesItInstruments() {
        DefaultKafkaConsumerFactory<String, String> consumers = new DefaultKafkaConsumerFactory<>(Map.of());
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of()));

        assertThat(metrics.instrument(consumers)).isSameAs(consumers);
        assertThat(metrics.instrument(template)).isSameAs(template);

        assertThat(consumers.getListeners()).hasExactlyElementsOfTypes(MicrometerConsumerListener.class);
        assertThat(template.getProducerFactory().getListeners()).hasExactlyElementsOfTypes(MicrometerProducerListener.class);
    }

    @Test
    void isConfiguredOnlyWhereTheServiceHasAMeterRegistry() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ExchangeMetricsAutoConfiguration.class));

        runner.run(context -> assertThat(context).doesNotHaveBean(ExchangeMetrics.class));
        runner.withBean(SimpleMeterRegistry.class)
                .run(context -> assertThat(context).hasSingleBean(ExchangeMetrics.class));
    }
}
