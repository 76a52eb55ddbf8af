package org.casebridge.exchange.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.integrity.ChainHead;
import org.casebridge.exchange.security.NamedOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The referral tables (see db/migration/casebridge): state, chain head, open suggestions, named officers and
 * timeline.
 */
public final class ReferralProjection {

    private final JdbcClient jdbc;

    public ReferralProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredReferral> find(String referralId) {
        Map<String, AgencyRef> suggestions = new HashMap<>();
        jdbc.sql("select suggestion_number, addressee from cb_referral_suggestion where referral_id = ?")
                .param(referralId)
                .query((ResultSet rs) -> {
                    suggestions.put(rs.getString(1), ref(rs.getString(2)));
                });
        List<NamedOfficer> namedOfficers = jdbc.sql(
                        "select unit, username from cb_referral_named_officer where referral_id = ? order by unit, username")
                .param(referralId).query((rs, row) -> new NamedOfficer(ref(rs.getString(1)), rs.getString(2))).list();
        return jdbc.sql("select * from cb_referral where referral_id = ?").param(referralId)
                .query((rs, row) -> new StoredReferral(new ReferralState(referralId,
                        ReferralStatus.valueOf(rs.getString("status")), ref(rs.getString("sender")),
                        ref(rs.getString("receiver")), HandlingCode.valueOf(rs.getString("handling_code")),
                        ref(rs.getString("procuratorate")), ref(rs.getString("court")), suggestions,
                        rs.getBoolean("evidence_handed_over"), namedOfficers),
                        new ChainHead(rs.getLong("head_sequence"), rs.getString("head_hash"))))
                .optional();
    }

    /** Writes the referral after an accepted event: inserts it on its first event, updates it afterwards. */
    public void save(ReferralState state, ChainHead head, Instant at) {
        int updated = jdbc.sql("""
                        update cb_referral set status = ?, receiver = ?, procuratorate = ?, court = ?,
                          evidence_handed_over = ?, head_sequence = ?, head_hash = ?, updated_at = ?
                        where referral_id = ?""")
                .params(state.status().name(), id(state.receiver()), id(state.procuratorate()), id(state.court()),
                        state.evidenceHandedOver(), head.sequence(), head.hash(), Timestamp.from(at), state.referralId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into cb_referral (referral_id, status, sender, receiver, handling_code, procuratorate,
                              court, evidence_handed_over, head_sequence, head_hash, submitted_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(state.referralId(), state.status().name(), id(state.sender()), id(state.receiver()),
                            state.handlingCode().name(), id(state.procuratorate()), id(state.court()),
                            state.evidenceHandedOver(), head.sequence(), head.hash(), Timestamp.from(at), Timestamp.from(at))
                    .update();
            // Named at submission and never changed: written once, with the referral.
            state.namedOfficers().forEach(officer -> jdbc.sql(
                            "insert into cb_referral_named_officer (referral_id, unit, username) values (?, ?, ?)")
                    .params(state.referralId(), id(officer.unit()), officer.username()).update());
        }
        jdbc.sql("delete from cb_referral_suggestion where referral_id = ?").param(state.referralId()).update();
        state.openSuggestions().forEach((number, addressee) ->
                jdbc.sql("insert into cb_referral_suggestion (referral_id, suggestion_number, addressee) values (?, ?, ?)")
                        .params(state.referralId(), number, id(addressee)).update());
    }

    public void record(TimelineEntry entry) {
        jdbc.sql("""
                        insert into cb_referral_event (event_id, referral_id, sequence_no, event_type, acting_unit, officer,
                          occurred_at, event_hash, verdict, reason, source_partition, source_offset, payload)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.eventId(), entry.referralId(), entry.sequence(), entry.eventType(), entry.actingUnit(),
                        entry.officer(), Timestamp.from(entry.occurredAt()), entry.eventHash(), entry.verdict(),
                        entry.reason(), entry.partition(), entry.offset(), entry.payload())
                .update();
    }

    /** The verdict recorded for an event id: what the command path waits for (read your own writes). */
    public Optional<TimelineEntry> event(String eventId) {
        return jdbc.sql("select * from cb_referral_event where event_id = ?").param(eventId)
                .query(ReferralProjection::entry).optional();
    }

    /** Every event received for the referral, in the order the writers claimed. */
    public List<TimelineEntry> timeline(String referralId) {
        return jdbc.sql("select * from cb_referral_event where referral_id = ? order by sequence_no, source_offset")
                .param(referralId).query(ReferralProjection::entry).list();
    }

    /**
     * The ids of the referrals a unit takes part in (sender, current receiver or trial court), newest
     * submission first; all statuses when {@code status} is null.
     */
    public List<String> involving(String unitId, ReferralStatus status) {
        // No "? is null" test on the status: PostgreSQL cannot type a parameter that is only compared with null.
        String where = "(sender = :unit or receiver = :unit or court = :unit)" + (status == null ? "" : " and status = :status");
        var query = jdbc.sql("select referral_id from cb_referral where " + where + " order by submitted_at desc, referral_id")
                .param("unit", unitId);
        return (status == null ? query : query.param("status", status.name())).query(String.class).list();
    }

    /** Empties every referral table, before a rebuild from the log. */
    public void clear() {
        for (String table : List.of("cb_referral_event", "cb_referral_suggestion", "cb_referral_named_officer", "cb_referral")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getString("event_id"), rs.getString("referral_id"), rs.getLong("sequence_no"),
                rs.getString("event_type"), rs.getString("acting_unit"), rs.getString("officer"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("event_hash"), rs.getString("verdict"),
                rs.getString("reason"), rs.getInt("source_partition"), rs.getLong("source_offset"),
                rs.getString("payload"));
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : AgencyUnit.idOf(ref);
    }

    private static AgencyRef ref(String id) {
        return id == null ? null : AgencyUnit.refOf(id);
    }
}
