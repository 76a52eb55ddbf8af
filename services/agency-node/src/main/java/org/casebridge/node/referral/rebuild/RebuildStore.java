package org.casebridge.node.referral.rebuild;

import static org.casebridge.projections.referral.ReferralProjection.instant;
import static org.casebridge.projections.referral.ReferralProjection.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rebuild's row in the service's database (cb_projection_rebuild): every instance of the service shares it, so
 * all of them refuse commands while one rebuilds, and only one rebuild runs at a time.
 */
final class RebuildStore {

    private final JdbcClient jdbc;

    RebuildStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the group's rebuild for the caller; false when one already runs (asked from any instance). */
    boolean claim(String group, String requestedBy, Instant now) {
        int updated = jdbc.sql("""
                        update cb_projection_rebuild set state = ?, requested_by = ?, started_at = ?, finished_at = null,
                          failure = null
                        where consumer_group = ? and state <> ?""")
                .params(RebuildState.RUNNING.name(), requestedBy, timestamp(now), group, RebuildState.RUNNING.name())
                .update();
        if (updated == 1) {
            return true;
        }
        try {
            jdbc.sql("""
                            insert into cb_projection_rebuild (consumer_group, state, requested_by, started_at)
                            values (?, ?, ?, ?)""")
                    .params(group, RebuildState.RUNNING.name(), requestedBy, timestamp(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false; // Running already (or another instance claimed it a moment ago).
        }
    }

    Optional<Row> find(String group) {
        return jdbc.sql("select * from cb_projection_rebuild where consumer_group = ?").param(group)
                .query((rs, row) -> new Row(RebuildState.valueOf(rs.getString("state")), rs.getString("requested_by"),
                        instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("failure")))
                .optional();
    }

    boolean running(String group) {
        return jdbc.sql("select count(*) from cb_projection_rebuild where consumer_group = ? and state = ?")
                .params(group, RebuildState.RUNNING.name()).query(Long.class).single() > 0;
    }

    void replaceTargets(String group, List<PartitionRange> ranges) {
        jdbc.sql("delete from cb_projection_rebuild_partition where consumer_group = ?").param(group).update();
        for (PartitionRange range : ranges) {
            jdbc.sql("""
                            insert into cb_projection_rebuild_partition (consumer_group, topic, partition_no, start_offset,
                              end_offset)
                            values (?, ?, ?, ?, ?)""")
                    .params(group, range.topic(), range.partition(), range.start(), range.end()).update();
        }
    }

    List<PartitionRange> targets(String group) {
        return jdbc.sql("""
                        select topic, partition_no, start_offset, end_offset from cb_projection_rebuild_partition
                        where consumer_group = ? order by topic, partition_no""")
                .param(group)
                .query((rs, row) -> new PartitionRange(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Ends a running rebuild; a no-op when another instance ended it first. */
    void end(String group, RebuildState state, Instant now, String failure) {
        jdbc.sql("""
                        update cb_projection_rebuild set state = ?, finished_at = ?, failure = ?
                        where consumer_group = ? and state = ?""")
                .params(state.name(), timestamp(now), failure, group, RebuildState.RUNNING.name()).update();
    }

    record Row(RebuildState state, String requestedBy, Instant startedAt, Instant finishedAt, String failure) {
    }
}
