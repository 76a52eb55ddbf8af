package org.casebridge.exchange.referral;

import java.sql.ResultSet;
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
import org.casebridge.exchange.projection.CaseEventTable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The referral tables (see db/migration/casebridge): state, chain head, open suggestions and timeline. */
public final class ReferralProjection {

    private final JdbcClient jdbc;
    private final CaseEventTable events;

    public ReferralProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = new CaseEventTable(jdbc, "cb_referral_event", "referral_id");
    }

    public Optional<StoredReferral> find(String referralId) {
        Map<String, AgencyRef> suggestions = new HashMap<>();
        jdbc.sql("select suggestion_number, addressee from cb_referral_suggestion where referral_id = ?")
                .param(referralId)
                .query((ResultSet rs) -> {
                    suggestions.put(rs.getString(1), ref(rs.getString(2)));
                });
        return jdbc.sql("select * from cb_referral where referral_id = ?").param(referralId)
                .query((rs, row) -> new StoredReferral(new ReferralState(referralId,
                        ReferralStatus.valueOf(rs.getString("status")), ref(rs.getString("sender")),
                        ref(rs.getString("receiver")), HandlingCode.valueOf(rs.getString("handling_code")),
                        ref(rs.getString("procuratorate")), ref(rs.getString("court")), suggestions,
                        rs.getBoolean("evidence_handed_over")),
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
        }
        jdbc.sql("delete from cb_referral_suggestion where referral_id = ?").param(state.referralId()).update();
        state.openSuggestions().forEach((number, addressee) ->
                jdbc.sql("insert into cb_referral_suggestion (referral_id, suggestion_number, addressee) values (?, ?, ?)")
                        .params(state.referralId(), number, id(addressee)).update());
    }

    public void record(TimelineEntry entry) {
        events.record(entry.toCaseEvent());
    }

    /** The verdict recorded for an event id: what the command path waits for (read your own writes). */
    public Optional<TimelineEntry> event(String eventId) {
        return events.event(eventId).map(TimelineEntry::of);
    }

    /** Every event received for the referral, in the order the writers claimed. */
    public List<TimelineEntry> timeline(String referralId) {
        return events.timeline(referralId).stream().map(TimelineEntry::of).toList();
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
        for (String table : List.of("cb_referral_event", "cb_referral_suggestion", "cb_referral")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : AgencyUnit.idOf(ref);
    }

    private static AgencyRef ref(String id) {
        return id == null ? null : AgencyUnit.refOf(id);
    }
}
