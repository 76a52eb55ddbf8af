package org.casebridge.rules.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_COURT;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_POLICE;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_PROCURATORATE;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.DocumentRef;
import org.casebridge.contracts.common.DocumentType;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.EvidenceItem;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.common.OfficerRef;
import org.casebridge.contracts.referral.AdministrativePenaltyImposed;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.CaseNotFiled;
import org.casebridge.contracts.referral.CaseSubmittedForTrial;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.EvidenceHandedOver;
import org.casebridge.contracts.referral.ExplanationProvided;
import org.casebridge.contracts.referral.ExplanationRequested;
import org.casebridge.contracts.referral.FilingOrdered;
import org.casebridge.contracts.referral.JudgmentIssued;
import org.casebridge.contracts.referral.JudicialSuggestionIssued;
import org.casebridge.contracts.referral.NonFilingReason;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReconsiderationDecided;
import org.casebridge.contracts.referral.ReconsiderationOutcome;
import org.casebridge.contracts.referral.ReconsiderationRequested;
import org.casebridge.contracts.referral.ReferralForwarded;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.contracts.referral.RefusalReasonsFoundValid;
import org.casebridge.contracts.referral.SuggestionAnswered;
import org.casebridge.contracts.referral.SupervisionRequested;
import org.casebridge.contracts.referral.SupplementProvided;
import org.casebridge.contracts.referral.SupplementRequested;
import org.casebridge.contracts.referral.Verdict;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.visibility.NamedOfficer;
import org.junit.jupiter.api.Test;

class ReferralLifecycleTest {

    private static final String CASE = "RF-150203-2026-000123";

    private long sequence;
    private ReferralState state;

    @Test
    void forestryReferralRunsFromSubmissionToJudgment() {
        submit();
        accept(BAOTOU_FORESTRY.equals(state.sender()) ? receipt(KUNDULUN_POLICE) : null);
        accept(supplementRequested(KUNDULUN_POLICE));
        assertThat(state.status()).isEqualTo(ReferralStatus.SUPPLEMENT_REQUESTED);
        accept(SupplementProvided.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).build());
        accept(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_3, null));
        accept(evidenceHandedOver(BAOTOU_FORESTRY));
        accept(CaseSubmittedForTrial.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setCourt(BAOTOU_COURT)
                .setIndictmentNumber("包昆检刑诉〔2026〕88号").build());
        accept(judgment(BAOTOU_COURT));
        accept(JudicialSuggestionIssued.newBuilder().setMeta(meta(BAOTOU_COURT)).setTo(BAOTOU_FORESTRY)
                .setSuggestionNumber("司建〔2026〕3号").setContent("加强林区巡护").setReplyDue(LocalDate.of(2026, 6, 1)).build());
        assertThat(state.openSuggestions()).containsKey("司建〔2026〕3号");
        accept(SuggestionAnswered.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setSuggestionNumber("司建〔2026〕3号")
                .setAnswer("已落实网格化巡护").build());

        assertThat(state.status()).isEqualTo(ReferralStatus.JUDGED);
        assertThat(state.evidenceHandedOver()).isTrue();
        assertThat(state.court()).isEqualTo(BAOTOU_COURT);
        assertThat(state.openSuggestions()).isEmpty();
    }

    @Test
    void refusalUpheldOnReconsiderationEndsInAdministrativePenalty() {
        submit();
        accept(receipt(KUNDULUN_POLICE));
        accept(notFiled(KUNDULUN_POLICE));
        accept(ReconsiderationRequested.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setGrounds("数量已达立案标准").build());
        accept(reconsideration(KUNDULUN_POLICE, ReconsiderationOutcome.UPHELD, null));
        accept(AdministrativePenaltyImposed.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setDecisionNumber("包林罚〔2026〕9号")
                .setDecidedOn(LocalDate.of(2026, 4, 1)).setFineFen(500_000).setDescription("罚款伍仟元").build());

        assertThat(state.status()).isEqualTo(ReferralStatus.PENALTY_IMPOSED);
    }

    @Test
    void reversedReconsiderationFilesTheCase() {
        submit();
        accept(receipt(KUNDULUN_POLICE));
        accept(notFiled(KUNDULUN_POLICE));
        accept(ReconsiderationRequested.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setGrounds("证据充分").build());
        accept(reconsideration(KUNDULUN_POLICE, ReconsiderationOutcome.REVERSED, "包公昆立字〔2026〕45号"));

        assertThat(state.status()).isEqualTo(ReferralStatus.FILED);
    }

    @Test
    void theProcuratorateAsksForAnExplanationAndFindsTheRefusalsReasonsValidWhichLetsTheAgencyImposeThePenalty() {
        submit();
        accept(receipt(KUNDULUN_POLICE));
        accept(notFiled(KUNDULUN_POLICE));
        reject(explanationRequested(BAOTOU_PROCURATORATE), RejectionCode.ILLEGAL_TRANSITION);
        accept(SupervisionRequested.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setProcuratorate(BAOTOU_PROCURATORATE)
                .setGrounds("应当立案而不立案").build());
        reject(explanationRequested(KUNDULUN_POLICE), RejectionCode.WRONG_ACTOR);
        reject(ExplanationRequested.newBuilder().setMeta(meta(BAOTOU_PROCURATORATE)).setRequestNumber("包检要说〔2026〕2号")
                .setQuestions(" ").build(), RejectionCode.INVALID_CONTENT);
        accept(explanationRequested(BAOTOU_PROCURATORATE));
        assertThat(state.status()).isEqualTo(ReferralStatus.EXPLANATION_REQUESTED);
        accept(ExplanationProvided.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setExplanation("情节显著轻微").build());
        reject(refusalFoundValid(KUNDULUN_POLICE), RejectionCode.WRONG_ACTOR);
        accept(refusalFoundValid(BAOTOU_PROCURATORATE));

        assertThat(state.status()).isEqualTo(ReferralStatus.REFUSAL_FOUND_VALID);
        reject(FilingOrdered.newBuilder().setMeta(meta(BAOTOU_PROCURATORATE)).setOrderNumber("包检通立〔2026〕2号")
                .setReasons("不立案理由不成立").build(), RejectionCode.ILLEGAL_TRANSITION);
        accept(AdministrativePenaltyImposed.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setDecisionNumber("包林罚〔2026〕9号")
                .setDecidedOn(LocalDate.of(2026, 3, 20)).setFineFen(500_000).setDescription("罚款五千元").build());
        assertThat(state.status()).isEqualTo(ReferralStatus.PENALTY_IMPOSED);
    }

    private ExplanationRequested explanationRequested(AgencyRef acting) {
        return ExplanationRequested.newBuilder().setMeta(meta(acting)).setRequestNumber("包检要说〔2026〕2号")
                .setQuestions("说明不立案的理由和依据").build();
    }

    private RefusalReasonsFoundValid refusalFoundValid(AgencyRef acting) {
        return RefusalReasonsFoundValid.newBuilder().setMeta(meta(acting)).setDecisionNumber("包检不立理〔2026〕2号")
                .setReasons("涉案林木蓄积未达立案追诉标准").build();
    }

    @Test
    void supervisionLeadsToAFilingOrderAndFiling() {
        submit();
        accept(receipt(KUNDULUN_POLICE));
        accept(notFiled(KUNDULUN_POLICE));
        accept(SupervisionRequested.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setProcuratorate(BAOTOU_PROCURATORATE)
                .setGrounds("应当立案而不立案").build());
        accept(ExplanationProvided.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setExplanation("情节显著轻微").build());
        reject(FilingOrdered.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setOrderNumber("包检通立〔2026〕2号")
                .setReasons("理由不成立").build(), RejectionCode.WRONG_ACTOR);
        accept(FilingOrdered.newBuilder().setMeta(meta(BAOTOU_PROCURATORATE)).setOrderNumber("包检通立〔2026〕2号")
                .setReasons("不立案理由不成立").build());
        accept(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_3, null));

        assertThat(state.procuratorate()).isEqualTo(BAOTOU_PROCURATORATE);
        assertThat(state.status()).isEqualTo(ReferralStatus.FILED);
    }

    @Test
    void forwardReaddressesTheReferralAndNeedsANewReceipt() {
        submit();
        accept(ReferralForwarded.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setTo(BAOTOU_POLICE)
                .setReason("涉案地跨区，由市局管辖").build());

        assertThat(state.receiver()).isEqualTo(BAOTOU_POLICE);
        assertThat(state.status()).isEqualTo(ReferralStatus.SUBMITTED);
        reject(receipt(KUNDULUN_POLICE), RejectionCode.WRONG_ACTOR);
        accept(receipt(BAOTOU_POLICE));
    }

    @Test
    void rejectsDecisionAfterWithdrawal() {
        submit();
        accept(receipt(KUNDULUN_POLICE));
        accept(ReferralWithdrawn.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setReason("当事人已补种").build());

        reject(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_3, null), RejectionCode.ILLEGAL_TRANSITION);
        assertThat(state.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void rejectsWithdrawalAfterFiling() {
        submit();
        accept(receipt(KUNDULUN_POLICE));
        accept(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_3, null));

        reject(ReferralWithdrawn.newBuilder().setMeta(meta(BAOTOU_FORESTRY)).setReason("撤回").build(),
                RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void onlyTheAddressedPoliceUnitDecides() {
        submit();
        accept(receipt(KUNDULUN_POLICE));

        reject(filed(BAOTOU_POLICE, DecisionPeriod.DAYS_3, null), RejectionCode.WRONG_ACTOR);
    }

    @Test
    void longDecisionPeriodsNeedANamedApprover() {
        submit();
        accept(receipt(KUNDULUN_POLICE));

        reject(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_30, " "), RejectionCode.INVALID_CONTENT);
        accept(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_30, "李局长"));
    }

    @Test
    void rejectsEventsOfAReferralNeverSubmitted() {
        LifecycleDecision decision = ReferralLifecycle.decide(null, receipt(KUNDULUN_POLICE), meta(KUNDULUN_POLICE));

        assertThat(decision.code()).isEqualTo(RejectionCode.UNKNOWN_REFERRAL);
    }

    @Test
    void rejectsASecondSubmissionOfTheSameReferral() {
        submit();

        var again = SampleEvents.referralSubmitted(CASE);
        assertThat(ReferralLifecycle.decide(state, again, again.getMeta()).code())
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void rejectsASubmissionInAnotherUnitsName() {
        var submitted = SampleEvents.referralSubmitted(CASE);
        submitted.getMeta().setActingAgency(KUNDULUN_POLICE);

        assertThat(ReferralLifecycle.decide(null, submitted, submitted.getMeta()).code())
                .isEqualTo(RejectionCode.WRONG_ACTOR);
    }

    @Test
    void restrictedReferralKeepsItsNamedOfficers() {
        var submitted = restricted(List.of(officer(BAOTOU_FORESTRY, "zhang.xiaoming"), officer(KUNDULUN_POLICE, "li.wei")));

        LifecycleDecision decision = ReferralLifecycle.decide(null, submitted, submitted.getMeta());

        assertThat(decision.accepted()).as(decision.reason()).isTrue();
        assertThat(decision.state().namedOfficers()).containsExactly(new NamedOfficer(BAOTOU_FORESTRY, "zhang.xiaoming"),
                new NamedOfficer(KUNDULUN_POLICE, "li.wei"));
    }

    @Test
    void restrictedReferralMustNameAnOfficerOfThePoliceUnitItGoesToEachOnceByUsername() {
        for (List<OfficerRef> named : List.of(List.<OfficerRef>of(), List.of(officer(BAOTOU_FORESTRY, "zhang.xiaoming")),
                List.of(officer(KUNDULUN_POLICE, " ")), List.of(officer(KUNDULUN_POLICE, "l".repeat(101))),
                List.of(officer(KUNDULUN_POLICE, "li.wei"), officer(KUNDULUN_POLICE, "li.wei")))) {
            var submitted = restricted(named);

            assertThat(ReferralLifecycle.decide(null, submitted, submitted.getMeta()).code()).as("%s", named)
                    .isEqualTo(RejectionCode.INVALID_CONTENT);
        }
    }

    @Test
    void onlyARestrictedReferralNamesOfficers() {
        var submitted = SampleEvents.referralSubmitted(CASE);
        submitted.setNamedOfficers(List.of(officer(KUNDULUN_POLICE, "li.wei")));

        LifecycleDecision decision = ReferralLifecycle.decide(null, submitted, submitted.getMeta());

        assertThat(decision.code()).isEqualTo(RejectionCode.INVALID_CONTENT);
        assertThat(decision.reason()).contains("only an H3 referral names officers");
    }

    @Test
    void restrictedReferralGoesOnOnlyToUnitsWithANamedOfficer() {
        var submitted = restricted(List.of(officer(KUNDULUN_POLICE, "li.wei")));
        sequence = 1;
        state = ReferralLifecycle.decide(null, submitted, submitted.getMeta()).state();

        reject(ReferralForwarded.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setTo(BAOTOU_POLICE)
                .setReason("由市局管辖").build(), RejectionCode.INVALID_CONTENT);
        accept(receipt(KUNDULUN_POLICE));
        accept(filed(KUNDULUN_POLICE, DecisionPeriod.DAYS_3, null));
        reject(CaseSubmittedForTrial.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setCourt(BAOTOU_COURT)
                .setIndictmentNumber("包昆检刑诉〔2026〕88号").build(), RejectionCode.INVALID_CONTENT);
    }

    @Test
    void deadlineEventsComeFromAProcuratorateAndChangeNothing() {
        submit();
        ReferralState before = state;

        reject(DeadlineWarning.newBuilder().setMeta(meta(KUNDULUN_POLICE)).setDeadline(deadline()).build(),
                RejectionCode.WRONG_ACTOR);
        accept(DeadlineWarning.newBuilder().setMeta(meta(BAOTOU_PROCURATORATE)).setDeadline(deadline()).build());
        assertThat(state).isEqualTo(before);
    }

    @Test
    void rejectionLeavesTheStateUnchanged() {
        submit();
        ReferralState before = state;

        LifecycleDecision decision = ReferralLifecycle.decide(state, judgment(BAOTOU_COURT), meta(BAOTOU_COURT));

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.state()).isSameAs(before);
        assertThat(decision.reason()).contains("JudgmentIssued", "SUBMITTED");
    }

    private void submit() {
        var submitted = SampleEvents.referralSubmitted(CASE);
        sequence = 1;
        LifecycleDecision decision = ReferralLifecycle.decide(null, submitted, submitted.getMeta());
        assertThat(decision.accepted()).as(decision.reason()).isTrue();
        state = decision.state();
        assertThat(state.receiver()).isEqualTo(KUNDULUN_POLICE);
    }

    private static ReferralSubmitted restricted(List<OfficerRef> namedOfficers) {
        var submitted = SampleEvents.referralSubmitted(CASE);
        submitted.getMeta().setHandlingCode(HandlingCode.H3);
        submitted.setNamedOfficers(namedOfficers);
        return submitted;
    }

    private static OfficerRef officer(AgencyRef unit, String username) {
        return OfficerRef.newBuilder().setUnit(unit).setUsername(username).build();
    }

    private void accept(SpecificRecord event) {
        LifecycleDecision decision = ReferralLifecycle.decide(state, event, metaOf(event));
        assertThat(decision.accepted()).as(decision.reason()).isTrue();
        state = decision.state();
    }

    private void reject(SpecificRecord event, RejectionCode expected) {
        LifecycleDecision decision = ReferralLifecycle.decide(state, event, metaOf(event));
        assertThat(decision.code()).as(String.valueOf(decision.reason())).isEqualTo(expected);
        assertThat(decision.state()).isSameAs(state);
    }

    private static EventMeta metaOf(SpecificRecord event) {
        return (EventMeta) event.get(event.getSchema().getField("meta").pos());
    }

    private EventMeta meta(AgencyRef acting) {
        return SampleEvents.meta(CASE, ++sequence, acting);
    }

    private ReceiptSigned receipt(AgencyRef police) {
        return ReceiptSigned.newBuilder().setMeta(meta(police)).setReceiptNumber("包公回〔2026〕7号").build();
    }

    private SupplementRequested supplementRequested(AgencyRef police) {
        return SupplementRequested.newBuilder().setMeta(meta(police)).setMissingItems(List.of("林木蓄积鉴定意见")).build();
    }

    private CaseFiled filed(AgencyRef police, DecisionPeriod period, String approver) {
        return CaseFiled.newBuilder().setMeta(meta(police)).setFilingDecisionNumber("包公昆立字〔2026〕45号")
                .setDecisionPeriod(period).setApprover(approver).build();
    }

    private CaseNotFiled notFiled(AgencyRef police) {
        return CaseNotFiled.newBuilder().setMeta(meta(police)).setReasonCode(NonFilingReason.MINOR)
                .setReasons("情节显著轻微，危害不大").setDecisionPeriod(DecisionPeriod.DAYS_3).setFilesReturned(true).build();
    }

    private ReconsiderationDecided reconsideration(AgencyRef police, ReconsiderationOutcome outcome, String number) {
        return ReconsiderationDecided.newBuilder().setMeta(meta(police)).setOutcome(outcome).setReasons("经复议")
                .setFilingDecisionNumber(number).build();
    }

    private EvidenceHandedOver evidenceHandedOver(AgencyRef agency) {
        DocumentRef list = DocumentRef.newBuilder().setType(DocumentType.HANDOVER_LIST).setNumber("移交清单〔2026〕1号")
                .setIssuer("包头市林业和草原局").setIssuedOn(LocalDate.of(2026, 3, 10)).setSha256("ab".repeat(32))
                .setUri("https://docs.example/handover/1").build();
        return EvidenceHandedOver.newBuilder().setMeta(meta(agency)).setHandoverList(list).setReceivedBy("王建国")
                .setItems(List.of(EvidenceItem.newBuilder().setDescription("油锯").setQuantity(2.0).setUnit("台")
                        .setCustodian("包头市林业和草原局").setStorageLocation("证物室").setPerishable(false).build()))
                .build();
    }

    private JudgmentIssued judgment(AgencyRef court) {
        return JudgmentIssued.newBuilder().setMeta(meta(court)).setJudgmentNumber("（2026）内02刑初12号")
                .setVerdict(Verdict.GUILTY).setSentence("有期徒刑一年六个月").setFineFen(1_000_000)
                .setAdministrativeFineOffsetFen(250_000).setIssuedOn(LocalDate.of(2026, 9, 1)).build();
    }

    private static Deadline deadline() {
        return Deadline.newBuilder()
                .setKind(DeadlineKind.DECISION)
                .setDueAt(Instant.parse("2026-03-06T15:59:59Z")).setResponsible(KUNDULUN_POLICE)
                .setRule("decision-3d@decree-310-2020").build();
    }
}
