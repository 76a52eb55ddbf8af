package org.casebridge.exchange.referral.query;

import org.casebridge.exchange.referral.ReferralStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.casebridge.exchange.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reads every agency service offers: the inbox of referrals the caller's unit takes part in (addressed police
 * unit, trial court, sender), and one referral with its timeline (404 for an unknown one and a hidden one alike).
 */
@RestController
public final class ReferralViewController {

    private final ReferralQueries queries;

    ReferralViewController(ReferralQueries queries) {
        this.queries = queries;
    }

    /** Overdue first, then by the nearest deadline. */
    @GetMapping("/api/inbox")
    ReferralPage inbox(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) ReferralStatus status,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "" + ReferralQueries.DEFAULT_PAGE_SIZE) int size) {
        return queries.list(caller, status, page, size);
    }

    @GetMapping("/api/referrals/{id}")
    ReferralDetail referral(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return queries.get(caller, id);
    }
}
