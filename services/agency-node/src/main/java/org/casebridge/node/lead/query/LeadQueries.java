package org.casebridge.node.lead.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.lead.MatchBasis;
import org.casebridge.platform.projection.CaseEvent;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.NotFoundException;
import org.casebridge.platform.web.PageBounds;
import org.casebridge.projections.lead.LeadBox;
import org.casebridge.projections.lead.LeadProjection;
import org.casebridge.rules.lead.LeadState;
import org.casebridge.rules.lead.LeadStatus;
import org.casebridge.rules.unit.UnitIds;
import org.casebridge.rules.visibility.CaseAudience;
import org.casebridge.rules.visibility.PersonalData;
import org.casebridge.rules.visibility.Visibility;
import org.casebridge.rules.visibility.VisibilityPolicy;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller may read of the leads: the leads their unit sent or was addressed, and one lead with its timeline.
 * A lead's audience is its notifier and addressees (no supervisor holds a copy); a lead the caller may not see is
 * answered exactly like one that does not exist, and suspects' personal data goes only to that audience.
 */
public final class LeadQueries {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private final LeadProjection projection;
    private final VisibilityPolicy policy;
    private final JsonMapper json;

    public LeadQueries(LeadProjection projection, VisibilityPolicy policy, JsonMapper json) {
        this.projection = projection;
        this.policy = policy;
        this.json = json;
    }

    /**
     * The leads the caller's unit sent or received, optionally of one status, newest first.
     *
     * @param page zero-based
     * @param size 1 to {@link #MAX_PAGE_SIZE}
     */
    public LeadPage list(Caller caller, LeadBox box, LeadStatus status, int page, int size) {
        long offset = PageBounds.offset(page, size, MAX_PAGE_SIZE);
        List<LeadSummary> items = new ArrayList<>();
        for (String id : projection.page(caller.unitId(), box, status, offset, size)) {
            projection.find(id).ifPresent(stored -> items.add(summary(stored.state(), projection.timeline(id))));
        }
        return new LeadPage(items, page, size, projection.count(caller.unitId(), box, status));
    }

    /** One lead with its timeline; {@link NotFoundException} when unknown or hidden from the caller. */
    public LeadDetail get(Caller caller, String leadId) {
        StoredCase<LeadState> stored = visibleTo(caller, leadId);
        List<CaseEvent> timeline = projection.timeline(leadId);
        ObjectNode notified = timeline.stream().filter(e -> e.accepted() && e.eventType().equals("LeadNotified"))
                .findFirst().map(this::content).orElseGet(json::createObjectNode);
        List<LeadDetail.Duplicate> duplicates = new ArrayList<>();
        for (String duplicate : projection.mergedInto(leadId)) {
            projection.find(duplicate).filter(merged -> creditedTo(caller, merged.state()))
                    .ifPresent(merged -> duplicates.add(new LeadDetail.Duplicate(duplicate, id(merged.state().notifier()),
                            matchedOn(projection.timeline(duplicate)))));
        }
        return new LeadDetail(summary(stored.state(), timeline), notified.get("suspectedOffence"), notified.get("location"),
                notified.path("parcelId").asString(null), notified.path("regionCode").asString(null),
                notified.path("description").asString(null),
                PersonalData.apply(visibility(caller, stored.state()), notified.path("suspects")),
                notified.get("quantities"), notified.get("documents"), duplicates,
                timeline.stream().map(e -> new LeadDetail.TimelineItem(e.sequence(), e.eventType(), e.actingUnit(),
                        e.officer(), e.occurredAt(), e.verdict(), e.reason(), content(e))).toList());
    }

    /** The lead if the caller may see it, else {@link NotFoundException} (never tell a hidden one exists). */
    public StoredCase<LeadState> visibleTo(Caller caller, String leadId) {
        return projection.find(leadId).filter(stored -> visibility(caller, stored.state()).canSee())
                .orElseThrow(() -> new NotFoundException("no lead " + leadId));
    }

    /**
     * Whether the audience of a surviving lead sees that this duplicate was merged into it (its id, notifier and
     * what matched, never its content): yes for H0 and H1 reports, which become part of the surviving lead; H2 and
     * H3 ones only for callers who may see them anyway (no onward dissemination).
     */
    private boolean creditedTo(Caller caller, LeadState merged) {
        return merged.handlingCode() == HandlingCode.H0 || merged.handlingCode() == HandlingCode.H1
                || visibility(caller, merged).canSee();
    }

    private Visibility visibility(Caller caller, LeadState state) {
        List<AgencyRef> audience = new ArrayList<>(state.addressees());
        audience.add(state.notifier());
        return policy.visibility(caller, new CaseAudience(state.handlingCode(), audience, List.of(), List.of()));
    }

    private static LeadSummary summary(LeadState state, List<CaseEvent> timeline) {
        Instant notifiedAt = timeline.stream().filter(CaseEvent::accepted).findFirst().map(CaseEvent::occurredAt)
                .orElse(null);
        return new LeadSummary(state.leadId(), state.status(), id(state.notifier()),
                state.addressees().stream().map(LeadQueries::id).toList(),
                state.acknowledgedBy().stream().map(LeadQueries::id).toList(), state.handlingCode(), notifiedAt,
                id(state.investigator()), state.outcome(), state.mergedInto(), state.referralId());
    }

    private MatchBasis matchedOn(List<CaseEvent> timeline) {
        return timeline.stream().filter(e -> e.accepted() && e.eventType().equals("LeadMerged"))
                .map(e -> MatchBasis.valueOf(content(e).path("matchedOn").asString())).findFirst().orElse(null);
    }

    /** The event's fields without its meta (the timeline already shows who and when). */
    private ObjectNode content(CaseEvent event) {
        ObjectNode node = (ObjectNode) json.readTree(event.payload());
        node.remove("meta");
        return node;
    }

    private static String id(AgencyRef ref) {
        return ref == null ? null : UnitIds.idOf(ref);
    }
}
