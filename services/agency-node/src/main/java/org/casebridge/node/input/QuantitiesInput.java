package org.casebridge.node.input;

import org.casebridge.contracts.common.Quantities;

/** Quantities as a request gives them; each optional. */
public record QuantitiesInput(Double areaMu, Double timberVolumeM3, Integer treeCount, Long amountFen) {

    /** The contract record; an empty one for null. */
    public static Quantities toContract(QuantitiesInput input) {
        return input == null ? Quantities.newBuilder().build() : Quantities.newBuilder().setAreaMu(input.areaMu())
                .setTimberVolumeM3(input.timberVolumeM3()).setTreeCount(input.treeCount())
                .setAmountFen(input.amountFen()).build();
    }
}
