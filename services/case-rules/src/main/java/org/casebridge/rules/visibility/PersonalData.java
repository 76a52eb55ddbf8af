package org.casebridge.rules.visibility;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The personal-data rule of docs/domain.md applied to parties as JSON (a referral's parties, a lead's suspects). */
public final class PersonalData {

    /** The fields of {@code Party} marked {@code pii} in the contract. */
    private static final List<String> PERSONAL_FIELDS = List.of("name", "idNumber", "address", "phone");

    private PersonalData() {
    }

    /**
     * Removes, in place, the personal fields of every party whose data is personal (absent flag: personal), unless
     * the visibility shows personal data.
     */
    public static JsonNode apply(Visibility visibility, JsonNode parties) {
        if (!visibility.showsPersonalData() && parties instanceof ArrayNode list) {
            list.forEach(party -> {
                if (party.path("personalData").asBoolean(true) && party instanceof ObjectNode fields) {
                    PERSONAL_FIELDS.forEach(fields::remove);
                }
            });
        }
        return parties;
    }
}
