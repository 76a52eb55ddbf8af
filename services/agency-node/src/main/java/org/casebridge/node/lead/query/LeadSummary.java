package org.casebridge.node.lead.query;

import java.time.Instant;
import java.util.List;

import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.lead.LeadOutcome;
import org.casebridge.rules.lead.LeadStatus;

/**
 * One lead in a list.
 *
 * @param leadId         the case id
 * @param status         where it stands
 * @param notifier       the unit that raised it, e.g. {@code FORESTRY:150200}
 * @param addressees     the units it was raised to
 * @param acknowledgedBy the addressees that acknowledged it
 * @param handlingCode   who may see it
 * @param notifiedAt     when it was raised
 * @param investigator   the police unit investigating it, or null
 * @param outcome        FILED or NOT_FILED once reported, else null
 * @param mergedInto     the earlier lead it duplicates, or null
 * @param referralId     the referral it became, or null
 */
public record LeadSummary(String leadId, LeadStatus status, String notifier, List<String> addressees,
                          List<String> acknowledgedBy, HandlingCode handlingCode, Instant notifiedAt,
                          String investigator, LeadOutcome outcome, String mergedInto, String referralId) {
}
