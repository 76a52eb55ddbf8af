package org.casebridge.police.trial;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.node.referral.command.DirectoryFields;
import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.security.Caller;
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
    private final AgencyDirectory directory;

    TrialController(ReferralCommands commands, AgencyDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/api/referrals/{id}/trial-submission")
    ReferralDetail submitForTrial(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                  @PathVariable String id, @Valid @RequestBody TrialSubmission request) {
        var court = DirectoryFields.unit(directory, "court", request.court(), AgencyType.COURT);
        return commands.act(caller, key, "trial-submission", id, request,
                meta -> CaseSubmittedForTrial.newBuilder().setMeta(meta).setCourt(court)
                        .setIndictmentNumber(request.indictmentNumber()).build());
    }

    /**
     * @param court            the trial court's unit id, e.g. COURT:150200: a court of the agency directory, else 400
     * @param indictmentNumber the number of the indictment (起诉书) the case goes to court with
     */
    record TrialSubmission(@NotBlank String court, @NotBlank String indictmentNumber) {
    }
}
