package org.casebridge.court.suggestion;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.casebridge.contracts.referral.JudicialSuggestionIssued;
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
 * Judicial suggestions (司法建议) the trial court sends an agency about what the case showed; the addressee
 * answers each by its number.
 */
@RestController
class JudicialSuggestionController {

    private final ReferralCommands commands;
    private final AgencyDirectory directory;

    JudicialSuggestionController(ReferralCommands commands, AgencyDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/api/referrals/{id}/judicial-suggestions")
    ReferralDetail suggest(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                           @PathVariable String id, @Valid @RequestBody Suggestion request) {
        var addressee = DirectoryFields.unit(directory, "addressee", request.addressee());
        return commands.act(caller, key, "judicial-suggestion", id, request,
                meta -> JudicialSuggestionIssued.newBuilder().setMeta(meta).setTo(addressee)
                        .setSuggestionNumber(request.suggestionNumber()).setContent(request.content())
                        .setReplyDue(request.replyDue()).build());
    }

    /**
     * @param addressee the agency unit id the suggestion goes to, e.g. FORESTRY:150200: a unit of the agency
     *                  directory, else 400
     * @param replyDue  the day the answer is due
     */
    record Suggestion(@NotBlank String addressee,
                      @NotBlank String suggestionNumber, @NotBlank String content, @NotNull LocalDate replyDue) {
    }
}
