package org.casebridge.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.casebridge.exchange.directory.AgencyDirectory;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.localstack.StackService;
import org.casebridge.localstack.users.DemoUsers;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<DemoStep> allSteps() {
        return DemoScenario.referrals().stream().flatMap(r -> r.steps().stream()).toList();
    }

    private static List<String> commands(String referral) {
        return DemoScenario.referrals().stream().filter(r -> r.name().equals(referral)).findFirst().orElseThrow()
                .steps().stream().map(DemoStep::command).toList();
    }

    @Test
    void takesEachReferralThroughItsStepsInLifecycleOrder() {
        assertThat(DemoScenario.referrals()).extracting(DemoReferral::name)
                .containsExactly("baotou-logging", "bayannur-farmland", "chifeng-logging");
        assertThat(commands("baotou-logging")).containsExactly("submission", "receipt", "supplement-requests",
                "supplements", "filing", "trial-submission", "judgment");
        assertThat(commands("bayannur-farmland")).containsExactly("submission", "receipt", "non-filing",
                "reconsideration-requests", "reconsideration-decision", "administrative-penalty");
        assertThat(commands("chifeng-logging")).containsExactly("submission", "receipt");
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
    }

    @Test
    void everyBodyIsAJsonObject() throws Exception {
        for (DemoStep step : allSteps()) {
            assertThat(JSON.readTree(step.body()).isObject()).as(step.key()).isTrue();
        }
    }

    @Test
    void postsTheSubmissionToTheCollectionAndEveryOtherCommandToTheReferral() {
        List<DemoStep> steps = DemoScenario.referrals().get(0).steps();

        assertThat(steps.get(0).path(null)).isEqualTo("/api/referrals");
        assertThat(steps.get(1).path("RF-150203-2026-000001")).isEqualTo("/api/referrals/RF-150203-2026-000001/receipt");
    }

    @Test
    void everyStepIsTakenByAnOfficerOfTheUnitTheReferralIsAddressedTo() throws Exception {
        AgencyDirectory directory = AgencyDirectory.bundled();
        for (DemoReferral referral : DemoScenario.referrals()) {
            JsonNode submission = JSON.readTree(referral.steps().get(0).body());
            String division = submission.at("/caseData/location/divisionCode").asText();
            String sender = DemoUsers.unit(referral.steps().get(0).username());
            String police = directory.competentPoliceUnit(division).map(AgencyUnit::id).orElseThrow();
            String court = referral.steps().stream().filter(s -> s.command().equals("trial-submission"))
                    .map(s -> body(s).path("court").asText()).findFirst().orElse(null);
            for (DemoStep step : referral.steps()) {
                String expected = switch (step.service()) {
                    case POLICE -> police;
                    case COURT -> court;
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

        assertThatThrownBy(() -> new DemoReferral("broken", List.of(receipt)))
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
