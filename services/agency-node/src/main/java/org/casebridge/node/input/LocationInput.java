package org.casebridge.node.input;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.casebridge.contracts.common.Coordinates;
import org.casebridge.contracts.common.Location;

/**
 * Where the conduct took place, as a request gives it.
 *
 * @param divisionCode      GB/T 2260, six digits; the API checks it is a division of the agency directory
 * @param latitude          WGS 84 degrees, -90 to 90; optional
 * @param longitude         WGS 84 degrees, -180 to 180; optional
 * @param inspectionPatchId the inspection patch (图斑), if any
 */
public record LocationInput(
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits (GB/T 2260)") String divisionCode,
        @NotBlank String address, @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude, String inspectionPatchId) {

    public Location toContract() {
        return Location.newBuilder().setDivisionCode(divisionCode).setAddress(address)
                .setCoordinates(latitude == null || longitude == null ? null : new Coordinates(latitude, longitude))
                .setInspectionPatchId(inspectionPatchId).build();
    }
}
