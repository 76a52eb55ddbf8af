package org.casebridge.projections.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.platform.integrity.ChainHead;
import org.casebridge.platform.projection.CaseEventTable;
import org.casebridge.rules.clock.DeadlineStatus;
import org.casebridge.rules.referral.ReferralState;
import org.casebridge.rules.referral.ReferralStatus;
import org.casebridge.rules.referral.deadline.ClockEvent;
import org.casebridge.rules.referral.deadline.DeadlineSignal;
import org.casebridge.rules.referral.deadline.ReferralDeadlines;
import org.casebridge.rules.referral.deadline.TrackedDeadline;
import org.casebridge.rules.unit.UnitIds;
import org.casebridge.rules.visibility.NamedOfficer;
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
        // The referral row first: a new referral (every submission) costs one query, not three. Named officers are
        // read only for an H3 referral, the only kind that names any (ReferralLifecycle refuses them on the others).
        return jdbc.sql("select * from cb_referral where referral_id = ?").param(referralId)
                .query((rs, row) -> new StoredReferral(new ReferralState(referralId,
                        ReferralStatus.valueOf(rs.getString("status")), ref(rs.getString("sender")),
                        ref(rs.getString("receiver")), HandlingCode.valueOf(rs.getString("handling_code")),
                        ref(rs.getString("procuratorate")), ref(rs.getString("court")), Map.of(),
                        rs.getBoolean("evidence_handed_over"), List.of()),
                        new ChainHead(rs.getLong("head_sequence"), rs.getString("head_hash"))))
                .optional()
                .map(row -> {
                    ReferralState s = row.state();
                    List<NamedOfficer> officers = s.handlingCode() == HandlingCode.H3
                            ? namedOfficers(referralId) : List.of();
                    return new StoredReferral(new ReferralState(referralId, s.status(), s.sender(), s.receiver(),
                            s.handlingCode(), s.procuratorate(), s.court(), suggestions(referralId),
                            s.evidenceHandedOver(), officers), row.head());
                });
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

    /**
     * Writes the referral after an accepted event, with only the statements the event needs: its first event inserts
     * it with its named officers and clocks (nothing to update or delete yet); a later one updates it, its open
     * suggestions only when they changed, and its clocks only when it moved one.
     *
     * @param previous the referral before the event; null for its first event
     * @param clocks   every clock after the event ({@link ReferralDeadlines#track}), or null when the event moved none
     *                 (the stored ones stay)
     */
    public void save(ReferralState previous, ReferralState state, ChainHead head, Instant at,
                     List<TrackedDeadline> clocks) {
        Due due = clocks == null ? null : Due.of(clocks);
        if (previous == null) {
            insert(state, head, at, due);
        } else {
            update(state, head, at, due);
            if (!previous.openSuggestions().equals(state.openSuggestions())) {
                jdbc.sql("delete from cb_referral_suggestion where referral_id = ?").param(state.referralId()).update();
                state.openSuggestions().forEach((number, addressee) -> jdbc.sql("""
                                insert into cb_referral_suggestion (referral_id, suggestion_number, addressee)
                                values (?, ?, ?)""")
                        .params(state.referralId(), number, id(addressee)).update());
            }
        }
        if (clocks != null) {
            if (previous != null) {
                jdbc.sql("delete from cb_referral_deadline where referral_id = ?").param(state.referralId()).update();
            }
            insertDeadlines(state.referralId(), clocks);
        }
    }

    /** A new referral, with the clock it waits on (when its first event started one) in the same row. */
    private void insert(ReferralState state, ChainHead head, Instant at, Due due) {
        Due next = due == null ? Due.NONE : due;
        jdbc.sql("""
                        insert into cb_referral (referral_id, status, sender, receiver, handling_code, procuratorate,
                          court, evidence_handed_over, head_sequence, head_hash, submitted_at, updated_at,
                          due_kind, due_period, due_at, due_warn_at, due_rule, due_responsible)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(state.referralId(), state.status().name(), id(state.sender()), id(state.receiver()),
                        state.handlingCode().name(), id(state.procuratorate()), id(state.court()),
                        state.evidenceHandedOver(), head.sequence(), head.hash(), Timestamp.from(at), Timestamp.from(at),
                        next.kind(), next.period(), next.at(), next.warnAt(), next.rule(), next.responsible())
                .update();
        // Named at submission and never changed: written once, with the referral.
        state.namedOfficers().forEach(officer -> jdbc.sql(
                        "insert into cb_referral_named_officer (referral_id, unit, username) values (?, ?, ?)")
                .params(state.referralId(), id(officer.unit()), officer.username()).update());
    }

    /** The referral's state and chain head, and the clock it waits on when the event moved its clocks. */
    private void update(ReferralState state, ChainHead head, Instant at, Due due) {
        String set = """
                update cb_referral set status = ?, receiver = ?, procuratorate = ?, court = ?,
                  evidence_handed_over = ?, head_sequence = ?, head_hash = ?, updated_at = ?""";
        List<Object> params = new ArrayList<>(Arrays.asList(state.status().name(), id(state.receiver()),
                id(state.procuratorate()), id(state.court()), state.evidenceHandedOver(), head.sequence(), head.hash(),
                Timestamp.from(at)));
        if (due != null) {
            set += ", due_kind = ?, due_period = ?, due_at = ?, due_warn_at = ?, due_rule = ?, due_responsible = ?";
            params.addAll(due.columns());
        }
        params.add(state.referralId());
        jdbc.sql(set + " where referral_id = ?").params(params).update();
    }

    /** The clock rows in one statement (one row per clock, numbered in the order they started). */
    private void insertDeadlines(String referralId, List<TrackedDeadline> deadlines) {
        if (deadlines.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                insert into cb_referral_deadline (referral_id, position_no, kind, decision_period, subject, responsible,
                  start_at, due_at, warn_at, rule_ref, alternative, paused_since, done_at, done_sequence, outcome)
                values """);
        List<Object> params = new ArrayList<>(deadlines.size() * 15);
        for (int i = 0; i < deadlines.size(); i++) {
            TrackedDeadline d = deadlines.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(referralId, i, d.kind().name(), name(d.decisionPeriod()), d.subject(),
                    d.responsible(), timestamp(d.startAt()), timestamp(d.dueAt()), timestamp(d.warnAt()), d.rule(),
                    d.alternative(), timestamp(d.pausedSince()), timestamp(d.doneAt()), d.doneSequence(),
                    name(d.outcome())));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** The due columns of {@code cb_referral}: the clock the referral waits on first, or nulls when none runs. */
    private record Due(String kind, String period, Timestamp at, Timestamp warnAt, String rule, String responsible) {
        static final Due NONE = new Due(null, null, null, null, null, null);

        static Due of(List<TrackedDeadline> clocks) {
            return ReferralDeadlines.next(clocks).map(next -> new Due(next.kind().name(), name(next.decisionPeriod()),
                    timestamp(next.dueAt()), timestamp(next.warnAt()), next.rule(), next.responsible())).orElse(NONE);
        }

        List<Object> columns() {
            return Arrays.asList(kind, period, at, warnAt, rule, responsible);
        }
    }

    /** A warning or breach of the legal clock, accepted from the log. */
    public void recordSignal(EventMeta meta, DeadlineSignal signal) {
        Deadline deadline = signal.deadline();
        jdbc.sql("""
                        insert into cb_referral_signal (event_id, referral_id, signal, kind, responsible, due_at,
                          rule_ref, given_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meta.getEventId().toString(), meta.getCaseId(), signal.name(), deadline.getKind().name(),
                        id(deadline.getResponsible()), timestamp(deadline.getDueAt()), deadline.getRule(),
                        timestamp(meta.getOccurredAt()))
                .update();
    }

    /** The legal clock's strongest signal accepted for one clock of the referral: BREACHED, WARNING, or null. */
    public String signalOn(String referralId, DeadlineKind kind, Instant dueAt) {
        return jdbc.sql("""
                        select min(signal) from cb_referral_signal
                        where referral_id = ? and kind = ? and due_at = ?""")
                .params(referralId, kind.name(), timestamp(dueAt)).query(String.class).optional().orElse(null);
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
     * The accepted events of a referral in chain order as its legal clocks read them: the payload only of the event
     * types whose content moves a clock ({@code {}} for the others, which are read for their time); the events beside
     * the chain (sequence 0), the clock's own warnings and breaches, move none.
     */
    public List<ClockEvent> clockEvents(String referralId) {
        return jdbc.sql("""
                        select event_type, occurred_at, sequence_no,
                          case when event_type in (:types) then payload else '{}' end as payload
                        from cb_referral_event where referral_id = :id and verdict = :accepted and sequence_no > 0
                        order by sequence_no, source_offset""")
                .param("types", ReferralDeadlines.CONTENT_READ).param("id", referralId)
                .param("accepted", TimelineEntry.ACCEPTED)
                .query((rs, row) -> ClockEvent.of(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                        rs.getString(4)))
                .list();
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
                "cb_referral_deadline", "cb_referral_signal", "cb_referral")) {
            jdbc.sql("delete from " + table).update();
        }
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
        return ref == null ? null : UnitIds.idOf(ref);
    }

    private static AgencyRef ref(String id) {
        return id == null ? null : UnitIds.refOf(id);
    }
}
