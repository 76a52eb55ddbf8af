package org.casebridge.platform.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.casebridge.contracts.Topic;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;

/**
 * CaseBridge's own meters, shared by every service, and the Kafka client meters of the consumers and producers
 * the platform builds itself (Boot instruments only the factories it creates).
 * <ul>
 *   <li>{@value #APPLIED} (tag {@code topic}): events a projection applied;</li>
 *   <li>{@value #REJECTED} ({@code topic}, {@code reason}): events recorded as rejected, e.g. {@code CONFLICT};</li>
 *   <li>{@value #DEAD_LETTERED} ({@code topic}, {@code reason}): records parked on the dead-letter topic.</li>
 * </ul>
 * In Prometheus: {@code casebridge_events_applied_total} and so on.
 */
public final class ExchangeMetrics {

    public static final String APPLIED = "casebridge.events.applied";
    public static final String REJECTED = "casebridge.events.rejected";
    public static final String DEAD_LETTERED = "casebridge.events.deadlettered";

    private final MeterRegistry registry;
    // Applying is the hot path: one map lookup, no tag allocation after the first event of a topic.
    private final Map<String, Counter> appliedByTopic = new ConcurrentHashMap<>();
    private final Function<String, Counter> newAppliedCounter;

    public ExchangeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.newAppliedCounter = topic -> Counter.builder(APPLIED).description("Events applied by a projection")
                .tag("topic", topic).register(registry);
        // Present at zero from the start, so rate() and alerts see the series before the first event.
        for (Topic topic : Topic.values()) {
            appliedCounter(topic.topicName());
        }
    }

    public void applied(String topic) {
        appliedCounter(topic).increment();
    }

    private Counter appliedCounter(String topic) {
        return appliedByTopic.computeIfAbsent(topic, newAppliedCounter);
    }

    public void rejected(String topic, String reason) {
        Counter.builder(REJECTED).description("Events recorded as rejected (conflict, gap, illegal transition)")
                .tag("topic", topic).tag("reason", reason).register(registry).increment();
    }

    public void deadLettered(String topic, String reason) {
        Counter.builder(DEAD_LETTERED).description("Records parked on the dead-letter topic")
                .tag("topic", topic).tag("reason", reason).register(registry).increment();
    }

    /** Binds the Kafka client meters (fetch rates, {@code records-lag} per partition, ...) of every consumer it creates. */
    public <K, V> ConsumerFactory<K, V> instrument(ConsumerFactory<K, V> factory) {
        factory.addListener(new MicrometerConsumerListener<>(registry));
        return factory;
    }

    /** Binds the Kafka client meters of the template's producers. */
    public <K, V> KafkaTemplate<K, V> instrument(KafkaTemplate<K, V> template) {
        template.getProducerFactory().addListener(new MicrometerProducerListener<>(registry));
        return template;
    }
}
