package org.casebridge.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casebridge.contracts.Topic;
import org.casebridge.platform.metrics.ExchangeMetrics;
import org.casebridge.platform.serde.RegistryCallFailedException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The one consumer setup every CaseBridge listener uses. A record that cannot be decoded or verified never
 * blocks its partition: {@link ErrorHandlingDeserializer} turns the failure into a value the error handler
 * sees, the handler does not retry it, and the recoverer parks the original bytes on {@code <topic>.dlt} with
 * the reason and the original coordinates in headers. Other failures (a database briefly down) are retried a
 * bounded number of times before they are parked the same way, so the log stays bounded either way. The one
 * exception: a record that could not be checked because the schema registry did not answer
 * ({@link RegistryCallFailedException}) is retried until it answers, however long that takes; parking it would
 * drop a valid event from every projection (and the case's later events with it) for an outage of the registry.
 * The partition waits meanwhile, which the consumer-lag health shows.
 */
public final class ExchangeConsumers {

    /** Attempts after the first for failures that may heal (not for poison records, which are never retried). */
    public static final long DEFAULT_RETRIES = 3;
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofMillis(500);

    private ExchangeConsumers() {
    }

    /**
     * Consumer factory whose key and value deserializers are wrapped in {@link ErrorHandlingDeserializer}. The
     * value deserializer must come configured (registry, specific reader): it is used as given.
     * Offsets are committed by the container after the record was handled (auto commit off).
     */
    public static <V> ConsumerFactory<String, V> consumerFactory(Map<String, Object> consumerProperties,
                                                                 Deserializer<V> valueDeserializer) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The deserializer arrives configured (false): configuring it again with consumer properties would reset it.
        return new DefaultKafkaConsumerFactory<>(properties,
                new ErrorHandlingDeserializer<>(new StringDeserializer()),
                new ErrorHandlingDeserializer<>(valueDeserializer), false);
    }

    /** Producer for dead letters: writes keys and values as the bytes that were received. */
    public static KafkaTemplate<Object, Object> deadLetterTemplate(Map<String, Object> producerProperties) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(properties,
                new DeadLetterKeySerializer(), new DeadLetterValueSerializer());
        return new KafkaTemplate<>(factory);
    }

    /**
     * The error handler: poison records (anything the deserializers reject) go straight to the dead-letter
     * topic; other failures get {@code retries} more attempts {@code interval} apart first.
     */
    public static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> deadLetterTemplate,
                                                   String groupId, long retries, Duration interval) {
        return errorHandler(deadLetterRecoverer(deadLetterTemplate, groupId), retries, interval);
    }

    /** As above, and counts every record parked in {@link ExchangeMetrics#DEAD_LETTERED} by topic and reason code. */
    public static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> deadLetterTemplate,
                                                   String groupId, long retries, Duration interval,
                                                   ExchangeMetrics metrics) {
        DeadLetterPublishingRecoverer recoverer = deadLetterRecoverer(deadLetterTemplate, groupId);
        // Counted once the dead letter is written: a failed publication is not a parked record.
        ConsumerRecordRecoverer counting = (record, exception) -> {
            recoverer.accept(record, exception);
            metrics.deadLettered(record.topic(), ReasonCoded.codeOf(rootReason(exception)));
        };
        return errorHandler(counting, retries, interval);
    }

    private static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaOperations<Object, Object> deadLetterTemplate,
                                                                     String groupId) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                ExchangeConsumers::deadLetterPartition);
        recoverer.setHeadersFunction((record, exception) -> reasonHeaders(exception, groupId));
        return recoverer;
    }

    private static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer recoverer, long retries, Duration interval) {
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(interval.toMillis(), retries));
        handler.addNotRetryableExceptions(SerializationException.class, DeserializationException.class);
        // Classified retryable although it is a SerializationException: found first in the chain, it decides.
        handler.addRetryableExceptions(RegistryCallFailedException.class);
        handler.setBackOffFunction((record, exception) -> registryCallFailure(exception).isPresent()
                ? new FixedBackOff(interval.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return handler;
    }

    /** The registry failure somewhere in the chain, the one failure retried without end (see above). */
    public static Optional<RegistryCallFailedException> registryCallFailure(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegistryCallFailedException registryFailure) {
                return Optional.of(registryFailure);
            }
        }
        return Optional.empty();
    }

    /** Listener container factory combining the above; callers still give every listener an explicit id. */
    public static <V> ConcurrentKafkaListenerContainerFactory<String, V> listenerContainerFactory(
            ConsumerFactory<String, V> consumerFactory, DefaultErrorHandler errorHandler) {
        ConcurrentKafkaListenerContainerFactory<String, V> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumerFactory);
        factory.setCommonErrorHandler(errorHandler);
        return factory;
    }

    /**
     * As above for batch listeners (each poll's records in one call, e.g. {@code TransactionalApplier}). The
     * listener must name a failing record, poison ones included, with a {@code BatchListenerFailedException}: the
     * error handler then commits the records before it, retries or parks that one alone as above, and delivers
     * the records after it again.
     */
    public static <V> ConcurrentKafkaListenerContainerFactory<String, V> batchListenerContainerFactory(
            ConsumerFactory<String, V> consumerFactory, DefaultErrorHandler errorHandler) {
        ConcurrentKafkaListenerContainerFactory<String, V> factory = listenerContainerFactory(consumerFactory, errorHandler);
        factory.setBatchListener(true);
        return factory;
    }

    /** Dead letters of {@code referrals} go to {@code referrals.dlt}; the partitioner picks the partition. */
    private static TopicPartition deadLetterPartition(ConsumerRecord<?, ?> record, Exception exception) {
        return new TopicPartition(Topic.ofTopicName(record.topic()).deadLetterTopicName(), -1);
    }

    private static Headers reasonHeaders(Exception exception, String groupId) {
        Throwable reason = rootReason(exception);
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, ReasonCoded.codeOf(reason).getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.REASON_TEXT,
                String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.GROUP, groupId.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /**
     * The failure worth naming: the first typed serde or integrity exception in the chain (its class says which
     * check failed), else the root cause. Spring's wrappers (listener failed, deserialization failed) say little.
     */
    static Throwable rootReason(Throwable exception) {
        Throwable reason = exception;
        while (!(reason instanceof SerializationException) && reason.getCause() != null && reason.getCause() != reason) {
            reason = reason.getCause();
        }
        return reason;
    }

    /** Keys are case-id strings, or the raw bytes of a key that could not be decoded. */
    private static final class DeadLetterKeySerializer implements Serializer<Object> {
        private final ByteArraySerializer bytes = new ByteArraySerializer();

        @Override
        public byte[] serialize(String topic, Object data) {
            return data instanceof String key ? key.getBytes(StandardCharsets.UTF_8) : bytes.serialize(topic, (byte[]) data);
        }
    }
}
