package org.casebridge.platform.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies one consumed record to a projection, inside the transaction that also stores its offset. */
@FunctionalInterface
public interface RecordHandler<V> {

    void handle(ConsumerRecord<String, V> record);
}
