package org.casebridge.projections.lead;

import org.casebridge.contracts.lead.MatchBasis;

/**
 * An earlier lead that a new one duplicates.
 *
 * @param leadId  the earlier lead, into which the new one is merged
 * @param basis   what they share: the inspection patch, the parcel or a suspect's id number
 */
public record LeadMatch(String leadId, MatchBasis basis) {
}
