package org.casebridge.platform.projection;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consumed offsets kept in the projection's own database, written in the same transaction as the data they
 * produced: after a crash the consumer resumes exactly after the last applied record, never applying one
 * twice or skipping one, whatever Kafka's own committed offsets say.
 */
public final class OffsetStore {

    private final JdbcClient jdbc;

    public OffsetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next offset to read per partition of the topic, for partitions this group has applied before. */
    public Map<Integer, Long> nextOffsets(String group, String topic) {
        return jdbc.sql("select partition_no, next_offset from cb_consumer_offset where consumer_group = ? and topic = ?")
                .params(group, topic)
                .query((rs, row) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The next offset to read, or 0 when nothing of the partition was applied yet. */
    public long nextOffset(String group, String topic, int partition) {
        return jdbc.sql("select next_offset from cb_consumer_offset where consumer_group = ? and topic = ? and partition_no = ?")
                .params(group, topic, partition)
                .query(Long.class).optional().orElse(0L);
    }

    /** Records that everything before {@code nextOffset} was applied; call inside the applying transaction. */
    public void save(String group, String topic, int partition, long nextOffset) {
        // Update-then-insert is portable between H2 and PostgreSQL; one consumer owns a partition at a time.
        int updated = jdbc.sql("update cb_consumer_offset set next_offset = ? where consumer_group = ? and topic = ? and partition_no = ?")
                .params(nextOffset, group, topic, partition).update();
        if (updated == 0) {
            jdbc.sql("insert into cb_consumer_offset (consumer_group, topic, partition_no, next_offset) values (?, ?, ?, ?)")
                    .params(group, topic, partition, nextOffset).update();
        }
    }

    /** Forgets the group's offsets, so that a rebuild replays the topic from the beginning. */
    public void clear(String group) {
        jdbc.sql("delete from cb_consumer_offset where consumer_group = ?").param(group).update();
    }
}
