package org.casebridge.procuratorate.supervision;

import java.util.List;

import jakarta.validation.Valid;

import org.casebridge.node.referral.query.ReferralListRequest;
import org.casebridge.node.referral.query.ReferralPage;
import org.casebridge.node.referral.query.ReferralQueries;
import org.casebridge.platform.security.Caller;
import org.casebridge.rules.referral.ReferralStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervision queue of a procuratorate's officers: the referrals of its jurisdiction whose refusal is before
 * it (a supervision request, its request for an explanation, the police's explanation, or its own filing order
 * awaiting the filing) and those whose
 * next deadline the legal clock recorded as breached (escalated), the most urgent first: overdue, the longest
 * overdue first, then by the nearest deadline. Filters as the inbox's ({@link ReferralListRequest}: the receiving
 * unit, a division, the kind of the next deadline); a {@code status} or {@code breached} replaces the default.
 */
@RestController
class SupervisionQueueController {

    static final List<ReferralStatus> OPEN = List.of(ReferralStatus.SUPERVISION_REQUESTED,
            ReferralStatus.EXPLANATION_REQUESTED, ReferralStatus.EXPLANATION_PROVIDED, ReferralStatus.FILING_ORDERED);

    private final ReferralQueries queries;

    SupervisionQueueController(ReferralQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/supervision/queue")
    ReferralPage queue(@AuthenticationPrincipal Caller caller, @Valid ReferralListRequest request) {
        return queries.queue(caller, request, OPEN);
    }
}
