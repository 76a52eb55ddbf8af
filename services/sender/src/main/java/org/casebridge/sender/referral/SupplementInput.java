package org.casebridge.sender.referral;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.casebridge.node.input.DocumentInput;

/** The body of {@code POST /api/referrals/{id}/supplements}: the material the police asked for. */
record SupplementInput(List<@Valid @NotNull DocumentInput> documents, List<@Valid @NotNull EvidenceInput> evidence,
                       String notes) {
}
