package org.casebridge.police.intake;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.SupplementRequested;
import org.casebridge.exchange.referral.ReferralStatus;
import org.casebridge.exchange.referral.command.ReferralCommands;
import org.casebridge.exchange.referral.query.ReferralDetail;
import org.casebridge.exchange.referral.query.ReferralPage;
import org.casebridge.exchange.referral.query.ReferralQueries;
import org.casebridge.exchange.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The police unit's intake: the inbox of referrals addressed to it, receipts and supplement requests. */
@RestController
class IntakeController {

    private final ReferralCommands commands;
    private final ReferralQueries queries;

    IntakeController(ReferralCommands commands, ReferralQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Referrals the unit takes part in, overdue first, then by the nearest deadline. */
    @GetMapping("/api/inbox")
    ReferralPage inbox(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) ReferralStatus status,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "" + ReferralQueries.DEFAULT_PAGE_SIZE) int size) {
        return queries.list(caller, status, page, size);
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

    /** @param receiptNumber the number of the signed receipt (回执) */
    record Receipt(@NotBlank String receiptNumber) {
    }

    /** @param missingItems what the sender must supply */
    record SupplementRequest(@NotEmpty List<@NotBlank String> missingItems, String notes) {
    }
}
