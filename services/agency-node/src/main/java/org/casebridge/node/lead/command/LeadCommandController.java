package org.casebridge.node.lead.command;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.lead.LeadAcknowledged;
import org.casebridge.contracts.lead.LeadInvestigationStarted;
import org.casebridge.contracts.lead.LeadNotified;
import org.casebridge.contracts.lead.LeadOutcome;
import org.casebridge.contracts.lead.LeadOutcomeReported;
import org.casebridge.node.input.DocumentInput;
import org.casebridge.node.input.PartyInput;
import org.casebridge.node.input.QuantitiesInput;
import org.casebridge.node.lead.query.LeadDetail;
import org.casebridge.node.lead.query.LeadQueries;
import org.casebridge.platform.command.CaseIds;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.projection.StoredCase;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.InvalidFieldException;
import org.casebridge.platform.web.NotFoundException;
import org.casebridge.platform.web.UnprocessableException;
import org.casebridge.rules.lead.LeadState;
import org.casebridge.rules.lead.LeadStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lead commands of every agency service: raise a lead, acknowledge it, investigate it and report the outcome
 * back, merge a duplicate (conversion into a referral: node.conversion). Who may do what is the lead lifecycle's rule (409 otherwise).
 */
@RestController
public final class LeadCommandController {

    private final LeadCommands commands;
    private final LeadQueries queries;
    private final LeadRecipients recipients;
    private final AgencyDirectory directory;
    private final CaseIds ids = new CaseIds("LD", Clock.systemUTC());

    LeadCommandController(LeadCommands commands, LeadQueries queries, AgencyDirectory directory) {
        this.commands = commands;
        this.queries = queries;
        this.recipients = new LeadRecipients(directory);
        this.directory = directory;
    }

    @PostMapping("/api/leads")
    ResponseEntity<LeadDetail> raise(@AuthenticationPrincipal Caller caller,
                                     @RequestHeader("Idempotency-Key") String idempotencyKey,
                                     @Valid @RequestBody RaiseLeadRequest request) {
        String division = request.location().divisionCode();
        if (!directory.isKnownDivision(division)) {
            throw new InvalidFieldException("location.divisionCode", "division " + division + " is not in the agency directory");
        }
        HandlingCode code = request.handlingCode() == null ? HandlingCode.H1 : request.handlingCode();
        if (code == HandlingCode.H3) {
            // H3 restricts a case to named officers, and leads do not name them: nobody could read it back.
            throw new UnprocessableException("UNSUPPORTED_HANDLING_CODE", "H3 leads need named officers, which leads do not take");
        }
        List<AgencyRef> addressees = recipients.resolve(request.recipients(), caller.unit());
        String leadId = ids.next(division);
        LeadDetail lead = commands.raise(caller, idempotencyKey, leadId, code, request,
                meta -> LeadNotified.newBuilder().setMeta(meta).setNotifier(caller.unit()).setAddressees(addressees)
                        .setRegionCode(request.recipients().divisionCode())
                        .setSuspectedOffence(request.suspectedOffence().toContract())
                        .setLocation(request.location().toContract())
                        .setParcelId(request.parcelId())
                        .setDescription(request.description())
                        .setSuspects(orEmpty(request.suspects()).stream().map(PartyInput::toContract).toList())
                        .setQuantities(request.quantities() == null ? null : QuantitiesInput.toContract(request.quantities()))
                        .setDocuments(orEmpty(request.documents()).stream().map(DocumentInput::toContract).toList())
                        .build());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/leads/{id}").build(lead.summary().leadId()))
                .body(lead);
    }

    @PostMapping("/api/leads/{id}/acknowledgement")
    LeadDetail acknowledge(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                           @PathVariable String id, @RequestBody(required = false) Note body) {
        String note = Note.text(body);
        return commands.act(caller, key, "acknowledge", id, new Note(note),
                meta -> LeadAcknowledged.newBuilder().setMeta(meta).setNote(note).build());
    }

    @PostMapping("/api/leads/{id}/investigation")
    LeadDetail investigate(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                           @PathVariable String id, @RequestBody(required = false) Note body) {
        String note = Note.text(body);
        return commands.act(caller, key, "investigate", id, new Note(note),
                meta -> LeadInvestigationStarted.newBuilder().setMeta(meta).setNote(note).build());
    }

    @PostMapping("/api/leads/{id}/outcome")
    LeadDetail reportOutcome(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                             @PathVariable String id, @Valid @RequestBody Outcome request) {
        return commands.act(caller, key, "report-outcome", id, request,
                meta -> LeadOutcomeReported.newBuilder().setMeta(meta).setOutcome(request.outcome())
                        .setDetails(request.details()).setFilingDecisionNumber(request.filingDecisionNumber()).build());
    }

    /** Merges this lead into an earlier one the caller can see that it duplicates. */
    @PostMapping("/api/leads/{id}/merge")
    LeadDetail merge(@AuthenticationPrincipal Caller caller, @RequestHeader("Idempotency-Key") String key,
                     @PathVariable String id, @Valid @RequestBody MergeRequest request) {
        StoredCase<LeadState> surviving;
        try {
            surviving = queries.visibleTo(caller, request.survivingLeadId());
        } catch (NotFoundException e) {
            throw new InvalidFieldException("survivingLeadId", "no lead " + request.survivingLeadId() + " that you can see");
        }
        if (surviving.state().status() == LeadStatus.MERGED) {
            throw new InvalidFieldException("survivingLeadId", request.survivingLeadId() + " is itself merged into "
                    + surviving.state().mergedInto() + ": merge into that one");
        }
        queries.visibleTo(caller, id);
        if (commands.notifiedAfter(request.survivingLeadId(), id)) {
            throw new InvalidFieldException("survivingLeadId", "the later report is merged into the earlier one, not the reverse");
        }
        return commands.merge(caller, key, id, request);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** @param note optional words for the notifier; the body itself may be left out */
    record Note(String note) {
        /** The note of a body, empty when there is none. */
        static String text(Note body) {
            return body == null || body.note() == null ? "" : body.note();
        }
    }

    /** @param filingDecisionNumber required when FILED */
    record Outcome(@NotNull LeadOutcome outcome, @NotBlank String details, String filingDecisionNumber) {
    }
}
