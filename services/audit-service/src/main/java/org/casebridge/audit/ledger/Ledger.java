package org.casebridge.audit.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit ledger's table: appends in log order, reads a case's history and the records that failed a check. */
public final class Ledger {

    private static final String COLUMNS = "topic, partition_no, offset_no, record_key, appended_at, verdict, "
            + "verdict_detail, event_type, event_id, case_id, sequence_no, acting_unit, officer, occurred_at, signer, "
            + "event_hash, payload, wire_bytes, signature";

    private final JdbcClient jdbc;

    public Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(LedgerEntry entry) {
        jdbc.sql("insert into audit_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.topic(), entry.partition(), entry.offset(), entry.key(), utc(entry.appendedAt()),
                        entry.verdict(), entry.verdictDetail(), entry.eventType(), entry.eventId(), entry.caseId(),
                        entry.sequence(), entry.actingUnit(), entry.officer(), utc(entry.occurredAt()),
                        entry.signer(), entry.eventHash(), entry.payload(), entry.wireBytes(), entry.signature())
                .update();
    }

    /** Every record keyed by the case, valid or not, in log order (a case's records share one partition). */
    List<LedgerEntry> history(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from audit_record where record_key = ? "
                        + "order by topic, partition_no, offset_no")
                .param(caseId).query(Ledger::entry).list();
    }

    /** One page of the records with this verdict, or of every record that is not {@code VERIFIED} when null. */
    List<LedgerEntry> withVerdict(String verdict, long offset, int size) {
        return jdbc.sql("select " + COLUMNS + " from audit_record where " + verdictCondition(verdict)
                        + " order by topic, partition_no, offset_no offset ? rows fetch next ? rows only")
                .params(verdictParameter(verdict), offset, size).query(Ledger::entry).list();
    }

    long countWithVerdict(String verdict) {
        return jdbc.sql("select count(*) from audit_record where " + verdictCondition(verdict))
                .param(verdictParameter(verdict)).query(Long.class).single();
    }

    private static String verdictCondition(String verdict) {
        return verdict == null ? "verdict <> ?" : "verdict = ?";
    }

    private static String verdictParameter(String verdict) {
        return verdict == null ? LedgerEntry.VERIFIED : verdict;
    }

    private static LedgerEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new LedgerEntry(row.getString("topic"), row.getInt("partition_no"), row.getLong("offset_no"),
                row.getString("record_key"), instant(row, "appended_at"), row.getString("verdict"),
                row.getString("verdict_detail"), row.getString("event_type"), row.getString("event_id"),
                row.getString("case_id"), row.getObject("sequence_no", Long.class), row.getString("acting_unit"),
                row.getString("officer"), instant(row, "occurred_at"), row.getString("signer"),
                row.getString("event_hash"), row.getString("payload"), row.getBytes("wire_bytes"),
                row.getBytes("signature"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
