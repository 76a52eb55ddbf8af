package org.casebridge.police.trial;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.referral.command.ReferralCommands;
import org.casebridge.exchange.referral.query.ReferralDetail;
import org.casebridge.exchange.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a filed case over for trial (移送审判). From then on the named court takes part in the referral: it sees
 * it in its inbox and is the only unit that may judge it.
 */
@RestController
class TrialController {

    private final ReferralCommands commands;

    TrialController(ReferralCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/referrals/{id}/trial-submission")
    ReferralDetail submitForTrial(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                  @PathVariable String id, @Valid @RequestBody TrialSubmission request) {
        return commands.act(caller, key, "trial-submission", id, request,
                meta -> CaseSubmittedForTrial.newBuilder().setMeta(meta).setCourt(AgencyUnit.refOf(request.court()))
                        .setIndictmentNumber(request.indictmentNumber()).build());
    }

    /**
     * @param court            the trial court's unit id; the pattern keeps a malformed id a 400 rather than a
     *                         failure while the event is built
     * @param indictmentNumber the number of the indictment (起诉书) the case goes to court with
     */
    record TrialSubmission(@NotNull @Pattern(regexp = "COURT:\\d{6}", message = "must be a court unit id, e.g. COURT:150200")
                           String court,
                           @NotBlank String indictmentNumber) {
    }
}
