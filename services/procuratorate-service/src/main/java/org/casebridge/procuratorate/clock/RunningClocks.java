package org.casebridge.procuratorate.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.node.referral.query.Supervisors;
import org.casebridge.rules.unit.UnitIds;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running clocks of the projection (cb_referral_deadline, the log's view) whose warning or breach is due and
 * not written yet (cb_deadline_signal), for the referrals the given procuratorates supervise: the one a
 * supervision request named, else the one of the police unit the referral is addressed to. The 7- and 30-day
 * decision periods are not watched: the police claim them only with the decision, until then the 3-day period runs.
 */
final class RunningClocks {

    private static final String DUE = """
            select d.referral_id, d.kind, d.decision_period, d.subject, d.responsible, d.due_at, d.warn_at, d.rule_ref,
              r.handling_code, r.receiver, r.procuratorate
            from cb_referral_deadline d join cb_referral r on r.referral_id = d.referral_id
            where d.done_at is null and d.alternative = false and %s
              and (r.procuratorate in (:signers) or (r.procuratorate is null and r.receiver in (:police)))
              and not exists (select 1 from cb_deadline_signal s where s.referral_id = d.referral_id
                and s.kind = d.kind and s.due_at = d.due_at and s.signal = :signal
                and coalesce(s.subject, '') = coalesce(d.decision_period, d.subject, ''))
            order by d.due_at fetch first :limit rows only""";
    private static final String BREACH_DUE = DUE.formatted("d.due_at < :now and d.due_at >= :since");
    private static final String WARNING_DUE = DUE.formatted(
            "d.warn_at <= :now and d.warn_at >= :since and d.due_at >= :now");
    /** Before every rule set: a scan from here reads every running clock. */
    static final Instant EVERY = Instant.EPOCH;

    private final JdbcClient jdbc;
    private final Supervisors supervisors;
    private final List<String> signers;
    private final List<String> police;

    /** @param signers the procuratorates this service signs for (at least one) */
    RunningClocks(JdbcClient jdbc, Supervisors supervisors, Collection<String> signers) {
        this.jdbc = jdbc;
        this.supervisors = supervisors;
        this.signers = List.copyOf(signers);
        List<String> supervised = new ArrayList<>();
        signers.forEach(signer -> supervised.addAll(supervisors.policeSupervisedBy(signer)));
        // "in ()" is no SQL: a procuratorate that supervises no police unit matches no unit id.
        this.police = supervised.isEmpty() ? List.of("") : List.copyOf(supervised);
    }

    /**
     * Clocks past their due instant at {@code now} with no breach written, the longest overdue first; only those
     * whose due instant is at or after {@code since} ({@link #EVERY} for all).
     */
    List<DueSignal> breaches(Instant since, Instant now, int limit) {
        return due(BREACH_DUE, since, now, limit, true);
    }

    /**
     * Clocks from their warning to their due instant at {@code now} with no warning written, the nearest first;
     * only those whose warning instant is at or after {@code since} ({@link #EVERY} for all).
     */
    List<DueSignal> warnings(Instant since, Instant now, int limit) {
        return due(WARNING_DUE, since, now, limit, false);
    }

    private List<DueSignal> due(String sql, Instant since, Instant now, int limit, boolean breach) {
        return jdbc.sql(sql).param("since", Timestamp.from(since)).param("now", Timestamp.from(now)).param("signers", signers).param("police", police)
                .param("signal", breach ? "BREACHED" : "WARNING").param("limit", limit)
                .query((rs, row) -> signal(rs, breach)).list().stream().flatMap(Optional::stream).toList();
    }

    private Optional<DueSignal> signal(ResultSet rs, boolean breach) throws SQLException {
        String named = rs.getString("procuratorate");
        Optional<AgencyRef> signer = named != null ? Optional.of(UnitIds.refOf(named))
                : supervisors.of(UnitIds.refOf(rs.getString("receiver")));
        String period = rs.getString("decision_period");
        String referralId = rs.getString("referral_id");
        DeadlineKind kind = DeadlineKind.valueOf(rs.getString("kind"));
        String subject = period != null ? period : rs.getString("subject");
        String responsible = rs.getString("responsible");
        Instant dueAt = rs.getTimestamp("due_at").toInstant();
        Instant warnAt = rs.getTimestamp("warn_at").toInstant();
        String rule = rs.getString("rule_ref");
        HandlingCode code = HandlingCode.valueOf(rs.getString("handling_code"));
        return signer.map(unit -> new DueSignal(referralId, kind, subject, responsible, dueAt, warnAt, rule, code,
                unit, breach));
    }
}
