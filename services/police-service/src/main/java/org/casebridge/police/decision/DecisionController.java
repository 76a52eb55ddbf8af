package org.casebridge.police.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseNotFiled;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.ExplanationProvided;
import org.casebridge.contracts.referral.NonFilingReason;
import org.casebridge.contracts.referral.ReconsiderationDecided;
import org.casebridge.contracts.referral.ReconsiderationOutcome;
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
 * The police's decision on a received referral: file (立案) or not (不予立案), and what may follow a refusal: the
 * decision on the sender's reconsideration request and the explanation the supervising procuratorate asked for.
 * The lifecycle's content rules apply (a 7- or 30-day decision needs a named approver, a reversal a filing
 * decision number: 422 INVALID_CONTENT without them).
 */
@RestController
class DecisionController {

    private final ReferralCommands commands;

    DecisionController(ReferralCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/referrals/{id}/filing")
    ReferralDetail file(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                        @PathVariable String id, @Valid @RequestBody Filing request) {
        return commands.act(caller, key, "filing", id, request,
                meta -> CaseFiled.newBuilder().setMeta(meta).setFilingDecisionNumber(request.filingDecisionNumber())
                        .setDecisionPeriod(request.decisionPeriod()).setApprover(request.approver()).build());
    }

    @PostMapping("/api/referrals/{id}/non-filing")
    ReferralDetail notFile(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                           @PathVariable String id, @Valid @RequestBody NonFiling request) {
        return commands.act(caller, key, "non-filing", id, request,
                meta -> CaseNotFiled.newBuilder().setMeta(meta).setReasonCode(request.reasonCode())
                        .setReasons(request.reasons()).setDecisionPeriod(request.decisionPeriod())
                        .setApprover(request.approver()).setFilesReturned(request.filesReturned()).build());
    }

    @PostMapping("/api/referrals/{id}/reconsideration-decision")
    ReferralDetail decideReconsideration(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                         @PathVariable String id, @Valid @RequestBody Reconsideration request) {
        return commands.act(caller, key, "reconsideration-decision", id, request,
                meta -> ReconsiderationDecided.newBuilder().setMeta(meta).setOutcome(request.outcome())
                        .setReasons(request.reasons()).setFilingDecisionNumber(request.filingDecisionNumber()).build());
    }

    @PostMapping("/api/referrals/{id}/explanation")
    ReferralDetail explain(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                           @PathVariable String id, @Valid @RequestBody Explanation request) {
        return commands.act(caller, key, "explanation", id, request,
                meta -> ExplanationProvided.newBuilder().setMeta(meta).setExplanation(request.explanation()).build());
    }

    /** @param approver named approver, required for DAYS_7 and DAYS_30 */
    record Filing(@NotBlank String filingDecisionNumber, @NotNull DecisionPeriod decisionPeriod, String approver) {
    }

    /** @param reasons written reasons; @param filesReturned whether the case files went back to the sender */
    record NonFiling(@NotNull NonFilingReason reasonCode, @NotBlank String reasons, @NotNull DecisionPeriod decisionPeriod,
                     String approver, boolean filesReturned) {
    }

    /** @param filingDecisionNumber required when the outcome is REVERSED (the case is filed) */
    record Reconsideration(@NotNull ReconsiderationOutcome outcome, @NotBlank String reasons, String filingDecisionNumber) {
    }

    /** @param explanation why the case was not filed, for the supervising procuratorate */
    record Explanation(@NotBlank String explanation) {
    }
}
