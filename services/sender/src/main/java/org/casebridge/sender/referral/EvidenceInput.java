package org.casebridge.sender.referral;

import jakarta.validation.constraints.NotBlank;

import org.casebridge.contracts.common.EvidenceItem;

/** A seized or collected item, with who keeps it and where. */
record EvidenceInput(@NotBlank String description, Double quantity, String unit, @NotBlank String custodian,
                     @NotBlank String storageLocation, boolean perishable) {

    EvidenceItem toContract() {
        return EvidenceItem.newBuilder().setDescription(description).setQuantity(quantity).setUnit(unit)
                .setCustodian(custodian).setStorageLocation(storageLocation).setPerishable(perishable).build();
    }
}
