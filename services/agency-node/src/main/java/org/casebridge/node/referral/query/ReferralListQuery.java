package org.casebridge.node.referral.query;

import static org.casebridge.projections.referral.ReferralProjection.instant;
import static org.casebridge.projections.referral.ReferralProjection.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.platform.security.Caller;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.rules.referral.ReferralStatus;
import org.casebridge.rules.referral.deadline.DeadlineSignal;
import org.casebridge.rules.referral.deadline.TrackedDeadline;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A referral list as one paged SQL query and its count, filtered, sorted and limited by the database:
 * <ul>
 *   <li>the unit's role comes from its agency type: police units see what is addressed to them (receiver), courts
 *       what was submitted to them for trial, procuratorates the H0 and H1 referrals of their jurisdiction's police
 *       ({@link Supervisors}), administrative agencies what they sent;</li>
 *   <li>visibility is part of the WHERE clause, so a page never has holes and the total counts only what the caller
 *       may see: in each of these roles the caller's unit is addressed, which shows H0, H1 and H2 in full
 *       (VisibilityPolicy); H3 only to the officers the referral names (cb_referral_named_officer);</li>
 *   <li>overdue first (next due instant before now), then by due instant, those waiting on nothing last, then the
 *       newest submission first.</li>
 * </ul>
 */
final class ReferralListQuery {

    /** Submission dates are calendar dates where the agencies are (the legal clock's zone). */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /**
     * The legal clock's strongest signal on the log (cb_referral_signal) for the deadline a referral waits on:
     * BREACHED before WARNING (the smaller name), or null.
     */
    private static final String NEXT_DUE_SIGNAL = """
            (select min(s.signal) from cb_referral_signal s where s.referral_id = cb_referral.referral_id
              and s.kind = cb_referral.due_kind and s.due_at = cb_referral.due_at)""";
    private static final String COLUMNS = """
            referral_id, status, sender, receiver, court, handling_code, submitted_at, due_kind, due_period, due_at,
            due_warn_at, due_rule, due_responsible, """ + NEXT_DUE_SIGNAL + " as due_signal";

    private final JdbcClient jdbc;
    private final Supervisors supervisors;

    ReferralListQuery(JdbcClient jdbc, Supervisors supervisors) {
        this.jdbc = jdbc;
        this.supervisors = supervisors;
    }

    ReferralPage page(Caller caller, ReferralListRequest request, Instant now) {
        return page(caller, request, now, List.of());
    }

    /**
     * @param openStatuses a queue's default when the request names no status and no breach filter: referrals in
     *                     these statuses or whose next deadline was recorded as breached; empty for a plain list
     */
    ReferralPage page(Caller caller, ReferralListRequest request, Instant now, List<ReferralStatus> openStatuses) {
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, request, now, params);
        if (!openStatuses.isEmpty() && !request.namesStatusOrBreach()) {
            where += " and (status in (:open) or " + NEXT_DUE_SIGNAL + " = :breachedSignal)";
            params.put("open", openStatuses.stream().map(ReferralStatus::name).toList());
            params.put("breachedSignal", DeadlineSignal.BREACHED);
        }
        int page = request.pageOrDefault();
        int size = request.sizeOrDefault();
        long total = jdbc.sql("select count(*) from cb_referral where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from cb_referral where " + where + " " + """
                         order by case when due_at < :now then 0 else 1 end, due_at asc nulls last,
                           submitted_at desc, referral_id
                         limit :limit offset :offset""")
                .params(params).query(ReferralListQuery::row).list();
        Map<String, List<NextDue>> extended = extendedDecisions(rows, now);
        List<ReferralSummary> items = rows.stream().map(row -> row.summary(now,
                extended.getOrDefault(row.referralId(), List.of()))).toList();
        return new ReferralPage(items, page, size, total);
    }

    private String where(Caller caller, ReferralListRequest request, Instant now, Map<String, Object> params) {
        params.put("unit", caller.unitId());
        params.put("now", timestamp(now));
        params.put("restricted", HandlingCode.H3.name());
        params.put("username", caller.username());
        String named = """
                exists (select 1 from cb_referral_named_officer n
                  where n.referral_id = cb_referral.referral_id and n.unit = :unit and n.username = :username)""";
        StringBuilder where = new StringBuilder();
        if (caller.unit().getType() == AgencyType.PROCURATORATE) {
            // A copy of what its jurisdiction's police receive, H0 and H1 (H2 is for the addressed agencies only).
            List<String> police = supervisors.policeSupervisedBy(caller.unitId());
            // "in ()" is not SQL: a unit that supervises no police unit matches no receiver.
            params.put("supervised", police.isEmpty() ? List.of("") : police);
            params.put("copied", List.of(HandlingCode.H0.name(), HandlingCode.H1.name()));
            where.append("receiver in (:supervised) and (handling_code in (:copied) or handling_code = :restricted and ")
                    .append(named).append(')');
        } else {
            where.append(roleColumn(caller.unit().getType()))
                    .append(" = :unit and (handling_code <> :restricted or ").append(named).append(')');
        }
        if (!request.status().isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put("statuses", request.status().stream().map(ReferralStatus::name).toList());
        }
        if (Boolean.TRUE.equals(request.overdue())) {
            where.append(" and due_at < :now");
        } else if (Boolean.FALSE.equals(request.overdue())) {
            where.append(" and (due_at is null or due_at >= :now)");
        }
        if (request.breached() != null) {
            where.append(" and ").append(request.breached() ? NEXT_DUE_SIGNAL : "coalesce(" + NEXT_DUE_SIGNAL + ", '')")
                    .append(request.breached() ? " = " : " <> ").append(":breachedSignal");
            params.put("breachedSignal", DeadlineSignal.BREACHED);
        }
        if (request.receiver() != null) {
            where.append(" and receiver = :receiver");
            params.put("receiver", request.receiver());
        }
        if (request.division() != null) {
            // A unit id is TYPE:code: the division is a prefix of the code after the colon.
            where.append(" and receiver like :division");
            params.put("division", "%:" + request.division() + "%");
        }
        if (request.dueKind() != null) {
            where.append(" and due_kind = :dueKind");
            params.put("dueKind", request.dueKind().name());
        }
        if (request.submittedFrom() != null) {
            where.append(" and submitted_at >= :submittedFrom");
            params.put("submittedFrom", timestamp(startOf(request.submittedFrom())));
        }
        if (request.submittedTo() != null) {
            where.append(" and submitted_at < :submittedBefore");
            params.put("submittedBefore", timestamp(startOf(request.submittedTo().plusDays(1))));
        }
        return where.toString();
    }

    /** The column naming the caller's unit, by what its agency does in a referral. */
    private static String roleColumn(AgencyType type) {
        return switch (type) {
            case POLICE -> "receiver";
            case COURT -> "court";
            default -> "sender";
        };
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(CHINA).toInstant();
    }

    /** The 7- and 30-day periods still open for the decision, of the referrals on the page: one query. */
    private Map<String, List<NextDue>> extendedDecisions(List<Row> rows, Instant now) {
        Map<String, List<NextDue>> extended = new HashMap<>();
        if (rows.isEmpty()) {
            return extended;
        }
        jdbc.sql("""
                        select * from cb_referral_deadline
                        where referral_id in (:ids) and alternative = :alternative and done_at is null
                        order by referral_id, position_no""")
                .param("ids", rows.stream().map(Row::referralId).toList()).param("alternative", true)
                .query((ResultSet rs) -> {
                    TrackedDeadline deadline = ReferralProjection.deadline(rs, 0);
                    extended.computeIfAbsent(rs.getString("referral_id"), id -> new ArrayList<>())
                            .add(DeadlineView.of(deadline, now).asNextDue());
                });
        return extended;
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        String kind = rs.getString("due_kind");
        String period = rs.getString("due_period");
        TrackedDeadline next = kind == null ? null : new TrackedDeadline(DeadlineKind.valueOf(kind),
                period == null ? null : DecisionPeriod.valueOf(period), null, rs.getString("due_responsible"), null,
                instant(rs, "due_at"), instant(rs, "due_warn_at"), rs.getString("due_rule"), false, null, null, null,
                null);
        return new Row(rs.getString("referral_id"), ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("sender"), rs.getString("receiver"), rs.getString("court"),
                HandlingCode.valueOf(rs.getString("handling_code")), instant(rs, "submitted_at"), next,
                rs.getString("due_signal"));
    }

    private record Row(String referralId, ReferralStatus status, String sender, String receiver, String court,
                       HandlingCode handlingCode, Instant submittedAt, TrackedDeadline next, String signal) {

        ReferralSummary summary(Instant now, List<NextDue> extended) {
            NextDue due = next == null ? null : DeadlineView.of(next, now).asNextDue();
            return new ReferralSummary(referralId, status, sender, receiver, court, handlingCode, submittedAt, due,
                    due != null && due.overdue(), signal, extended);
        }
    }
}
