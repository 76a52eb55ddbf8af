package org.casebridge.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebridge.localstack.StackService;
import org.casebridge.localstack.users.DemoUsers;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyUnit;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<DemoStep> allSteps() {
        return Stream.concat(DemoScenario.referrals().stream(), DemoScenario.leads().stream())
                .flatMap(c -> c.steps().stream()).toList();
    }

    private static List<String> commands(String referral) {
        return commands(DemoScenario.referrals(), referral);
    }

    private static List<String> commands(List<DemoCase> cases, String name) {
        return cases.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .steps().stream().map(DemoStep::command).toList();
    }

    @Test
    void takesEachReferralThroughItsStepsInLifecycleOrder() {
        assertThat(DemoScenario.referrals()).extracting(DemoCase::name)
                .containsExactly("baotou-logging", "bayannur-farmland", "baotou-mining", "chifeng-logging");
        assertThat(commands("baotou-logging")).containsExactly("submission", "receipt", "supplement-requests",
                "supplements", "filing", "trial-submission", "judgment");
        assertThat(commands("bayannur-farmland")).containsExactly("submission", "receipt", "non-filing",
                "reconsideration-requests", "reconsideration-decision", "administrative-penalty");
        assertThat(commands("baotou-mining")).containsExactly("submission", "receipt", "non-filing",
                "supervision-requests", "explanation-request", "explanation", "filing-order", "filing");
        assertThat(commands("chifeng-logging")).containsExactly("submission", "receipt");
    }

    @Test
    void takesEachLeadThroughItsStepsAndReportsTheDuplicateOnlyAfterTheFirstReport() {
        assertThat(DemoScenario.leads()).extracting(DemoCase::name).containsExactly("baotou-night-logging",
                "bayannur-sand-mining", "bayannur-sand-mining-again", "chifeng-logging-lead");
        assertThat(commands(DemoScenario.leads(), "baotou-night-logging")).containsExactly("raise", "acknowledgement",
                "investigation", "outcome");
        assertThat(commands(DemoScenario.leads(), "bayannur-sand-mining-again")).containsExactly("raise");
        assertThat(DemoScenario.leads().get(2).after()).isEqualTo("bayannur-sand-mining");
        assertThat(DemoScenario.leads().get(3).steps().get(1).body()).contains("{{referral:chifeng-logging}}");
        assertThat(DemoScenario.referrals()).extracting(DemoCase::name).contains("chifeng-logging");
    }

    @Test
    void reportsTheDuplicateOfTheSameInspectionPatch() throws Exception {
        String first = body(DemoScenario.leads().get(1).steps().get(0)).at("/location/inspectionPatchId").asText();
        String again = body(DemoScenario.leads().get(2).steps().get(0)).at("/location/inspectionPatchId").asText();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void derivesEachIdempotencyKeyFromTheReferralAndTheStep() {
        assertThat(DemoScenario.referrals().get(0).steps()).extracting(DemoStep::key).startsWith(
                "casebridge-demo/baotou-logging/01-submission", "casebridge-demo/baotou-logging/02-receipt");
        assertThat(allSteps()).extracting(DemoStep::key).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).hasSizeLessThanOrEqualTo(200)); // the services' column
    }

    @Test
    void sendsTheSameKeysAndBodiesOnEveryRun() {
        // A second --demo replays only if nothing in a step depends on the clock or chance.
        assertThat(DemoScenario.referrals()).isEqualTo(DemoScenario.referrals());
        assertThat(DemoScenario.leads()).isEqualTo(DemoScenario.leads());
    }

    @Test
    void everyBodyIsAJsonObject() throws Exception {
        for (DemoStep step : allSteps()) {
            assertThat(JSON.readTree(step.body()).isObject()).as(step.key()).isTrue();
        }
    }

    @Test
    void postsTheSubmissionToTheCollectionAndEveryOtherCommandToTheReferral() {
        DemoCase referral = DemoScenario.referrals().get(0);
        List<DemoStep> steps = referral.steps();

        assertThat(referral.path(steps.get(0), null)).isEqualTo("/api/referrals");
        assertThat(referral.path(steps.get(1), "RF-150203-2026-000001"))
                .isEqualTo("/api/referrals/RF-150203-2026-000001/receipt");
        DemoCase lead = DemoScenario.leads().get(0);
        assertThat(lead.path(lead.steps().get(0), null)).isEqualTo("/api/leads");
        assertThat(lead.path(lead.steps().get(1), "LD-150203-2026-000001"))
                .isEqualTo("/api/leads/LD-150203-2026-000001/acknowledgement");
        assertThat(lead.steps().get(1).key()).isEqualTo("casebridge-demo/lead/baotou-night-logging/02-acknowledgement");
    }

    @Test
    void everyStepIsTakenByAnOfficerOfTheUnitTheReferralIsAddressedTo() throws Exception {
        // A procuratorate's step is taken by an officer of the procuratorate the supervision request named.
        AgencyDirectory directory = AgencyDirectory.bundled();
        for (DemoCase referral : DemoScenario.referrals()) {
            JsonNode submission = JSON.readTree(referral.steps().get(0).body());
            String division = submission.at("/caseData/location/divisionCode").asText();
            String sender = DemoUsers.unit(referral.steps().get(0).username());
            String police = directory.competentPoliceUnit(division).map(AgencyUnit::id).orElseThrow();
            String court = referral.steps().stream().filter(s -> s.command().equals("trial-submission"))
                    .map(s -> body(s).path("court").asText()).findFirst().orElse(null);
            String procuratorate = referral.steps().stream().filter(s -> s.command().equals("supervision-requests"))
                    .map(s -> body(s).path("procuratorate").asText()).findFirst().orElse(null);
            for (DemoStep step : referral.steps()) {
                String expected = switch (step.service()) {
                    case POLICE -> police;
                    case COURT -> court;
                    case PROCURATORATE -> procuratorate;
                    default -> sender;
                };
                assertThat(DemoUsers.unit(step.username())).as(step.key()).isEqualTo(expected);
                assertThat(DemoUsers.unit(step.username())).as(step.key())
                        .startsWith(step.service().name() + ":");
            }
        }
    }

    @Test
    void refusesAReferralThatDoesNotStartWithItsSubmission() {
        DemoStep receipt = new DemoStep("k", StackService.POLICE, "wu.min", "receipt", "{}");

        assertThatThrownBy(() -> new DemoCase(DemoCase.Kind.REFERRAL, "broken", null, List.of(receipt)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken");
    }

    private static JsonNode body(DemoStep step) {
        try {
            return JSON.readTree(step.body());
        } catch (Exception e) {
            throw new AssertionError(step.key(), e);
        }
    }
}
