package org.casebridge.rules.referral;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.rules.visibility.NamedOfficer;

/**
 * What the lifecycle needs to know about a referral to judge its next event: status and the units that play
 * a part. Immutable; each accepted event yields a new one.
 *
 * @param referralId          the case id
 * @param status              the current status
 * @param sender              the administrative unit that referred the case
 * @param receiver            the police unit currently addressed (changes on a forward)
 * @param handlingCode        who may see the referral
 * @param procuratorate       the supervisor asked to act, once supervision was requested
 * @param court               the court trying the case, once submitted for trial
 * @param openSuggestions     judicial suggestions awaiting an answer, by suggestion number, with the addressee
 * @param evidenceHandedOver  whether the sender handed the seized items over after filing
 * @param namedOfficers       the only officers who may see an H3 referral (fixed at submission); empty otherwise
 */
public record ReferralState(String referralId, ReferralStatus status, AgencyRef sender, AgencyRef receiver,
                            HandlingCode handlingCode, AgencyRef procuratorate, AgencyRef court,
                            Map<String, AgencyRef> openSuggestions, boolean evidenceHandedOver,
                            List<NamedOfficer> namedOfficers) {

    public ReferralState {
        openSuggestions = Map.copyOf(openSuggestions);
        namedOfficers = List.copyOf(namedOfficers);
    }

    static ReferralState submitted(String referralId, AgencyRef sender, AgencyRef receiver, HandlingCode code,
                                   List<NamedOfficer> namedOfficers) {
        return new ReferralState(referralId, ReferralStatus.SUBMITTED, sender, receiver, code, null, null, Map.of(), false,
                namedOfficers);
    }

    ReferralState withStatus(ReferralStatus next) {
        return new ReferralState(referralId, next, sender, receiver, handlingCode, procuratorate, court,
                openSuggestions, evidenceHandedOver, namedOfficers);
    }

    ReferralState forwardedTo(AgencyRef policeUnit) {
        return new ReferralState(referralId, ReferralStatus.SUBMITTED, sender, policeUnit, handlingCode, procuratorate,
                court, openSuggestions, evidenceHandedOver, namedOfficers);
    }

    ReferralState supervisedBy(AgencyRef supervisor) {
        return new ReferralState(referralId, ReferralStatus.SUPERVISION_REQUESTED, sender, receiver, handlingCode,
                supervisor, court, openSuggestions, evidenceHandedOver, namedOfficers);
    }

    ReferralState triedBy(AgencyRef trialCourt) {
        return new ReferralState(referralId, ReferralStatus.SUBMITTED_FOR_TRIAL, sender, receiver, handlingCode,
                procuratorate, trialCourt, openSuggestions, evidenceHandedOver, namedOfficers);
    }

    ReferralState withEvidenceHandedOver() {
        return new ReferralState(referralId, status, sender, receiver, handlingCode, procuratorate, court,
                openSuggestions, true, namedOfficers);
    }

    ReferralState withSuggestion(String number, AgencyRef addressee, boolean open) {
        Map<String, AgencyRef> suggestions = new HashMap<>(openSuggestions);
        if (open) {
            suggestions.put(number, addressee);
        } else {
            suggestions.remove(number);
        }
        return new ReferralState(referralId, status, sender, receiver, handlingCode, procuratorate, court,
                suggestions, evidenceHandedOver, namedOfficers);
    }
}
