package org.casebridge.platform.projection;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.casebridge.platform.consumer.ExchangeConsumers;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch listener that applies each poll's records of a partition, and stores the partition's offset, in one
 * database transaction; on partition assignment it seeks to the offsets stored there. A record below the stored
 * offset (redelivered after a crash between the database commit and Kafka's) is skipped, so every record has
 * exactly one effect.
 * <p>
 * One failing record costs the others nothing: the records before it are committed, and it is named to the
 * container's error handler with a {@link BatchListenerFailedException}, which retries or dead-letters it
 * alone and delivers the records after it again. A record the deserializers rejected (poison: its value is
 * null and the failure is in a header) is named the same way without being handed to the handler, unless it failed
 * only because the schema registry could not be asked: that record is named with the registry's failure, which the
 * error handler retries until the registry answers ({@link ExchangeConsumers}), since no verdict on it was reached.
 */
public final class TransactionalApplier<V> implements BatchMessageListener<String, V>, ConsumerSeekAware {

    private static final LogAccessor LOG = new LogAccessor(TransactionalApplier.class);

    private final String group;
    private final OffsetStore offsets;
    private final TransactionTemplate transactions;
    private final RecordHandler<V> handler;
    private final Consumer<ConsumerRecord<String, V>> afterCommit;

    public TransactionalApplier(String group, OffsetStore offsets, TransactionTemplate transactions,
                                RecordHandler<V> handler) {
        this(group, offsets, transactions, handler, record -> { });
    }

    /** With a callback run for each record once its transaction committed, e.g. to wake a command waiting for it. */
    public TransactionalApplier(String group, OffsetStore offsets, TransactionTemplate transactions,
                                RecordHandler<V> handler, Consumer<ConsumerRecord<String, V>> afterCommit) {
        this.group = group;
        this.offsets = offsets;
        this.transactions = transactions;
        this.handler = handler;
        this.afterCommit = afterCommit;
    }

    /**
     * Applies the records in their order, one transaction per run of records of the same partition (a poll lists
     * each partition's records together).
     */
    @Override
    public void onMessage(List<ConsumerRecord<String, V>> records) {
        int start = 0;
        while (start < records.size()) {
            int end = start + 1;
            while (end < records.size() && samePartition(records.get(start), records.get(end))) {
                end++;
            }
            applyRun(records, start, end);
            start = end;
        }
    }

    private void applyRun(List<ConsumerRecord<String, V>> records, int start, int end) {
        for (int i = start; i < end; i++) {
            DeserializationException poison = deserializationFailure(records.get(i));
            if (poison != null) {
                apply(records, start, i);
                Exception named = ExchangeConsumers.registryCallFailure(poison).map(Exception.class::cast).orElse(poison);
                throw new BatchListenerFailedException("record could not be deserialized", named, i);
            }
        }
        apply(records, start, end);
    }

    /**
     * Applies records {@code [from, to)} of one partition in one transaction. When the handler fails on one, the
     * transaction is rolled back, the records before it are applied again in a transaction of their own (they
     * succeeded once), and the failing one is named to the error handler.
     */
    private void apply(List<ConsumerRecord<String, V>> records, int from, int to) {
        if (from == to) {
            return;
        }
        HandlerFailure failure;
        try {
            transactions.executeWithoutResult(status -> applyEach(records, from, to));
            records.subList(from, to).forEach(afterCommit);
            return;
        } catch (HandlerFailure e) {
            failure = e;
        } catch (RuntimeException e) {
            // The transaction itself failed (database unreachable): nothing of the run is applied.
            throw new BatchListenerFailedException("transaction failed", e, from);
        }
        apply(records, from, failure.index);
        throw new BatchListenerFailedException("record could not be applied", failure.getCause(), failure.index);
    }

    private void applyEach(List<ConsumerRecord<String, V>> records, int from, int to) {
        ConsumerRecord<String, V> first = records.get(from);
        long next = offsets.nextOffset(group, first.topic(), first.partition());
        for (int i = from; i < to; i++) {
            ConsumerRecord<String, V> record = records.get(i);
            if (record.offset() < next) {
                continue;
            }
            try {
                handler.handle(record);
            } catch (RuntimeException e) {
                throw new HandlerFailure(i, e);
            }
        }
        long last = records.get(to - 1).offset();
        if (last >= next) {
            offsets.save(group, first.topic(), first.partition(), last + 1);
        }
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

    private static boolean samePartition(ConsumerRecord<?, ?> a, ConsumerRecord<?, ?> b) {
        return a.partition() == b.partition() && a.topic().equals(b.topic());
    }

    /** What ErrorHandlingDeserializer left in the headers when it could not decode the value or the key. */
    private static DeserializationException deserializationFailure(ConsumerRecord<?, ?> record) {
        DeserializationException value = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        return value != null ? value : SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER, LOG);
    }

    /** The handler failed on the record at {@code index} of the batch; rolls the transaction back. */
    private static final class HandlerFailure extends RuntimeException {
        private final int index;

        HandlerFailure(int index, RuntimeException cause) {
            super(cause);
            this.index = index;
        }
    }
}
