package org.casebridge.platform.command;

import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * An event as it goes onto the log: its topic, record key (the case id), headers (the signature) and
 * Confluent-format value, exactly as signed. Kept in the outbox until the broker acknowledged it, so that a
 * re-sent copy is byte for byte the same record.
 *
 * @param eventId the event's id, which consumers apply once however many copies reach the log
 */
public record PendingEvent(String eventId, String topic, String key, List<Header> headers, byte[] value) {

    public PendingEvent {
        headers = List.copyOf(headers);
    }

    ProducerRecord<String, byte[]> toRecord() {
        return new ProducerRecord<>(topic, null, key, value, headers);
    }
}
