package org.casebridge.node.lead.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.casebridge.contracts.lead.MatchBasis;

/**
 * A lead to merge into an earlier one ({@code POST /api/leads/{id}/merge}, and the merge that follows a raise).
 *
 * @param survivingLeadId the earlier lead, whose notifier keeps the credit
 * @param matchedOn       what they share: PATCH, PARCEL or SUSPECT
 */
record MergeRequest(@NotBlank String survivingLeadId, @NotNull MatchBasis matchedOn) {
}
