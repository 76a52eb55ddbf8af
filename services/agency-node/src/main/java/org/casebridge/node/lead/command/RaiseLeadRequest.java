package org.casebridge.node.lead.command;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.node.input.DocumentInput;
import org.casebridge.node.input.LocationInput;
import org.casebridge.node.input.OffenceInput;
import org.casebridge.node.input.PartyInput;
import org.casebridge.node.input.QuantitiesInput;

/**
 * The body of {@code POST /api/leads}: what was found during an inspection and who is to hear of it. Field names
 * follow the LeadNotified contract.
 *
 * @param handlingCode H0 to H2; H1 when absent (H3 needs named officers, which leads do not name)
 * @param recipients   named units, or every agency of some types covering a division
 * @param parcelId     the cadastral parcel (宗地), if any
 * @param suspects     suspects; their id numbers make two leads the same
 */
record RaiseLeadRequest(HandlingCode handlingCode, @NotNull @Valid Recipients recipients,
                        @NotNull @Valid OffenceInput suspectedOffence, @NotNull @Valid LocationInput location,
                        String parcelId, @NotBlank String description, List<@Valid @NotNull PartyInput> suspects,
                        @Valid QuantitiesInput quantities, List<@Valid @NotNull DocumentInput> documents) {

    /**
     * Exactly one of: {@code units}, unit ids of the agency directory (e.g. {@code POLICE:150203}); or
     * {@code divisionCode}, whose covering agency of each of {@code agencyTypes} (POLICE, FORESTRY,
     * NATURAL_RESOURCES and ECOLOGY when absent) is addressed.
     */
    record Recipients(List<@NotBlank String> units,
                      @Pattern(regexp = "\\d{6}", message = "must be six digits (GB/T 2260)") String divisionCode,
                      List<@NotNull AgencyType> agencyTypes) {
    }
}
