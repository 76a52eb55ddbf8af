package org.casebridge.sender.referral;

import jakarta.validation.Valid;

import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.contracts.referral.SupplementProvided;
import org.casebridge.node.input.DocumentInput;
import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.node.referral.query.ReferralListRequest;
import org.casebridge.node.referral.query.ReferralPage;
import org.casebridge.node.referral.query.ReferralQueries;
import org.casebridge.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sender's side of a referral, shared by the administrative agencies (forestry, natural resources): submit,
 * list what the unit sent, withdraw before the decision, supply what the police asked for.
 */
@RestController
public final class AdministrativeReferralController {

    private final ReferralCommands commands;
    private final ReferralQueries queries;
    private final ReferralSubmission submission;

    AdministrativeReferralController(ReferralCommands commands, ReferralQueries queries, ReferralSubmission submission) {
        this.commands = commands;
        this.queries = queries;
        this.submission = submission;
    }

    @PostMapping("/api/referrals")
    ResponseEntity<ReferralDetail> submit(@AuthenticationPrincipal Caller caller,
                                          @RequestHeader("Idempotency-Key") String idempotencyKey,
                                          @Valid @RequestBody SubmitReferralRequest request) {
        ReferralDetail referral = submission.submit(caller, idempotencyKey, request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/referrals/{id}")
                .build(referral.summary().referralId())).body(referral);
    }

    /** What the caller's unit sent, overdue first; filters and paging as {@link ReferralListRequest}. */
    @GetMapping("/api/referrals")
    ReferralPage outgoing(@AuthenticationPrincipal Caller caller, @Valid ReferralListRequest request) {
        return queries.list(caller, request);
    }

    @PostMapping("/api/referrals/{id}/withdrawal")
    ReferralDetail withdraw(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String idempotencyKey,
                            @PathVariable String id, @Valid @RequestBody WithdrawalInput request) {
        return commands.act(caller, idempotencyKey, "withdraw", id, request,
                meta -> ReferralWithdrawn.newBuilder().setMeta(meta).setReason(request.reason()).build());
    }

    @PostMapping("/api/referrals/{id}/supplements")
    ReferralDetail supplement(@AuthenticationPrincipal Caller caller,
                              @RequestHeader("Idempotency-Key") String idempotencyKey,
                              @PathVariable String id, @Valid @RequestBody SupplementInput request) {
        return commands.act(caller, idempotencyKey, "supplement", id, request,
                meta -> SupplementProvided.newBuilder().setMeta(meta)
                        .setDocuments(ReferralSubmission.orEmpty(request.documents()).stream()
                                .map(DocumentInput::toContract).toList())
                        .setEvidence(ReferralSubmission.orEmpty(request.evidence()).stream()
                                .map(EvidenceInput::toContract).toList())
                        .setNotes(request.notes() == null ? "" : request.notes())
                        .build());
    }
}
