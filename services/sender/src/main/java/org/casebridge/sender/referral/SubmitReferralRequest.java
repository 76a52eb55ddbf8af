package org.casebridge.sender.referral;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.ReferralType;
import org.casebridge.node.input.DocumentInput;
import org.casebridge.node.input.LocationInput;
import org.casebridge.node.input.OffenceInput;
import org.casebridge.node.input.PartyInput;
import org.casebridge.node.input.QuantitiesInput;
import org.casebridge.rules.referral.ReferralLifecycle;

/**
 * The body of {@code POST /api/referrals}: the case as the sender refers it. Field names follow the
 * ReferralSubmitted contract.
 *
 * @param type         THRESHOLD_MET or REASONABLE_SUSPICION
 * @param handlingCode H0 to H3; H1 when absent
 * @param approvedAt   when the agency approved the transfer internally (starts the 24-hour submission clock)
 * @param namedOfficers H3 only: the officers the referral is restricted to, one of the addressed police unit among
 *                      them; the submitting officer is always added
 */
record SubmitReferralRequest(@NotNull ReferralType type, HandlingCode handlingCode, @NotNull @Valid CaseDataInput caseData,
                             List<@Valid @NotNull PartyInput> parties, List<@Valid @NotNull DocumentInput> documents,
                             List<@Valid @NotNull EvidenceInput> evidence, Instant approvedAt,
                             List<@Valid @NotNull OfficerInput> namedOfficers) {

    record CaseDataInput(@NotBlank String administrativeCaseNumber, @NotBlank String cause,
                         @NotNull @Valid OffenceInput suspectedOffence, @Valid QuantitiesInput quantities,
                         @NotNull @Valid LocationInput location) {
    }

    /**
     * @param unit     the officer's unit, e.g. {@code POLICE:150203}; must be a unit of the agency directory
     * @param username what the officer logs in with at that unit
     */
    record OfficerInput(@NotBlank String unit, @NotBlank @Size(max = ReferralLifecycle.MAX_USERNAME_LENGTH) String username) {
    }
}
