package org.casebridge.endtoend;

/**
 * Request bodies of the end-to-end tests: a referral of illegal logging (345) in the division given, with a
 * person as party whose personal data only addressed agencies may read, and the documents and evidence items
 * the follow-up commands carry.
 */
final class Referrals {

    static final String CAUSE = "涉嫌滥伐林木（油松38.6立方米）";
    static final String PARTY_NAME = "赵铁柱";
    static final String PARTY_ID_NUMBER = "150203198805120035";
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String EVIDENCE = """
            {"description":"油松原木","quantity":38.6,"unit":"m³","custodian":"林草局涉案财物保管室","storageLocation":"二号库房","perishable":false}""";

    private Referrals() {
    }

    /** An H1 referral (the default code) of a case in {@code division}. */
    static String referral(String division) {
        return referral(division, "H1");
    }

    static String referral(String division, String handlingCode) {
        return referral(division, handlingCode, "[]");
    }

    /** @param namedOfficers a JSON array of {@code {"unit": ..., "username": ...}} */
    static String referral(String division, String handlingCode, String namedOfficers) {
        return """
                {"type":"THRESHOLD_MET","handlingCode":"%s",
                 "caseData":{"administrativeCaseNumber":"包昆林立〔2026〕576号","cause":"%s",
                   "suspectedOffence":{"article":345,"paragraph":2,"description":"滥伐林木，数量较大"},
                   "quantities":{"timberVolumeM3":38.6,"treeCount":345},
                   "location":{"divisionCode":"%s","address":"包头市昆都仑区卜尔汉图镇阿都赖村北山","latitude":40.7421,"longitude":109.7903}},
                 "parties":[{"kind":"PERSON","name":"%s","idNumber":"%s","phone":"13847200000"}],
                 "documents":[%s],
                 "evidence":[%s],
                 "namedOfficers":%s}
                """.formatted(handlingCode, CAUSE, division, PARTY_NAME, PARTY_ID_NUMBER, document("TRANSFER_LETTER"),
                EVIDENCE, namedOfficers);
    }

    static String document(String type) {
        return "{\"type\":\"%s\",\"number\":\"包林移〔2026〕12号\",\"issuer\":\"包头市昆都仑区林业和草原局\",\"issuedOn\":\"2026-03-03\",\"sha256\":\"%s\",\"uri\":\"casebridge://forestry/150203/documents/95086\"}"
                .formatted(type, SHA);
    }
}
