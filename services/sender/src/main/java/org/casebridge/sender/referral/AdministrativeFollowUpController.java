package org.casebridge.sender.referral;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.referral.AdministrativePenaltyImposed;
import org.casebridge.contracts.referral.EvidenceHandedOver;
import org.casebridge.contracts.referral.ReconsiderationRequested;
import org.casebridge.contracts.referral.SupervisionRequested;
import org.casebridge.node.input.DocumentInput;
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
 * The sender's side after the police decided: contest a refusal (reconsideration, then the procuratorate's
 * supervision), hand the seized items over once the case is filed, or impose the administrative penalty once the
 * refusal is final. Which of these is possible when is the lifecycle's call (409 otherwise).
 */
@RestController
public final class AdministrativeFollowUpController {

    private final ReferralCommands commands;
    private final AgencyDirectory directory;

    AdministrativeFollowUpController(ReferralCommands commands, AgencyDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/api/referrals/{id}/reconsideration-requests")
    ReferralDetail requestReconsideration(@AuthenticationPrincipal Caller caller,
                                          @RequestHeader("Idempotency-Key") String key, @PathVariable String id,
                                          @Valid @RequestBody ReconsiderationRequest request) {
        return commands.act(caller, key, "reconsideration-request", id, request,
                meta -> ReconsiderationRequested.newBuilder().setMeta(meta).setGrounds(request.grounds()).build());
    }

    @PostMapping("/api/referrals/{id}/supervision-requests")
    ReferralDetail requestSupervision(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                      @PathVariable String id, @Valid @RequestBody SupervisionRequest request) {
        var procuratorate = DirectoryFields.unit(directory, "procuratorate", request.procuratorate(),
                AgencyType.PROCURATORATE);
        return commands.act(caller, key, "supervision-request", id, request,
                meta -> SupervisionRequested.newBuilder().setMeta(meta).setProcuratorate(procuratorate)
                        .setGrounds(request.grounds()).build());
    }

    @PostMapping("/api/referrals/{id}/evidence-handovers")
    ReferralDetail handOverEvidence(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                    @PathVariable String id, @Valid @RequestBody EvidenceHandover request) {
        return commands.act(caller, key, "evidence-handover", id, request,
                meta -> EvidenceHandedOver.newBuilder().setMeta(meta)
                        .setItems(request.items().stream().map(EvidenceInput::toContract).toList())
                        .setHandoverList(request.handoverList().toContract()).setReceivedBy(request.receivedBy())
                        .build());
    }

    @PostMapping("/api/referrals/{id}/administrative-penalty")
    ReferralDetail imposePenalty(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                                 @PathVariable String id, @Valid @RequestBody Penalty request) {
        return commands.act(caller, key, "administrative-penalty", id, request,
                meta -> AdministrativePenaltyImposed.newBuilder().setMeta(meta)
                        .setDecisionNumber(request.decisionNumber()).setDecidedOn(request.decidedOn())
                        .setFineFen(request.fineFen()).setDescription(request.description()).build());
    }

    /** @param grounds why the refusal to file should be reconsidered */
    record ReconsiderationRequest(@NotBlank String grounds) {
    }

    /** @param procuratorate the procuratorate unit asked to supervise, e.g. {@code PROCURATORATE:150200} */
    record SupervisionRequest(@NotBlank String procuratorate, @NotBlank String grounds) {
    }

    /**
     * @param handoverList the signed handover list, by reference (SHA-256 and URI of the file)
     * @param receivedBy   the police officer who signed the list
     */
    record EvidenceHandover(@NotEmpty List<@Valid @NotNull EvidenceInput> items, @NotNull @Valid DocumentInput handoverList,
                            @NotBlank String receivedBy) {
    }

    /** @param fineFen the fine in CNY fen; 0 for a penalty without a fine */
    record Penalty(@NotBlank String decisionNumber, @NotNull @PastOrPresent LocalDate decidedOn,
                   @NotNull @PositiveOrZero Long fineFen,
                   @NotBlank String description) {
    }
}
