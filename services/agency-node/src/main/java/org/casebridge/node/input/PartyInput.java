package org.casebridge.node.input;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.casebridge.contracts.common.Party;
import org.casebridge.contracts.common.PartyKind;

/**
 * A party (a referral's party, a lead's suspect) as a request gives it.
 *
 * @param personalData whether the party's data is personal (a person's); true when absent
 */
public record PartyInput(@NotNull PartyKind kind, @NotBlank String name, String idNumber, String address, String phone,
                         Boolean personalData) {

    public Party toContract() {
        return Party.newBuilder().setKind(kind).setName(name).setIdNumber(idNumber).setAddress(address).setPhone(phone)
                .setPersonalData(personalData == null || personalData).build();
    }
}
