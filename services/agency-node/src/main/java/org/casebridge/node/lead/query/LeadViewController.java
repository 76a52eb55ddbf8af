package org.casebridge.node.lead.query;

import org.casebridge.platform.security.Caller;
import org.casebridge.projections.lead.LeadBox;
import org.casebridge.rules.lead.LeadStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lead reads every agency service offers: the leads the caller's unit raised, those it was addressed, and one
 * lead with its timeline (404 for an unknown one and a hidden one alike).
 */
@RestController
public final class LeadViewController {

    private final LeadQueries queries;

    LeadViewController(LeadQueries queries) {
        this.queries = queries;
    }

    /** Newest first. */
    @GetMapping("/api/leads/sent")
    LeadPage sent(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) LeadStatus status,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "" + LeadQueries.DEFAULT_PAGE_SIZE) int size) {
        return queries.list(caller, LeadBox.SENT, status, page, size);
    }

    /** Newest first. */
    @GetMapping("/api/leads/received")
    LeadPage received(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) LeadStatus status,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "" + LeadQueries.DEFAULT_PAGE_SIZE) int size) {
        return queries.list(caller, LeadBox.RECEIVED, status, page, size);
    }

    @GetMapping("/api/leads/{id}")
    LeadDetail lead(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return queries.get(caller, id);
    }
}
