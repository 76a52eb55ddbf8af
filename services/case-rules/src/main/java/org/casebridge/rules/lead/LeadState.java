package org.casebridge.rules.lead;

import java.util.ArrayList;
import java.util.List;

import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.lead.LeadOutcome;

/**
 * What the lead lifecycle needs to know about a lead to judge its next event. Immutable; each accepted event
 * yields a new one.
 *
 * @param leadId         the case id
 * @param status         the current status
 * @param notifier       the unit that raised the lead
 * @param addressees     the units it was raised to (resolved when raised, also for "every agency of a region")
 * @param acknowledgedBy the addressees that acknowledged it, in order
 * @param handlingCode   who may see it
 * @param investigator   the police unit investigating it, once one started
 * @param outcome        FILED or NOT_FILED once reported
 * @param mergedInto     the earlier lead it duplicates, once merged
 * @param referralId     the referral it became, once converted
 */
public record LeadState(String leadId, LeadStatus status, AgencyRef notifier, List<AgencyRef> addressees,
                        List<AgencyRef> acknowledgedBy, HandlingCode handlingCode, AgencyRef investigator,
                        LeadOutcome outcome, String mergedInto, String referralId) {

    public LeadState {
        addressees = List.copyOf(addressees);
        acknowledgedBy = List.copyOf(acknowledgedBy);
    }

    static LeadState notified(String leadId, AgencyRef notifier, List<AgencyRef> addressees, HandlingCode code) {
        return new LeadState(leadId, LeadStatus.NOTIFIED, notifier, addressees, List.of(), code, null, null, null, null);
    }

    /** Whether the unit is one the lead was raised to. */
    public boolean addresses(AgencyRef unit) {
        return addressees.contains(unit);
    }

    LeadState acknowledgedBy(AgencyRef unit) {
        List<AgencyRef> acknowledged = new ArrayList<>(acknowledgedBy);
        acknowledged.add(unit);
        return new LeadState(leadId, LeadStatus.ACKNOWLEDGED, notifier, addressees, acknowledged, handlingCode,
                investigator, outcome, mergedInto, referralId);
    }

    LeadState investigatedBy(AgencyRef unit) {
        return new LeadState(leadId, LeadStatus.INVESTIGATING, notifier, addressees, acknowledgedBy, handlingCode,
                unit, outcome, mergedInto, referralId);
    }

    LeadState reported(LeadOutcome reported) {
        return new LeadState(leadId, LeadStatus.OUTCOME_REPORTED, notifier, addressees, acknowledgedBy, handlingCode,
                investigator, reported, mergedInto, referralId);
    }

    LeadState mergedInto(String survivingLeadId) {
        return new LeadState(leadId, LeadStatus.MERGED, notifier, addressees, acknowledgedBy, handlingCode,
                investigator, outcome, survivingLeadId, referralId);
    }

    LeadState convertedTo(String referral) {
        return new LeadState(leadId, LeadStatus.CONVERTED_TO_REFERRAL, notifier, addressees, acknowledgedBy,
                handlingCode, investigator, outcome, mergedInto, referral);
    }
}
