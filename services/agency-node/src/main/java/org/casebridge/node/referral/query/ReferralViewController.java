package org.casebridge.node.referral.query;

import jakarta.validation.Valid;

import org.casebridge.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reads every agency service offers: the inbox of the caller's unit (police: referrals addressed to it; court:
 * cases submitted to it for trial; administrative agency: what it sent) and one referral with its deadlines and
 * timeline (404 for an unknown one and a hidden one alike).
 */
@RestController
public final class ReferralViewController {

    private final ReferralQueries queries;

    ReferralViewController(ReferralQueries queries) {
        this.queries = queries;
    }

    /** Overdue first, then by the nearest deadline; filters and paging as {@link ReferralListRequest}. */
    @GetMapping("/api/inbox")
    ReferralPage inbox(@AuthenticationPrincipal Caller caller, @Valid ReferralListRequest request) {
        return queries.list(caller, request);
    }

    @GetMapping("/api/referrals/{id}")
    ReferralDetail referral(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return queries.get(caller, id);
    }
}
