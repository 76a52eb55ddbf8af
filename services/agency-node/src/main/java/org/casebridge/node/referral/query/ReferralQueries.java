package org.casebridge.node.referral.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.NotFoundException;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.StoredReferral;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.rules.referral.ReferralState;
import org.casebridge.rules.referral.ReferralStatus;
import org.casebridge.rules.referral.deadline.ReferralDeadlines;
import org.casebridge.rules.referral.deadline.TrackedDeadline;
import org.casebridge.rules.unit.UnitIds;
import org.casebridge.rules.visibility.CaseAudience;
import org.casebridge.rules.visibility.PersonalData;
import org.casebridge.rules.visibility.Visibility;
import org.casebridge.rules.visibility.VisibilityPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller may read of the referrals: the lists of the referrals their unit takes part in (paged in SQL, see
 * {@link ReferralListQuery}), and one referral with its legal clocks and its timeline. A referral the caller may not
 * see is answered exactly like one that does not exist. The procuratorate of a referral's jurisdiction
 * ({@link Supervisors}) and the one an agency asked to supervise hold a copy.
 */
public final class ReferralQueries {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private final ReferralProjection projection;
    private final VisibilityPolicy policy;
    private final Supervisors supervisors;
    private final ReferralListQuery lists;
    private final JsonMapper json;
    private final Clock clock;

    public ReferralQueries(ReferralProjection projection, VisibilityPolicy policy, Supervisors supervisors,
                           JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.projection = projection;
        this.policy = policy;
        this.supervisors = supervisors;
        this.lists = new ReferralListQuery(jdbc, supervisors);
        this.json = json;
        this.clock = clock;
    }

    /**
     * The referrals of the caller's unit in its role (police: addressed to it; court: submitted to it for trial;
     * procuratorate: of its jurisdiction; administrative agency: sent by it) that the caller may see, filtered, overdue first and then by due date;
     * paged by the database.
     */
    public ReferralPage list(Caller caller, ReferralListRequest request) {
        return lists.page(caller, request, clock.instant());
    }

    /**
     * A queue: by default (the request names no status and no breach filter) the referrals in the open statuses and
     * those whose next deadline the legal clock recorded as breached; otherwise the list the request asks for.
     */
    public ReferralPage queue(Caller caller, ReferralListRequest request, List<ReferralStatus> openStatuses) {
        return lists.page(caller, request, clock.instant(), openStatuses);
    }

    /** One referral with its timeline; {@link NotFoundException} when unknown or hidden from the caller. */
    public ReferralDetail get(Caller caller, String referralId) {
        StoredReferral stored = visibleTo(caller, referralId);
        Visibility visibility = visibility(caller, stored.state());
        Instant now = clock.instant();
        List<TimelineEntry> timeline = projection.timeline(referralId);
        // Each payload parsed once: the submission's content is both its timeline item's and the referral's own.
        List<ObjectNode> contents = timeline.stream().map(e -> content(e, visibility)).toList();
        ObjectNode submission = IntStream.range(0, timeline.size())
                .filter(i -> timeline.get(i).accepted() && timeline.get(i).eventType().equals("ReferralSubmitted"))
                .mapToObj(contents::get).findFirst().orElseGet(json::createObjectNode);
        JsonNode parties = submission.path("parties");
        List<TrackedDeadline> tracked = projection.deadlines(referralId);
        List<DeadlineView> deadlines = tracked.stream().map(d -> DeadlineView.of(d, now)).toList();
        List<ReferralDetail.TimelineItem> items = IntStream.range(0, timeline.size()).mapToObj(i -> {
            TimelineEntry e = timeline.get(i);
            return new ReferralDetail.TimelineItem(e.sequence(), e.eventType(), e.actingUnit(), e.officer(),
                    e.occurredAt(), e.verdict(), e.reason(), contents.get(i),
                    e.accepted() ? doneBy(deadlines, e.sequence()) : List.of());
        }).toList();
        ReferralState state = stored.state();
        Instant submittedAt = timeline.stream().filter(TimelineEntry::accepted).findFirst()
                .map(TimelineEntry::occurredAt).orElse(null);
        NextDue next = ReferralDeadlines.next(tracked).map(d -> DeadlineView.of(d, now).asNextDue()).orElse(null);
        List<NextDue> extended = deadlines.stream().filter(d -> d.alternative() && d.doneAt() == null)
                .map(DeadlineView::asNextDue).toList();
        String signalled = next == null ? null : projection.signalOn(state.referralId(), next.kind(), next.dueAt());
        ReferralSummary summary = new ReferralSummary(state.referralId(), state.status(), id(state.sender()),
                id(state.receiver()), id(state.court()), state.handlingCode(), submittedAt, next,
                next != null && next.overdue(), signalled, extended);
        return new ReferralDetail(summary, id(state.court()), submission.path("referralType").asString(null),
                submission.get("caseData"), parties, submission.get("priorPenalties"), submission.get("documents"),
                submission.get("evidence"), deadlines, items);
    }

    /** The referral if the caller may see it, else {@link NotFoundException} (never tell a hidden one exists). */
    public StoredReferral visibleTo(Caller caller, String referralId) {
        return projection.find(referralId).filter(stored -> visibility(caller, stored.state()).canSee())
                .orElseThrow(() -> new NotFoundException("no referral " + referralId));
    }

    private Visibility visibility(Caller caller, ReferralState state) {
        List<AgencyRef> copiedTo = new ArrayList<>(2);
        supervisors.of(state.receiver()).ifPresent(copiedTo::add);
        if (state.procuratorate() != null) {
            copiedTo.add(state.procuratorate());
        }
        return policy.visibility(caller, CaseAudience.referral(state.handlingCode(), state.sender(), state.receiver(),
                state.court(), copiedTo, state.namedOfficers()));
    }

    /** The clocks an event ended: what the timeline shows as the act's verdict (MET or BREACHED, and the rule). */
    private static List<DeadlineView> doneBy(List<DeadlineView> deadlines, long sequence) {
        return deadlines.stream().filter(d -> d.doneSequence() != null && d.doneSequence() == sequence).toList();
    }

    /**
     * The event's fields without its meta (the timeline already shows who and when), and without the parties'
     * personal data (in the submission) when the caller may not have it.
     */
    private ObjectNode content(TimelineEntry entry, Visibility visibility) {
        ObjectNode node = (ObjectNode) json.readTree(entry.payload());
        node.remove("meta");
        PersonalData.apply(visibility, node.path("parties"));
        return node;
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : UnitIds.idOf(ref);
    }
}
