package org.casebridge.exchange.referral.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.exchange.clock.LegalClock;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.referral.ReferralProjection;
import org.casebridge.exchange.referral.ReferralState;
import org.casebridge.exchange.referral.ReferralStatus;
import org.casebridge.exchange.referral.StoredReferral;
import org.casebridge.exchange.referral.TimelineEntry;
import org.casebridge.exchange.security.Caller;
import org.casebridge.exchange.security.CaseAudience;
import org.casebridge.exchange.security.Visibility;
import org.casebridge.exchange.security.VisibilityPolicy;
import org.casebridge.exchange.web.NotFoundException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller may read of the referrals: the lists of the referrals their unit takes part in, and one referral
 * with its timeline. A referral the caller may not see is answered exactly like one that does not exist.
 */
public final class ReferralQueries {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    // Overdue first, then the nearest deadline, then those waiting on nothing, newest first.
    private static final Comparator<ReferralSummary> INBOX_ORDER = Comparator
            .comparing((ReferralSummary s) -> !s.overdue())
            .thenComparing(s -> s.nextDue() == null ? Instant.MAX : s.nextDue().dueAt())
            .thenComparing(ReferralSummary::submittedAt, Comparator.reverseOrder());

    private static final List<String> PERSONAL_FIELDS = List.of("name", "idNumber", "address", "phone");

    private final ReferralProjection projection;
    private final VisibilityPolicy policy;
    private final ReferralDeadlines deadlines;
    private final JsonMapper json;
    private final Clock clock;

    public ReferralQueries(ReferralProjection projection, VisibilityPolicy policy, LegalClock legalClock,
                           JsonMapper json, Clock clock) {
        this.projection = projection;
        this.policy = policy;
        this.deadlines = new ReferralDeadlines(legalClock);
        this.json = json;
        this.clock = clock;
    }

    /**
     * The referrals the caller's unit sends, receives or tries, optionally of one status, overdue first and then
     * by due date.
     *
     * @param page zero-based
     * @param size 1 to {@link #MAX_PAGE_SIZE}
     */
    public ReferralPage list(Caller caller, ReferralStatus status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        Instant now = clock.instant();
        List<ReferralSummary> all = new ArrayList<>();
        for (String id : projection.involving(caller.unitId(), status)) {
            projection.find(id).filter(stored -> visibility(caller, stored.state()).canSee())
                    .ifPresent(stored -> all.add(summary(stored.state(), projection.timeline(id), now)));
        }
        all.sort(INBOX_ORDER);
        int from = Math.min(all.size(), page * size);
        return new ReferralPage(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), page, size, all.size());
    }

    /** One referral with its timeline; {@link NotFoundException} when unknown or hidden from the caller. */
    public ReferralDetail get(Caller caller, String referralId) {
        StoredReferral stored = visibleTo(caller, referralId);
        Visibility visibility = visibility(caller, stored.state());
        List<TimelineEntry> timeline = projection.timeline(referralId);
        ObjectNode submission = timeline.stream().filter(e -> e.accepted() && e.eventType().equals("ReferralSubmitted"))
                .findFirst().map(e -> content(e, visibility)).orElseGet(json::createObjectNode);
        JsonNode parties = submission.path("parties");
        List<ReferralDetail.TimelineItem> items = timeline.stream().map(e -> new ReferralDetail.TimelineItem(
                e.sequence(), e.eventType(), e.actingUnit(), e.officer(), e.occurredAt(), e.verdict(), e.reason(),
                content(e, visibility))).toList();
        ReferralState state = stored.state();
        return new ReferralDetail(summary(state, timeline, clock.instant()), id(state.court()),
                submission.path("referralType").asString(null), submission.get("caseData"), parties,
                submission.get("priorPenalties"), submission.get("documents"), submission.get("evidence"), items);
    }

    /** The referral if the caller may see it, else {@link NotFoundException} (never tell a hidden one exists). */
    public StoredReferral visibleTo(Caller caller, String referralId) {
        return projection.find(referralId).filter(stored -> visibility(caller, stored.state()).canSee())
                .orElseThrow(() -> new NotFoundException("no referral " + referralId));
    }

    private Visibility visibility(Caller caller, ReferralState state) {
        return policy.visibility(caller, CaseAudience.referral(state.handlingCode(), state.sender(), state.receiver(),
                state.court(), state.procuratorate() == null ? List.of() : List.of(state.procuratorate()),
                state.namedOfficers()));
    }

    private ReferralSummary summary(ReferralState state, List<TimelineEntry> timeline, Instant now) {
        List<TimelineEntry> accepted = timeline.stream().filter(TimelineEntry::accepted).toList();
        Instant submittedAt = accepted.isEmpty() ? null : accepted.get(0).occurredAt();
        Optional<NextDue> next = deadlines.next(state.status(), accepted, now);
        return new ReferralSummary(state.referralId(), state.status(), id(state.sender()), id(state.receiver()),
                state.handlingCode(), submittedAt, next.orElse(null), next.map(NextDue::overdue).orElse(false));
    }

    /**
     * The event's fields without its meta (the timeline already shows who and when), and without the parties'
     * personal data (in the submission) when the caller may not have it.
     */
    private ObjectNode content(TimelineEntry entry, Visibility visibility) {
        ObjectNode node = (ObjectNode) json.readTree(entry.payload());
        node.remove("meta");
        if (!visibility.showsPersonalData() && node.path("parties") instanceof ArrayNode list) {
            list.forEach(party -> {
                if (party.path("personalData").asBoolean(true) && party instanceof ObjectNode fields) {
                    PERSONAL_FIELDS.forEach(fields::remove);
                }
            });
        }
        return node;
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : AgencyUnit.idOf(ref);
    }
}
