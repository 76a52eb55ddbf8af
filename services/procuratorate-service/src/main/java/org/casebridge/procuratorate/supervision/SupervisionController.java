package org.casebridge.procuratorate.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.referral.ExplanationRequested;
import org.casebridge.contracts.referral.FilingOrdered;
import org.casebridge.contracts.referral.RefusalReasonsFoundValid;
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
 * The procuratorate's steps on the referrals whose refusal an agency put before it: ask the police to explain,
 * then order filing or find the refusal's reasons valid. Who may act is the lifecycle's rule: the procuratorate the
 * supervision request named, while the supervision is open.
 */
@RestController
class SupervisionController {

    private final ReferralCommands commands;

    SupervisionController(ReferralCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/referrals/{id}/explanation-request")
    ReferralDetail requestExplanation(@AuthenticationPrincipal Caller caller,
                                      @RequestHeader("Idempotency-Key") String key, @PathVariable String id,
                                      @Valid @RequestBody ExplanationRequest request) {
        return commands.act(caller, key, "explanation-request", id, request,
                meta -> ExplanationRequested.newBuilder().setMeta(meta).setRequestNumber(request.requestNumber())
                        .setQuestions(request.questions()).build());
    }

    @PostMapping("/api/referrals/{id}/refusal-finding")
    ReferralDetail findRefusalValid(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                    @PathVariable String id, @Valid @RequestBody RefusalFinding request) {
        return commands.act(caller, key, "refusal-finding", id, request,
                meta -> RefusalReasonsFoundValid.newBuilder().setMeta(meta).setDecisionNumber(request.decisionNumber())
                        .setReasons(request.reasons()).build());
    }

    @PostMapping("/api/referrals/{id}/filing-order")
    ReferralDetail orderFiling(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                               @PathVariable String id, @Valid @RequestBody FilingOrder request) {
        return commands.act(caller, key, "filing-order", id, request,
                meta -> FilingOrdered.newBuilder().setMeta(meta).setOrderNumber(request.orderNumber())
                        .setReasons(request.reasons()).build());
    }

    /**
     * @param orderNumber the notice's number, e.g. 包检立通〔2026〕3号
     * @param reasons     why the refusal's reasons do not hold
     */
    record FilingOrder(@NotBlank String orderNumber, @NotBlank String reasons) {
    }

    /**
     * @param requestNumber the notice's number, e.g. 巴检要说〔2026〕1号
     * @param questions     what the police's written explanation must answer
     */
    record ExplanationRequest(@NotBlank String requestNumber, @NotBlank String questions) {
    }

    /**
     * @param decisionNumber the notice to the agency, e.g. 巴检不立理〔2026〕1号
     * @param reasons        why the refusal's reasons hold
     */
    record RefusalFinding(@NotBlank String decisionNumber, @NotBlank String reasons) {
    }
}
