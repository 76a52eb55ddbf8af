package org.casebridge.procuratorate.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.referral.FilingOrdered;
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
 * The procuratorate's orders on the referrals whose refusal an agency put before it. Who may order is the
 * lifecycle's rule: the procuratorate the supervision request named, while the refusal stands or once the police
 * explained it.
 */
@RestController
class SupervisionController {

    private final ReferralCommands commands;

    SupervisionController(ReferralCommands commands) {
        this.commands = commands;
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
}
