package org.casebridge.node.input;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;

import org.casebridge.contracts.common.DocumentRef;
import org.casebridge.contracts.common.DocumentType;

/** A document of the case file, by reference: where it is and the SHA-256 of its bytes. */
public record DocumentInput(@NotNull DocumentType type, @NotBlank String number, @NotBlank String issuer,
                     @NotNull @PastOrPresent LocalDate issuedOn,
                     @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256,
                     @NotBlank String uri) {

    public DocumentRef toContract() {
        return DocumentRef.newBuilder().setType(type).setNumber(number).setIssuer(issuer).setIssuedOn(issuedOn)
                .setSha256(sha256).setUri(uri).build();
    }
}
