package org.casebridge.exchange.referral.query;

import org.casebridge.exchange.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One referral with its timeline, in every agency service: 404 for an unknown one and for a hidden one alike. */
@RestController
public final class ReferralViewController {

    private final ReferralQueries queries;

    ReferralViewController(ReferralQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/referrals/{id}")
    ReferralDetail referral(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return queries.get(caller, id);
    }
}
