package org.casebridge.exchange.projection;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that applies each record and stores its offset in one database transaction, and on partition
 * assignment seeks to the offsets stored there. A record below the stored offset (redelivered after a crash
 * between the database commit and Kafka's) is skipped, so every record has exactly one effect.
 */
public final class TransactionalApplier<V> implements MessageListener<String, V>, ConsumerSeekAware {

    private final String group;
    private final OffsetStore offsets;
    private final TransactionTemplate transactions;
    private final RecordHandler<V> handler;
    private final Consumer<ConsumerRecord<String, V>> afterCommit;

    public TransactionalApplier(String group, OffsetStore offsets, TransactionTemplate transactions,
                                RecordHandler<V> handler) {
        this(group, offsets, transactions, handler, record -> { });
    }

    /** With a callback run once the record's transaction committed, e.g. to wake a command waiting for it. */
    public TransactionalApplier(String group, OffsetStore offsets, TransactionTemplate transactions,
                                RecordHandler<V> handler, Consumer<ConsumerRecord<String, V>> afterCommit) {
        this.group = group;
        this.offsets = offsets;
        this.transactions = transactions;
        this.handler = handler;
        this.afterCommit = afterCommit;
    }

    @Override
    public void onMessage(ConsumerRecord<String, V> record) {
        transactions.executeWithoutResult(status -> {
            if (record.offset() < offsets.nextOffset(group, record.topic(), record.partition())) {
                return;
            }
            handler.handle(record);
            offsets.save(group, record.topic(), record.partition(), record.offset() + 1);
        });
        afterCommit.accept(record);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        assignments.keySet().stream().map(TopicPartition::topic).distinct().forEach(topic ->
                offsets.nextOffsets(group, topic).forEach((partition, next) -> {
                    if (assignments.containsKey(new TopicPartition(topic, partition))) {
                        callback.seek(topic, partition, next);
                    }
                }));
    }
}
