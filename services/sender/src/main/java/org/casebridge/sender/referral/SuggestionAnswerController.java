package org.casebridge.sender.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.referral.SuggestionAnswered;
import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrative agency's answer to a court's judicial suggestion (司法建议回复). Only the suggestion's
 * addressee may answer, and only while it is open (409 otherwise).
 */
@RestController
public final class SuggestionAnswerController {

    private final ReferralCommands commands;

    SuggestionAnswerController(ReferralCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/referrals/{id}/suggestion-answers")
    ReferralDetail answer(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                          @PathVariable String id, @Valid @RequestBody Answer request) {
        return commands.act(caller, key, "suggestion-answer", id, request,
                meta -> SuggestionAnswered.newBuilder().setMeta(meta).setSuggestionNumber(request.suggestionNumber())
                        .setAnswer(request.answer()).build());
    }

    /** @param suggestionNumber the number of the suggestion answered */
    record Answer(@NotBlank String suggestionNumber, @NotBlank String answer) {
    }
}
