package org.casebridge.sender.referral;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.common.EvidenceItem;

/**
 * A seized or collected item, with who keeps it and where.
 *
 * @param quantity how much of it, in {@code unit}: 0 to 1,000,000,000; optional
 */
record EvidenceInput(@NotBlank String description, @DecimalMin("0") @DecimalMax("1000000000") Double quantity, String unit, @NotBlank String custodian,
                     @NotBlank String storageLocation, boolean perishable) {

    EvidenceItem toContract() {
        return EvidenceItem.newBuilder().setDescription(description).setQuantity(quantity).setUnit(unit)
                .setCustodian(custodian).setStorageLocation(storageLocation).setPerishable(perishable).build();
    }
}
