package org.casebridge.platform.projection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A projection's event table ({@code cb_referral_event}, {@code cb_lead_event}): every event seen for a case,
 * accepted or not. The timeline, the record that makes a redelivered event id a no-op, and what the command path
 * reads back.
 */
public final class CaseEventTable {

    private final JdbcClient jdbc;
    private final String table;
    private final String caseColumn;

    /**
     * @param table      the table, a constant of the code (never input)
     * @param caseColumn its case id column
     */
    public CaseEventTable(JdbcClient jdbc, String table, String caseColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.caseColumn = caseColumn;
    }

    public void record(CaseEvent entry) {
        jdbc.sql("insert into " + table + " (event_id, " + caseColumn + """
                        , sequence_no, event_type, acting_unit, officer,
                          occurred_at, event_hash, verdict, reason, source_partition, source_offset, payload)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.eventId(), entry.caseId(), entry.sequence(), entry.eventType(), entry.actingUnit(),
                        entry.officer(), Timestamp.from(entry.occurredAt()), entry.eventHash(), entry.verdict(),
                        entry.reason(), entry.partition(), entry.offset(), entry.payload())
                .update();
    }

    /** Whether an event id was recorded: the redelivery check of every applied record, without its payload. */
    public boolean knows(String eventId) {
        return jdbc.sql("select count(*) from " + table + " where event_id = ?").param(eventId)
                .query(Integer.class).single() > 0;
    }

    /** The verdict recorded for an event id. */
    public Optional<CaseEvent> event(String eventId) {
        return jdbc.sql("select * from " + table + " where event_id = ?").param(eventId).query(this::entry).optional();
    }

    /**
     * Every event received for the case, in the order it reached the log (a case's records share a partition, their
     * key's), which puts the events beside the chain (sequence 0) where they happened.
     */
    public List<CaseEvent> timeline(String caseId) {
        return jdbc.sql("select * from " + table + " where " + caseColumn
                        + " = ? order by source_partition, source_offset")
                .param(caseId).query(this::entry).list();
    }

    private CaseEvent entry(ResultSet rs, int row) throws SQLException {
        return new CaseEvent(rs.getString("event_id"), rs.getString(caseColumn), rs.getLong("sequence_no"),
                rs.getString("event_type"), rs.getString("acting_unit"), rs.getString("officer"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("event_hash"), rs.getString("verdict"),
                rs.getString("reason"), rs.getInt("source_partition"), rs.getLong("source_offset"),
                rs.getString("payload"));
    }
}
