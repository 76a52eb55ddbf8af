package org.casebridge.node.input;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.casebridge.contracts.common.Quantities;

/**
 * Quantities as a request gives them; each optional, none negative.
 *
 * @param areaMu         area in mu (亩), at most 10,000,000
 * @param timberVolumeM3 timber in cubic metres, at most 1,000,000
 * @param treeCount      trees, at most 10,000,000
 * @param amountFen      money in fen (分), at most 10^14 (a trillion yuan)
 */
public record QuantitiesInput(@DecimalMin("0") @DecimalMax("10000000") Double areaMu,
                              @DecimalMin("0") @DecimalMax("1000000") Double timberVolumeM3,
                              @PositiveOrZero @Max(10_000_000) Integer treeCount,
                              @PositiveOrZero @Max(100_000_000_000_000L) Long amountFen) {

    /** The contract record; an empty one for null. */
    public static Quantities toContract(QuantitiesInput input) {
        return input == null ? Quantities.newBuilder().build() : Quantities.newBuilder().setAreaMu(input.areaMu())
                .setTimberVolumeM3(input.timberVolumeM3()).setTreeCount(input.treeCount())
                .setAmountFen(input.amountFen()).build();
    }
}
