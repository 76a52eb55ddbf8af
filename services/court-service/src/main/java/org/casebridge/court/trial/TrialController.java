package org.casebridge.court.trial;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.casebridge.contracts.referral.JudgmentIssued;
import org.casebridge.contracts.referral.Verdict;
import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The court's judgments on the cases submitted to it (its docket is the shared {@code GET /api/inbox}). */
@RestController
class TrialController {

    private final ReferralCommands commands;

    TrialController(ReferralCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/referrals/{id}/judgment")
    ReferralDetail judge(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                         @PathVariable String id, @Valid @RequestBody Judgment request) {
        return commands.act(caller, key, "judgment", id, request,
                meta -> JudgmentIssued.newBuilder().setMeta(meta).setJudgmentNumber(request.judgmentNumber())
                        .setVerdict(request.verdict()).setSentence(request.sentence())
                        .setFineFen(orZero(request.fineFen()))
                        .setAdministrativeFineOffsetFen(orZero(request.administrativeFineOffsetFen()))
                        .setIssuedOn(request.issuedOn()).build());
    }

    private static long orZero(Long fen) {
        return fen == null ? 0 : fen;
    }

    /**
     * @param sentence                    as pronounced, e.g. 有期徒刑一年六个月; none for an acquittal
     * @param fineFen                     criminal fine in CNY fen; none (0) when absent
     * @param administrativeFineOffsetFen administrative fines already paid and offset against the criminal fine;
     *                                    0 when absent (boxed: a missing number is no fine, not a malformed body)
     */
    record Judgment(@NotBlank String judgmentNumber, @NotNull Verdict verdict, String sentence,
                    @PositiveOrZero Long fineFen, @PositiveOrZero Long administrativeFineOffsetFen,
                    @NotNull @PastOrPresent LocalDate issuedOn) {
    }
}
