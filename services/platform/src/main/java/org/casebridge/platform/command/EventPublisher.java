package org.casebridge.platform.command;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.common.EventMeta;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Appends an event to its topic (from the catalogue), keyed by its case id so that a case keeps one order.
 * An event is first {@linkplain #prepare prepared}: serialized and signed as the acting unit, so that the exact
 * record can be kept (the outbox) and sent again. The producer is idempotent with acks=all, so an acknowledged
 * event is on every in-sync replica and a retried send is written once; it gives up on a record after the send
 * timeout (its delivery timeout), so that a record it failed to send is not delivered later behind the
 * caller's back.
 */
public final class EventPublisher {

    /** Beyond the producer's own delivery timeout, which completes every send's future. */
    private static final Duration WAIT_MARGIN = Duration.ofSeconds(2);

    private final KafkaTemplate<String, byte[]> template;
    private final Serializer<Object> signing;
    private final Duration sendTimeout;

    public EventPublisher(KafkaTemplate<String, byte[]> template, Serializer<Object> signing, Duration sendTimeout) {
        this.template = template;
        this.signing = signing;
        this.sendTimeout = sendTimeout;
    }

    /** The event as a signed record of its topic; nothing is sent. */
    public PendingEvent prepare(SpecificRecord event) {
        EventType type = TopicCatalogue.of(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not an event"));
        EventMeta meta = (EventMeta) event.get(event.getSchema().getField("meta").pos());
        String topic = type.topic().topicName();
        RecordHeaders headers = new RecordHeaders();
        byte[] value = signing.serialize(topic, headers, event);
        return new PendingEvent(meta.getEventId().toString(), topic, meta.getCaseId(), List.of(headers.toArray()),
                value);
    }

    /** Sends without waiting; the future completes with the acknowledgement or fails within the send timeout. */
    public CompletableFuture<SendResult<String, byte[]>> send(PendingEvent event) {
        try {
            return template.send(event.toRecord());
        } catch (RuntimeException e) {
            // What the producer throws before the record is in its buffer (the metadata wait timed out: the broker
            // is away), wrapped by the template: not appended, as a failed future says.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends and waits for the broker's acknowledgement. */
    public RecordMetadata append(PendingEvent event) {
        return acknowledged(event, send(event));
    }

    /** Prepares, sends and waits: for an event that needs no outbox (a test's, a tool's). */
    public RecordMetadata publish(SpecificRecord event) {
        return append(prepare(event));
    }

    /** The acknowledgement of a sent event; {@link PublishFailedException} when the broker did not give one. */
    public RecordMetadata acknowledged(PendingEvent event, CompletableFuture<SendResult<String, byte[]>> sent) {
        try {
            return sent.get(sendTimeout.plus(WAIT_MARGIN).toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("could not append event " + event.eventId() + " of case " + event.key()
                    + " to " + event.topic() + " within " + sendTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while appending event " + event.eventId(), e);
        }
    }

    /** The event could not be appended: the broker could not be reached or did not acknowledge it in time. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
