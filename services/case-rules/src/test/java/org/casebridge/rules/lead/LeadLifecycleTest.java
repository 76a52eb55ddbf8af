package org.casebridge.rules.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.rules.testing.LeadEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.LeadEvents.BAOTOU_NATURAL_RESOURCES;
import static org.casebridge.rules.testing.LeadEvents.BAOTOU_POLICE;
import static org.casebridge.rules.testing.LeadEvents.KUNDULUN_POLICE;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.lead.LeadConvertedToReferral;
import org.casebridge.contracts.lead.LeadMerged;
import org.casebridge.contracts.lead.LeadOutcome;
import org.casebridge.contracts.lead.LeadOutcomeReported;
import org.casebridge.contracts.lead.MatchBasis;
import org.casebridge.rules.lifecycle.Judgement;
import org.casebridge.rules.testing.LeadEvents;
import org.junit.jupiter.api.Test;

class LeadLifecycleTest {

    private static final String LEAD = "LD-150203-2026-000613";

    @Test
    void takesALeadFromNotificationThroughInvestigationToTheOutcome() {
        LeadState state = accepted(null, LeadEvents.notified(LEAD));
        assertThat(state.status()).isEqualTo(LeadStatus.NOTIFIED);
        assertThat(state.addressees()).containsExactly(KUNDULUN_POLICE, BAOTOU_NATURAL_RESOURCES);

        state = accepted(state, LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE));
        state = accepted(state, LeadEvents.acknowledged(LEAD, BAOTOU_NATURAL_RESOURCES));
        assertThat(state.acknowledgedBy()).containsExactly(KUNDULUN_POLICE, BAOTOU_NATURAL_RESOURCES);
        state = accepted(state, LeadEvents.investigation(LEAD, KUNDULUN_POLICE));
        assertThat(state.investigator()).isEqualTo(KUNDULUN_POLICE);
        state = accepted(state, LeadEvents.filed(LEAD, KUNDULUN_POLICE, "包公昆立字〔2026〕71号"));

        assertThat(state.status()).isEqualTo(LeadStatus.OUTCOME_REPORTED);
        assertThat(state.outcome()).isEqualTo(LeadOutcome.FILED);
    }

    @Test
    void refusesAnEventForALeadNeverNotified() {
        assertRefused(null, LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE), LeadLifecycle.UNKNOWN_LEAD, "never notified");
    }

    @Test
    void refusesASecondNotificationOfTheSameLead() {
        assertRefused(notified(), LeadEvents.notified(LEAD), "ILLEGAL_TRANSITION", "already notified");
    }

    @Test
    void refusesANotificationInAnotherUnitsNameOrWithoutAddressees() {
        var foreign = LeadEvents.notified(LEAD);
        foreign.setMeta(LeadEvents.meta(LEAD, BAOTOU_NATURAL_RESOURCES, 0));
        assertRefused(null, foreign, "WRONG_ACTOR", "in the name of FORESTRY:150200");
        assertRefused(null, LeadEvents.notified(LEAD, BAOTOU_FORESTRY, List.of(), null, null, 0), "INVALID_CONTENT",
                "address at least one agency");
        assertRefused(null, LeadEvents.notified(LEAD, BAOTOU_FORESTRY, List.of(BAOTOU_FORESTRY), null, null, 0),
                "INVALID_CONTENT", "does not address itself");
    }

    @Test
    void letsOnlyAnAddresseeAcknowledgeAndEachOnlyOnce() {
        assertRefused(notified(), LeadEvents.acknowledged(LEAD, BAOTOU_POLICE), "WRONG_ACTOR",
                "belongs to an addressee that has not acknowledged it yet, not POLICE:150200");
        LeadState acknowledged = accepted(notified(), LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE));
        assertRefused(acknowledged, LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE), "WRONG_ACTOR", "not POLICE:150203");
    }

    @Test
    void letsOnlyAnAddressedPoliceUnitInvestigateAfterAnAcknowledgement() {
        assertRefused(notified(), LeadEvents.investigation(LEAD, KUNDULUN_POLICE), "ILLEGAL_TRANSITION",
                "LeadInvestigationStarted is not possible while the lead is NOTIFIED");
        LeadState acknowledged = accepted(notified(), LeadEvents.acknowledged(LEAD, BAOTOU_NATURAL_RESOURCES));
        assertRefused(acknowledged, LeadEvents.investigation(LEAD, BAOTOU_NATURAL_RESOURCES), "WRONG_ACTOR",
                "an addressed police unit");
    }

    @Test
    void letsOnlyTheInvestigatingUnitReportAndAFilingNamesItsDecision() {
        LeadState investigating = accepted(accepted(notified(), LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE)),
                LeadEvents.investigation(LEAD, KUNDULUN_POLICE));
        assertRefused(investigating, LeadEvents.filed(LEAD, BAOTOU_FORESTRY, "x"), "WRONG_ACTOR", "belongs to POLICE:150203");
        assertRefused(investigating, LeadEvents.filed(LEAD, KUNDULUN_POLICE, null), "INVALID_CONTENT",
                "names the filing decision number");
        LeadOutcomeReported notFiled = LeadOutcomeReported.newBuilder().setMeta(LeadEvents.meta(LEAD, KUNDULUN_POLICE, 99))
                .setOutcome(LeadOutcome.NOT_FILED).setDetails("经核查，系林权人依证采伐").build();
        assertThat(accepted(investigating, notFiled).outcome()).isEqualTo(LeadOutcome.NOT_FILED);
    }

    @Test
    void mergesADuplicateIntoAnotherLeadButNeverIntoItselfOrAfterTheOutcome() {
        LeadState merged = accepted(notified(), merged(BAOTOU_FORESTRY, "LD-150203-2026-000100"));
        assertThat(merged.status()).isEqualTo(LeadStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo("LD-150203-2026-000100");
        assertRefused(notified(), merged(BAOTOU_FORESTRY, LEAD), "INVALID_CONTENT", "into itself");
        assertRefused(notified(), merged(BAOTOU_POLICE, "LD-150203-2026-000100"), "WRONG_ACTOR", "the notifier or an addressee");
        assertRefused(merged, LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE), "ILLEGAL_TRANSITION", "while the lead is MERGED");
    }

    @Test
    void convertsALeadIntoAReferralBeforeTheInvestigationOnly() {
        LeadState converted = accepted(notified(), converted());
        assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED_TO_REFERRAL);
        assertThat(converted.referralId()).isEqualTo("RF-150203-2026-000321");
        LeadState investigating = accepted(accepted(notified(), LeadEvents.acknowledged(LEAD, KUNDULUN_POLICE)),
                LeadEvents.investigation(LEAD, KUNDULUN_POLICE));
        assertRefused(investigating, converted(), "ILLEGAL_TRANSITION", "while the lead is INVESTIGATING");
    }

    private static LeadState notified() {
        return accepted(null, LeadEvents.notified(LEAD));
    }

    private static LeadMerged merged(AgencyRef by, String into) {
        return LeadMerged.newBuilder().setMeta(LeadEvents.meta(LEAD, by, 5)).setSurvivingLeadId(into)
                .setMatchedOn(MatchBasis.PATCH).build();
    }

    private static LeadConvertedToReferral converted() {
        return LeadConvertedToReferral.newBuilder().setMeta(LeadEvents.meta(LEAD, BAOTOU_FORESTRY, 5))
                .setReferralId("RF-150203-2026-000321").build();
    }

    private static LeadState accepted(LeadState state, SpecificRecord event) {
        Judgement<LeadState> judgement = LeadLifecycle.judge(state, event, meta(event));
        assertThat(judgement.accepted()).as(judgement.reason()).isTrue();
        return judgement.state();
    }

    private static void assertRefused(LeadState state, SpecificRecord event, String code, String reason) {
        Judgement<LeadState> judgement = LeadLifecycle.judge(state, event, meta(event));
        assertThat(judgement.code()).isEqualTo(code);
        assertThat(judgement.reason()).contains(reason);
        assertThat(judgement.state()).isEqualTo(state);
    }

    private static EventMeta meta(SpecificRecord event) {
        return (EventMeta) event.get(event.getSchema().getField("meta").pos());
    }
}
