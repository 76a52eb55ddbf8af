package org.casebridge.exchange.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.exchange.clock.DeadlineStatus;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.integrity.ChainHead;
import org.casebridge.exchange.projection.CaseEventTable;
import org.casebridge.exchange.referral.deadline.ReferralDeadlines;
import org.casebridge.exchange.referral.deadline.TrackedDeadline;
import org.casebridge.exchange.security.NamedOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The referral tables (see db/migration/casebridge): state, chain head, open suggestions, named officers, timeline
 * and legal clocks.
 */
public final class ReferralProjection {

    private final JdbcClient jdbc;
    private final CaseEventTable events;

    public ReferralProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = new CaseEventTable(jdbc, "cb_referral_event", "referral_id");
    }

    public Optional<StoredReferral> find(String referralId) {
        // The referral row first: a new referral (every submission) costs one query, not three.
        return jdbc.sql("select * from cb_referral where referral_id = ?").param(referralId)
                .query((rs, row) -> {
                    ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
                    AgencyRef sender = ref(rs.getString("sender"));
                    AgencyRef receiver = ref(rs.getString("receiver"));
                    HandlingCode code = HandlingCode.valueOf(rs.getString("handling_code"));
                    AgencyRef procuratorate = ref(rs.getString("procuratorate"));
                    AgencyRef court = ref(rs.getString("court"));
                    boolean evidenceHandedOver = rs.getBoolean("evidence_handed_over");
                    ChainHead head = new ChainHead(rs.getLong("head_sequence"), rs.getString("head_hash"));
                    return (BiFunction<Map<String, AgencyRef>, List<NamedOfficer>, StoredReferral>)
                            (suggestions, officers) -> new StoredReferral(new ReferralState(referralId, status, sender,
                                    receiver, code, procuratorate, court, suggestions, evidenceHandedOver, officers),
                                    head);
                })
                .optional()
                .map(stored -> stored.apply(suggestions(referralId), namedOfficers(referralId)));
    }

    private Map<String, AgencyRef> suggestions(String referralId) {
        Map<String, AgencyRef> suggestions = new HashMap<>();
        jdbc.sql("select suggestion_number, addressee from cb_referral_suggestion where referral_id = ?")
                .param(referralId)
                .query((ResultSet rs) -> {
                    suggestions.put(rs.getString(1), ref(rs.getString(2)));
                });
        return suggestions;
    }

    private List<NamedOfficer> namedOfficers(String referralId) {
        return jdbc.sql(
                        "select unit, username from cb_referral_named_officer where referral_id = ? order by unit, username")
                .param(referralId).query((rs, row) -> new NamedOfficer(ref(rs.getString(1)), rs.getString(2))).list();
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
        } else {
            // The open suggestions replace the stored ones; a referral just inserted has none to delete.
            jdbc.sql("delete from cb_referral_suggestion where referral_id = ?").param(state.referralId()).update();
        }
        state.openSuggestions().forEach((number, addressee) ->
                jdbc.sql("insert into cb_referral_suggestion (referral_id, suggestion_number, addressee) values (?, ?, ?)")
                        .params(state.referralId(), number, id(addressee)).update());
    }

    public void record(TimelineEntry entry) {
        events.record(entry.toCaseEvent());
    }

    /** Whether an event id was recorded, accepted or not: a redelivered event changes nothing. */
    public boolean knows(String eventId) {
        return events.knows(eventId);
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
     * The accepted events of a referral in chain order, what its legal clocks are derived from: the payload only
     * of the event types whose content moves a clock ({@code {}} for the others, which are read for their time).
     */
    public List<TimelineEntry> acceptedEvents(String referralId) {
        return jdbc.sql("""
                        select event_id, referral_id, sequence_no, event_type, acting_unit, officer, occurred_at,
                          event_hash, verdict, reason, source_partition, source_offset,
                          case when event_type in (:types) then payload else '{}' end as payload
                        from cb_referral_event where referral_id = :id and verdict = :accepted
                        order by sequence_no, source_offset""")
                .param("types", ReferralDeadlines.CONTENT_READ).param("id", referralId)
                .param("accepted", TimelineEntry.ACCEPTED)
                .query(ReferralProjection::entry).list();
    }

    /**
     * Stores the referral's legal clocks as they stand after its latest accepted event, and the one it waits on
     * first (what lists sort and filter on).
     */
    public void saveDeadlines(String referralId, List<TrackedDeadline> deadlines) {
        jdbc.sql("delete from cb_referral_deadline where referral_id = ?").param(referralId).update();
        for (int i = 0; i < deadlines.size(); i++) {
            TrackedDeadline d = deadlines.get(i);
            jdbc.sql("""
                            insert into cb_referral_deadline (referral_id, position_no, kind, decision_period, subject,
                              responsible, start_at, due_at, warn_at, rule_ref, alternative, paused_since, done_at,
                              done_sequence, outcome)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(referralId, i, d.kind().name(), name(d.decisionPeriod()), d.subject(), d.responsible(),
                            timestamp(d.startAt()), timestamp(d.dueAt()), timestamp(d.warnAt()), d.rule(),
                            d.alternative(), timestamp(d.pausedSince()), timestamp(d.doneAt()), d.doneSequence(),
                            name(d.outcome()))
                    .update();
        }
        TrackedDeadline next = ReferralDeadlines.next(deadlines).orElse(null);
        jdbc.sql("""
                        update cb_referral set due_kind = ?, due_period = ?, due_at = ?, due_warn_at = ?, due_rule = ?,
                          due_responsible = ?
                        where referral_id = ?""")
                .params(next == null ? null : next.kind().name(), next == null ? null : name(next.decisionPeriod()),
                        next == null ? null : timestamp(next.dueAt()),
                        next == null ? null : timestamp(next.warnAt()), next == null ? null : next.rule(),
                        next == null ? null : next.responsible(), referralId)
                .update();
    }

    /** The referral's legal clocks, running and done, in the order they started. */
    public List<TrackedDeadline> deadlines(String referralId) {
        return jdbc.sql("select * from cb_referral_deadline where referral_id = ? order by position_no")
                .param(referralId).query(ReferralProjection::deadline).list();
    }

    /** A stored clock row, as {@link #deadlines} and the list queries read it. */
    public static TrackedDeadline deadline(ResultSet rs, int row) throws SQLException {
        return new TrackedDeadline(DeadlineKind.valueOf(rs.getString("kind")),
                rs.getString("decision_period") == null ? null : DecisionPeriod.valueOf(rs.getString("decision_period")),
                rs.getString("subject"), rs.getString("responsible"), instant(rs, "start_at"), instant(rs, "due_at"),
                instant(rs, "warn_at"), rs.getString("rule_ref"), rs.getBoolean("alternative"),
                instant(rs, "paused_since"), instant(rs, "done_at"), rs.getObject("done_sequence", Long.class),
                rs.getString("outcome") == null ? null : DeadlineStatus.valueOf(rs.getString("outcome")));
    }

    /** Empties every referral table, before a rebuild from the log. */
    public void clear() {
        for (String table : List.of("cb_referral_event", "cb_referral_suggestion", "cb_referral_named_officer",
                "cb_referral_deadline", "cb_referral")) {
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

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : AgencyUnit.idOf(ref);
    }

    private static AgencyRef ref(String id) {
        return id == null ? null : AgencyUnit.refOf(id);
    }
}
