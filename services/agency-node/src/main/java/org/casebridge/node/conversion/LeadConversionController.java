package org.casebridge.node.conversion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.lead.LeadConvertedToReferral;
import org.casebridge.node.lead.command.LeadCommands;
import org.casebridge.node.lead.query.LeadDetail;
import org.casebridge.node.referral.query.ReferralQueries;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.InvalidFieldException;
import org.casebridge.platform.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Converts a lead into the referral the caller's unit made of it: where the lead and referral features meet. */
@RestController
final class LeadConversionController {

    private final LeadCommands leads;
    private final ReferralQueries referrals;

    LeadConversionController(LeadCommands leads, ReferralQueries referrals) {
        this.leads = leads;
        this.referrals = referrals;
    }

    /** Links the lead to a referral the caller can see. */
    @PostMapping("/api/leads/{id}/conversion")
    LeadDetail convert(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                       @PathVariable String id, @Valid @RequestBody Conversion request) {
        try {
            referrals.visibleTo(caller, request.referralId());
        } catch (NotFoundException e) {
            throw new InvalidFieldException("referralId", "no referral " + request.referralId() + " that you can see");
        }
        return leads.act(caller, key, "convert", id, request,
                meta -> LeadConvertedToReferral.newBuilder().setMeta(meta).setReferralId(request.referralId()).build());
    }

    /** @param referralId e.g. {@code RF-150421-2026-000123} */
    record Conversion(@NotBlank String referralId) {
    }
}
