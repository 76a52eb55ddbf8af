package org.casebridge.rules.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casebridge.contracts.TrustedContracts;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.Coordinates;
import org.casebridge.contracts.common.DocumentRef;
import org.casebridge.contracts.common.DocumentType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.EvidenceItem;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.Location;
import org.casebridge.contracts.common.Offence;
import org.casebridge.contracts.common.Party;
import org.casebridge.contracts.common.PartyKind;
import org.casebridge.contracts.common.PriorPenalty;
import org.casebridge.contracts.common.Quantities;
import org.casebridge.contracts.referral.CaseData;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralType;

/**
 * Realistic events for tests and benchmarks: an illegal logging case in Kundulun district, Baotou, with
 * Chinese text throughout. A {@link #referralSubmitted(String)} encodes to about 2 KB of Avro.
 */
public final class SampleEvents {

    /** GB/T 2260 code of 昆都仑区, 包头市. */
    public static final String KUNDULUN = "150203";
    /** 包头市林业和草原局, a unit of the bundled agency directory: the sender and signer of the sample referral. */
    public static final AgencyRef BAOTOU_FORESTRY = agency(AgencyType.FORESTRY, "150200");
    /** 包头市公安局昆都仑区分局, the police unit competent for Kundulun. */
    public static final AgencyRef KUNDULUN_POLICE = agency(AgencyType.POLICE, KUNDULUN);
    /** 包头市中级人民法院. */
    public static final AgencyRef BAOTOU_COURT = agency(AgencyType.COURT, "150200");
    /** 包头市人民检察院. */
    public static final AgencyRef BAOTOU_PROCURATORATE = agency(AgencyType.PROCURATORATE, "150200");
    /** 包头市公安局, the city-level police unit. */
    public static final AgencyRef BAOTOU_POLICE = agency(AgencyType.POLICE, "150200");
    public static final String LOCATION_TEXT = "包头市昆都仑区 林木 345条";
    private static final Instant OCCURRED_AT = Instant.parse("2026-03-02T01:30:00Z");
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static {
        TrustedContracts.ensureInstalled();
    }

    private SampleEvents() {
    }

    /** The first event of a referral with this case id, written by the Kundulun forestry bureau. */
    public static ReferralSubmitted referralSubmitted(String caseId) {
        return ReferralSubmitted.newBuilder()
                .setMeta(meta(caseId))
                .setReferralType(ReferralType.THRESHOLD_MET)
                .setSender(BAOTOU_FORESTRY)
                .setReceiver(KUNDULUN_POLICE)
                .setCaseData(caseData(caseId))
                .setParties(List.of(
                        party(PartyKind.PERSON, "林木", "150203198805120035", "包头市昆都仑区钢铁大街45号", "13847200000"),
                        party(PartyKind.PERSON, "王建国", "150203197911230412", "包头市昆都仑区阿尔丁大街8号", "13904720011"),
                        party(PartyKind.ORGANISATION, "包头市昆都仑区青山木材加工有限公司", "91150203MA0N123456",
                                "包头市昆都仑区卜尔汉图镇工业园区3号", "04725100200")))
                .setPriorPenalties(List.of(PriorPenalty.newBuilder()
                        .setDecisionNumber("包昆林罚决字〔2024〕17号")
                        .setIssuer("包头市昆都仑区林业和草原局")
                        .setDecidedOn(LocalDate.of(2024, 6, 18))
                        .setFineFen(1_250_000)
                        .setDescription("未经批准擅自采伐林木，处罚款壹万贰仟伍佰元")
                        .build()))
                .setDocuments(List.of(
                        document(DocumentType.TRANSFER_LETTER, "包林移〔2026〕12号", LocalDate.of(2026, 3, 3)),
                        document(DocumentType.INVESTIGATION_REPORT, "包林调〔2026〕31号", LocalDate.of(2026, 3, 1)),
                        document(DocumentType.EXPERT_OPINION, "内林鉴〔2026〕5号", LocalDate.of(2026, 2, 27)),
                        document(DocumentType.SEIZED_ITEMS_LIST, "包林扣〔2026〕9号", LocalDate.of(2026, 2, 26))))
                .setEvidence(List.of(
                        evidence("油松原木", 38.6, "m³"),
                        evidence("伐桩照片及GPS定位记录", 345.0, "株"),
                        evidence("油锯", 2.0, "台")))
                .setApprovedAt(OCCURRED_AT.minusSeconds(3_600))
                .build();
    }

    /** {@link #referralSubmitted(String)} for a fixed case id. */
    public static ReferralSubmitted referralSubmitted() {
        return referralSubmitted("RF-150203-2026-000123");
    }

    private static EventMeta meta(String caseId) {
        return meta(caseId, 1, BAOTOU_FORESTRY);
    }

    /** Meta of the {@code sequence}-th event of a case, acted by {@code actingAgency} (chain hash left empty). */
    public static EventMeta meta(String caseId, long sequence, AgencyRef actingAgency) {
        return EventMeta.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes((caseId + "#" + sequence).getBytes(StandardCharsets.UTF_8)))
                .setCaseId(caseId)
                .setSequence(sequence)
                .setPreviousHash(null)
                .setOccurredAt(OCCURRED_AT.plusSeconds(3600 * (sequence - 1)))
                .setActingAgency(actingAgency)
                .setOfficer("张晓明")
                .setHandlingCode(HandlingCode.H1)
                .setTraceParent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .build();
    }

    private static AgencyRef agency(AgencyType type, String divisionCode) {
        return AgencyRef.newBuilder().setType(type).setDivisionCode(divisionCode).build();
    }

    private static CaseData caseData(String caseId) {
        return CaseData.newBuilder()
                .setAdministrativeCaseNumber("包昆林立〔2026〕" + Math.floorMod(caseId.hashCode(), 1000) + "号")
                .setCause("涉嫌滥伐林木")
                .setSuspectedOffence(Offence.newBuilder()
                        .setArticle(345).setParagraph(2)
                        .setDescription("违反森林法的规定，滥伐森林或者其他林木，数量较大")
                        .build())
                .setQuantities(Quantities.newBuilder()
                        .setAreaMu(12.5).setTimberVolumeM3(38.6).setTreeCount(345).setAmountFen(4_830_000L)
                        .build())
                .setLocation(Location.newBuilder()
                        .setDivisionCode(KUNDULUN)
                        .setAddress(LOCATION_TEXT + "，卜尔汉图镇阿都赖村北山林班第7小班")
                        .setCoordinates(Coordinates.newBuilder().setLatitude(40.7421).setLongitude(109.7903).build())
                        .setInspectionPatchId("150203-2026-TB-0457")
                        .build())
                .build();
    }

    private static Party party(PartyKind kind, String name, String idNumber, String address, String phone) {
        return Party.newBuilder()
                .setKind(kind).setName(name).setIdNumber(idNumber).setAddress(address).setPhone(phone)
                .setPersonalData(kind == PartyKind.PERSON)
                .build();
    }

    private static DocumentRef document(DocumentType type, String number, LocalDate issuedOn) {
        return DocumentRef.newBuilder()
                .setType(type).setNumber(number).setIssuer("包头市昆都仑区林业和草原局").setIssuedOn(issuedOn)
                .setSha256(SHA256)
                .setUri("casebridge://forestry/150203/documents/" + Math.floorMod(number.hashCode(), 100_000))
                .build();
    }

    private static EvidenceItem evidence(String description, double quantity, String unit) {
        return EvidenceItem.newBuilder()
                .setDescription(description).setQuantity(quantity).setUnit(unit)
                .setCustodian("包头市昆都仑区林业和草原局涉案财物保管室")
                .setStorageLocation("昆都仑区林草局院内二号库房")
                .setPerishable(false)
                .build();
    }
}
