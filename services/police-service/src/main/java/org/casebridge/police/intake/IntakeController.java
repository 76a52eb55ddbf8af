package org.casebridge.police.intake;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReferralForwarded;
import org.casebridge.contracts.referral.SupplementRequested;
import org.casebridge.node.referral.command.DirectoryFields;
import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.security.Caller;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.rules.unit.UnitIds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The police unit's intake: the inbox of referrals addressed to it, receipts, supplement requests and forwarding
 * to the competent police unit.
 */
@RestController
class IntakeController {

    private final ReferralCommands commands;
    private final AgencyDirectory directory;

    IntakeController(ReferralCommands commands, AgencyDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/api/referrals/{id}/receipt")
    ReferralDetail signReceipt(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                               @PathVariable String id, @Valid @RequestBody Receipt request) {
        return commands.act(caller, key, "receipt", id, request,
                meta -> ReceiptSigned.newBuilder().setMeta(meta).setReceiptNumber(request.receiptNumber()).build());
    }

    @PostMapping("/api/referrals/{id}/supplement-requests")
    ReferralDetail requestSupplement(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                     @PathVariable String id, @Valid @RequestBody SupplementRequest request) {
        return commands.act(caller, key, "supplement-request", id, request,
                meta -> SupplementRequested.newBuilder().setMeta(meta).setMissingItems(request.missingItems())
                        .setNotes(request.notes() == null ? "" : request.notes()).build());
    }

    /**
     * Hands the referral to another police unit: it leaves this unit's inbox and waits for the new unit's receipt.
     * The answer is the forwarding itself, since this unit may no longer see the referral.
     */
    @PostMapping("/api/referrals/{id}/forwarding")
    Forwarded forward(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                      @PathVariable String id, @Valid @RequestBody Forwarding request) {
        var to = DirectoryFields.unit(directory, "to", request.to(), AgencyType.POLICE);
        TimelineEntry applied = commands.handOver(caller, key, "forwarding", id, request,
                meta -> ReferralForwarded.newBuilder().setMeta(meta).setTo(to).setReason(request.reason()).build());
        return new Forwarded(applied.referralId(), UnitIds.idOf(to), applied.sequence(), applied.occurredAt());
    }

    /** @param receiptNumber the number of the signed receipt (回执) */
    record Receipt(@NotBlank String receiptNumber) {
    }

    /** @param missingItems what the sender must supply */
    record SupplementRequest(@NotEmpty List<@NotBlank String> missingItems, String notes) {
    }

    /** @param to the competent police unit, e.g. {@code POLICE:150200} */
    record Forwarding(@NotBlank String to, @NotBlank String reason) {
    }

    /** @param sequence the forwarding's place in the referral's timeline */
    record Forwarded(String referralId, String forwardedTo, long sequence, Instant occurredAt) {
    }
}
