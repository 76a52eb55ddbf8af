package org.casebridge.projections.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.CaseFiled;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReferralWithdrawn;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.SpringBootTestExchange;
import org.casebridge.projections.testing.AppliedCommands;
import org.casebridge.rules.referral.ReferralStatus;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command path on the real broker and registry: an event is appended, the service's own consumer
 * verifies and applies it, and the writer reads the verdict back (read your own writes). Two writers acting
 * on the same view race; the log orders them and exactly one wins.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@SpringBootTest(classes = ReferralCommandIT.App.class, properties = {
        "spring.application.name=referral-command-it",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.url=jdbc:h2:mem:referral-command-it;DB_CLOSE_DELAY=-1",
        "casebridge.units=FORESTRY:150200,POLICE:150203"})
@EmbeddedKafka(partitions = 2, topics = {"referrals", "referrals.dlt"})
@DirtiesContext
class ReferralCommandIT {

    @Autowired
    private EventPublisher publisher;
    @Autowired
    private AppliedEvents<TimelineEntry> applied;
    @Autowired
    private ReferralProjection projection;
    private AppliedCommands commands;

    @BeforeAll
    static void registryAndKeys(ApicurioRegistry registry) {
        SpringBootTestExchange.prepare(registry);
    }

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry properties) {
        SpringBootTestExchange.addTo(properties);
    }

    @BeforeEach
    void commands() {
        commands = new AppliedCommands(publisher, applied, projection);
    }

    @Test
    void answersWithTheAppliedStateAndLetsExactlyOneOfTwoRacingWritersWin() {
        String caseId = "RF-150203-2026-" + UUID.randomUUID();

        assertThat(command(SampleEvents.referralSubmitted(caseId)).verdict()).isEqualTo(TimelineEntry.ACCEPTED);
        assertThat(command(ReceiptSigned.newBuilder().setMeta(next(caseId, KUNDULUN_POLICE))
                .setReceiptNumber("包公昆回〔2026〕12号").build()).verdict()).isEqualTo(TimelineEntry.ACCEPTED);
        assertThat(projection.find(caseId).orElseThrow().state().status()).isEqualTo(ReferralStatus.RECEIVED);

        // Both writers saw the referral right after the receipt.
        SpecificRecord filing = CaseFiled.newBuilder().setMeta(next(caseId, KUNDULUN_POLICE))
                .setFilingDecisionNumber("包公昆立字〔2026〕60号").setDecisionPeriod(DecisionPeriod.DAYS_3).build();
        SpecificRecord withdrawal = ReferralWithdrawn.newBuilder().setMeta(next(caseId, BAOTOU_FORESTRY))
                .setReason("当事人主动补植").build();
        List<TimelineEntry> verdicts = List.of(CompletableFuture.supplyAsync(() -> command(filing)),
                CompletableFuture.supplyAsync(() -> command(withdrawal))).stream().map(CompletableFuture::join).toList();

        assertThat(verdicts).extracting(TimelineEntry::verdict)
                .containsExactlyInAnyOrder(TimelineEntry.ACCEPTED, "CONFLICT");
        String winner = verdicts.stream().filter(TimelineEntry::accepted).findFirst().orElseThrow().eventType();
        assertThat(projection.find(caseId).orElseThrow().state().status())
                .isEqualTo(winner.equals("CaseFiled") ? ReferralStatus.FILED : ReferralStatus.WITHDRAWN);
        assertThat(projection.timeline(caseId)).hasSize(4);
    }

    @Test
    void knowsWhichPartitionsItsOwnConsumerApplies() {
        // Both partitions are this instance's: its commands wait for their own consumer's signal, not polling.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(List.of(0, 1)).allMatch(applied::owns));
        assertThat(applied.owns(2)).isFalse();
    }

    private TimelineEntry command(SpecificRecord event) {
        return commands.publish(event);
    }

    private EventMeta next(String caseId, AgencyRef acting) {
        return commands.next(caseId, acting);
    }

    @SpringBootApplication
    static class App {
    }
}
