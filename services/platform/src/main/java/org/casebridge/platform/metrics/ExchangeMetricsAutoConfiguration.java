package org.casebridge.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@link ExchangeMetrics} on the service's meter registry (actuator brings one). */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean(MeterRegistry.class)
public final class ExchangeMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ExchangeMetrics exchangeMetrics(MeterRegistry registry) {
        return new ExchangeMetrics(registry);
    }
}
