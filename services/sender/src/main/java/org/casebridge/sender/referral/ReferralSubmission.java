package org.casebridge.sender.referral;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.OfficerRef;
import org.casebridge.contracts.referral.CaseData;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.node.input.DocumentInput;
import org.casebridge.node.input.PartyInput;
import org.casebridge.node.input.QuantitiesInput;
import org.casebridge.node.referral.command.DirectoryFields;
import org.casebridge.node.referral.command.ReferralCommands;
import org.casebridge.node.referral.query.ReferralDetail;
import org.casebridge.platform.command.CaseIds;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyUnit;
import org.casebridge.platform.security.Caller;
import org.casebridge.platform.web.InvalidFieldException;
import org.casebridge.rules.unit.UnitIds;

/**
 * Submits a validated referral request: routes it to the police unit competent for the case's division, names the
 * officers of an H3 referral, and publishes the ReferralSubmitted through the command path. Shared by
 * {@code POST /api/referrals} and the submission of a draft.
 */
final class ReferralSubmission {

    private final ReferralCommands commands;
    private final AgencyDirectory directory;
    private final CaseIds ids = new CaseIds("RF", Clock.systemUTC());

    ReferralSubmission(ReferralCommands commands, AgencyDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    ReferralDetail submit(Caller caller, String idempotencyKey, SubmitReferralRequest request) {
        String division = request.caseData().location().divisionCode();
        // A code the directory does not list would otherwise fall back to the region's police (or, malformed like
        // 000000, not be looked up at all): refuse it first.
        Supplier<InvalidFieldException> unknown = () -> new InvalidFieldException("caseData.location.divisionCode",
                "division " + division + " is not in the agency directory: no police unit to refer to");
        if (!directory.isKnownDivision(division)) {
            throw unknown.get();
        }
        AgencyUnit police = directory.competentPoliceUnit(division).orElseThrow(unknown);
        HandlingCode code = request.handlingCode() == null ? HandlingCode.H1 : request.handlingCode();
        List<OfficerRef> namedOfficers = namedOfficers(caller, code, orEmpty(request.namedOfficers()));
        String referralId = ids.next(division);
        return commands.submit(caller, idempotencyKey, referralId, code, request,
                meta -> ReferralSubmitted.newBuilder().setMeta(meta).setReferralType(request.type())
                        .setSender(caller.unit()).setReceiver(UnitIds.refOf(police.id()))
                        .setCaseData(caseData(request.caseData()))
                        .setParties(orEmpty(request.parties()).stream().map(PartyInput::toContract).toList())
                        .setDocuments(orEmpty(request.documents()).stream().map(DocumentInput::toContract).toList())
                        .setEvidence(orEmpty(request.evidence()).stream().map(EvidenceInput::toContract).toList())
                        .setApprovedAt(request.approvedAt())
                        .setNamedOfficers(namedOfficers)
                        .build());
    }

    /**
     * The officers named in the request, each of a directory unit and each once; on an H3 referral also the
     * submitting officer, who must be able to follow it. Whether they suffice is the lifecycle's content rule
     * (422 otherwise).
     */
    private List<OfficerRef> namedOfficers(Caller caller, HandlingCode code, List<SubmitReferralRequest.OfficerInput> input) {
        Set<OfficerRef> named = new LinkedHashSet<>();
        for (int i = 0; i < input.size(); i++) {
            AgencyRef unit = DirectoryFields.unit(directory, "namedOfficers[" + i + "].unit", input.get(i).unit());
            named.add(new OfficerRef(unit, input.get(i).username()));
        }
        if (code == HandlingCode.H3) {
            named.add(new OfficerRef(caller.unit(), caller.username()));
        }
        return List.copyOf(named);
    }

    private static CaseData caseData(SubmitReferralRequest.CaseDataInput input) {
        return CaseData.newBuilder()
                .setAdministrativeCaseNumber(input.administrativeCaseNumber())
                .setCause(input.cause())
                .setSuspectedOffence(input.suspectedOffence().toContract())
                .setQuantities(QuantitiesInput.toContract(input.quantities()))
                .setLocation(input.location().toContract())
                .build();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
