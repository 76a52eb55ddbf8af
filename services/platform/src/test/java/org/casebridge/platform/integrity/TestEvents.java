package org.casebridge.platform.integrity;

import java.time.Instant;
import java.util.UUID;

import org.apache.avro.util.ClassSecurityValidator;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.Location;
import org.casebridge.contracts.common.Offence;
import org.casebridge.contracts.common.Quantities;
import org.casebridge.contracts.referral.CaseData;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralType;

/** Real contract events of a Baotou logging case, with Chinese text. */
final class TestEvents {

    static final String CASE_ID = "包林移〔2025〕17号";
    static final AgencyRef BAOTOU_FORESTRY = new AgencyRef(AgencyType.FORESTRY, "150200");
    static final AgencyRef KUNDULUN_POLICE = new AgencyRef(AgencyType.POLICE, "150203");
    static final AgencyRef BAOTOU_COURT = new AgencyRef(AgencyType.COURT, "150200");
    static final AgencyRef BAOTOU_PROCURATORATE = new AgencyRef(AgencyType.PROCURATORATE, "150200");

    static {
        // Avro 1.12 builds and decodes only trusted classes; the serde, not this test, owns the production setting.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                type -> type.getName().startsWith("org.casebridge.contracts.")));
    }

    private TestEvents() {
    }

    static EventMeta meta(AgencyRef actingAgency, long sequence, String previousHash) {
        return EventMeta.newBuilder()
                .setEventId(UUID.randomUUID())
                .setCaseId(CASE_ID)
                .setSequence(sequence)
                .setPreviousHash(previousHash)
                .setOccurredAt(Instant.parse("2025-05-12T02:30:00Z"))
                .setActingAgency(actingAgency)
                .setOfficer("王建国")
                .setHandlingCode(HandlingCode.H1)
                .build();
    }

    static ReferralSubmitted referralSubmitted(EventMeta meta) {
        return ReferralSubmitted.newBuilder()
                .setMeta(meta)
                .setReferralType(ReferralType.THRESHOLD_MET)
                .setSender(BAOTOU_FORESTRY)
                .setReceiver(KUNDULUN_POLICE)
                .setCaseData(CaseData.newBuilder()
                        .setAdministrativeCaseNumber("包林罚〔2025〕102号")
                        .setCause("滥伐林木")
                        .setSuspectedOffence(new Offence(345, 2, "滥伐林木罪"))
                        .setQuantities(new Quantities(null, 23.5, 180, null))
                        .setLocation(new Location("150203", "昆都仑区卜尔汉图镇西北沟林场", null, "图斑-2025-0456"))
                        .build())
                .build();
    }

    static CaseFiled caseFiled(EventMeta meta) {
        return CaseFiled.newBuilder()
                .setMeta(meta)
                .setFilingDecisionNumber("包公昆立字〔2025〕88号")
                .setDecisionPeriod(DecisionPeriod.DAYS_3)
                .build();
    }

    static DeadlineWarning deadlineWarning(EventMeta meta) {
        return DeadlineWarning.newBuilder()
                .setMeta(meta)
                .setDeadline(Deadline.newBuilder().setKind(DeadlineKind.RECEIPT)
                        .setDueAt(Instant.parse("2025-05-13T02:30:00Z")).setResponsible(KUNDULUN_POLICE)
                        .setRule("receipt-24h@decree-310-2020").build())
                .build();
    }
}
