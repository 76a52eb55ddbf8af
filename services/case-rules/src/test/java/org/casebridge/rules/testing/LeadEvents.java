package org.casebridge.rules.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casebridge.contracts.TrustedContracts;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.AgencyType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.Location;
import org.casebridge.contracts.common.Offence;
import org.casebridge.contracts.common.Party;
import org.casebridge.contracts.common.PartyKind;
import org.casebridge.contracts.lead.LeadAcknowledged;
import org.casebridge.contracts.lead.LeadInvestigationStarted;
import org.casebridge.contracts.lead.LeadNotified;
import org.casebridge.contracts.lead.LeadOutcome;
import org.casebridge.contracts.lead.LeadOutcomeReported;

/** Lead events of the tests: night-time logging in Kundulun reported by the Baotou forestry bureau. */
public final class LeadEvents {

    public static final AgencyRef BAOTOU_FORESTRY = unit(AgencyType.FORESTRY, "150200");
    public static final AgencyRef BAOTOU_NATURAL_RESOURCES = unit(AgencyType.NATURAL_RESOURCES, "150200");
    public static final AgencyRef KUNDULUN_POLICE = unit(AgencyType.POLICE, "150203");
    public static final AgencyRef BAOTOU_POLICE = unit(AgencyType.POLICE, "150200");
    public static final String PATCH = "150203-2026-TB-0613";
    public static final String SUSPECT_ID = "150203198805120035";
    public static final String DESCRIPTION = "夜间巡查发现有人在卜尔汉图镇北山盗伐油松，现场留有油锯和新鲜伐桩";
    private static final Instant AT = Instant.parse("2026-03-10T14:20:00Z");

    static {
        TrustedContracts.ensureInstalled();
    }

    private LeadEvents() {
    }

    public static LeadNotified notified(String leadId, AgencyRef notifier, List<AgencyRef> addressees, String patch,
                                 String suspectId, long minutesAfter) {
        return LeadNotified.newBuilder()
                .setMeta(meta(leadId, notifier, minutesAfter))
                .setNotifier(notifier)
                .setAddressees(addressees)
                .setSuspectedOffence(Offence.newBuilder().setArticle(345).setParagraph(1).setDescription("盗伐林木").build())
                .setLocation(Location.newBuilder().setDivisionCode("150203").setAddress("包头市昆都仑区卜尔汉图镇北山")
                        .setInspectionPatchId(patch).build())
                .setDescription(DESCRIPTION)
                .setSuspects(suspectId == null ? List.of() : List.of(Party.newBuilder().setKind(PartyKind.PERSON)
                        .setName("林木生").setIdNumber(suspectId).setPhone("13847200000").build()))
                .build();
    }

    public static LeadNotified notified(String leadId) {
        return notified(leadId, BAOTOU_FORESTRY, List.of(KUNDULUN_POLICE, BAOTOU_NATURAL_RESOURCES), PATCH, SUSPECT_ID, 0);
    }

    public static LeadAcknowledged acknowledged(String leadId, AgencyRef by) {
        return LeadAcknowledged.newBuilder().setMeta(meta(leadId, by, 30)).setNote("已收到，立即核查").build();
    }

    public static LeadInvestigationStarted investigation(String leadId, AgencyRef by) {
        return LeadInvestigationStarted.newBuilder().setMeta(meta(leadId, by, 60)).setNote("已派员勘查现场").build();
    }

    public static LeadOutcomeReported filed(String leadId, AgencyRef by, String decisionNumber) {
        return LeadOutcomeReported.newBuilder().setMeta(meta(leadId, by, 90)).setOutcome(LeadOutcome.FILED)
                .setDetails("已立案侦查").setFilingDecisionNumber(decisionNumber).build();
    }

    public static EventMeta meta(String leadId, AgencyRef acting, long minutesAfter) {
        return EventMeta.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes((leadId + "#" + minutesAfter + "#" + acting).getBytes(StandardCharsets.UTF_8)))
                .setCaseId(leadId).setSequence(1).setOccurredAt(AT.plusSeconds(60 * minutesAfter))
                .setActingAgency(acting).setOfficer("张晓明").setHandlingCode(HandlingCode.H1).build();
    }

    private static AgencyRef unit(AgencyType type, String code) {
        return AgencyRef.newBuilder().setType(type).setDivisionCode(code).build();
    }
}
