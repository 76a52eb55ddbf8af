package org.casebridge.platform.command;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.common.EventMeta;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Appends an event to its topic (from the catalogue), keyed by its case id so that a case keeps one order.
 * The template signs as the acting unit; the producer is idempotent with acks=all, so an acknowledged event
 * is on every in-sync replica and a retried send is written once.
 */
public final class EventPublisher {

    private final KafkaTemplate<String, Object> template;
    private final Duration sendTimeout;

    public EventPublisher(KafkaTemplate<String, Object> template, Duration sendTimeout) {
        this.template = template;
        this.sendTimeout = sendTimeout;
    }

    /** Sends and waits for the broker's acknowledgement. */
    public RecordMetadata publish(SpecificRecord event) {
        EventType type = TopicCatalogue.of(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not an event"));
        EventMeta meta = (EventMeta) event.get(event.getSchema().getField("meta").pos());
        try {
            return template.send(type.topic().topicName(), meta.getCaseId(), event)
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("could not append " + type.simpleName() + " of case " + meta.getCaseId()
                    + " to " + type.topic().topicName() + " within " + sendTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while appending " + type.simpleName(), e);
        }
    }

    /** The event could not be appended; nothing was applied. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
