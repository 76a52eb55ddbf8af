package org.casebridge.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KafkaHealthAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaHealthAutoConfiguration.class));

    @Test
    void contributesKafkaComponentWithDefaultTimeout() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(KafkaHealthIndicator.class).hasBean("kafkaHealthIndicator")
                    .hasSingleBean(ConsumerLagHealthIndicator.class).hasBean("consumerLagHealthIndicator");
            assertThat(context.getBean(KafkaHealthProperties.class).timeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.getBean(KafkaHealthProperties.class).maxLag()).isEqualTo(10_000);
        });
    }

    @Test
    void bindsConfiguredTimeout() {
        runner.withPropertyValues("casebridge.health.kafka.timeout=750ms").run(context ->
                assertThat(context.getBean(KafkaHealthProperties.class).timeout()).isEqualTo(Duration.ofMillis(750)));
    }

    @Test
    void refusesANegativeMaxLag() {
        runner.withPropertyValues("casebridge.health.kafka.max-lag=-1").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void backsOffWhenKafkaHealthIsDisabled() {
        runner.withPropertyValues("management.health.kafka.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(KafkaHealthIndicator.class));
    }

    @Test
    void backsOffWithoutKafkaAutoConfiguration() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(KafkaHealthAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(KafkaHealthIndicator.class));
    }

    @Test
    void refusesToStartWithNonPositiveTimeout() {
        runner.withPropertyValues("casebridge.health.kafka.timeout=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("casebridge.health.kafka.timeout must be positive");
        });
    }
}
