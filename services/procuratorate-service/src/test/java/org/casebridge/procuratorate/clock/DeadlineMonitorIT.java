package org.casebridge.procuratorate.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_FORESTRY;
import static org.casebridge.rules.testing.SampleEvents.BAOTOU_PROCURATORATE;
import static org.casebridge.rules.testing.SampleEvents.KUNDULUN_POLICE;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.contracts.referral.SupplementProvided;
import org.casebridge.contracts.referral.SupplementRequested;
import org.casebridge.platform.command.CommandJournal;
import org.casebridge.platform.command.CommandProperties;
import org.casebridge.platform.command.EventPublisher;
import org.casebridge.platform.consumer.DeadLetterHeaders;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.projection.AppliedEvents;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.DeadLetters;
import org.casebridge.platform.testing.SpringBootTestExchange;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.projections.referral.StoredReferral;
import org.casebridge.projections.referral.TimelineEntry;
import org.casebridge.projections.testing.AppliedCommands;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deadline monitor on the real broker and registry, its time set by the test: each signal once, from the
 * projection and the time alone, through restarts and beside a second instance; signals the consumers accept and
 * the ones they refuse. The service signs as the Baotou units here, so the test writes the referral's events too.
 */
@ExtendWith(ApicurioRegistryExtension.class)
@SpringBootTest(classes = DeadlineMonitorIT.App.class, properties = {
        "spring.application.name=deadline-monitor-it",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.url=jdbc:h2:mem:deadline-monitor-it;DB_CLOSE_DELAY=-1",
        "casebridge.units=FORESTRY:150200,POLICE:150203,PROCURATORATE:150200",
        "casebridge.deadlines.monitor.enabled=false"})
@EmbeddedKafka(partitions = 2, topics = {"referrals", "referrals.dlt"})
@DirtiesContext
class DeadlineMonitorIT {

    // Monday 2 March 2026, 09:30 in Shanghai (SampleEvents' submission): the receipt is due 24 h later, warns at 18 h.
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:30:00Z");
    private static final Instant RECEIPT_WARNS = SUBMITTED.plus(Duration.ofHours(18));
    private static final Instant RECEIPT_DUE = SUBMITTED.plus(Duration.ofHours(24));

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private EventPublisher publisher;
    @Autowired
    private AppliedEvents<TimelineEntry> applied;
    @Autowired
    private ReferralProjection projection;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AgencyDirectory directory;
    @Autowired
    private KeyRing signingKeys;
    @Autowired
    private WrittenSignals written;
    @Autowired
    private CommandJournal journal;
    @Autowired
    private CommandProperties commands;
    private AppliedCommands writer;
    private final SettableClock time = new SettableClock(SUBMITTED);

    @BeforeAll
    static void registryAndKeys(ApicurioRegistry registry) {
        SpringBootTestExchange.prepare(registry);
    }

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry properties) {
        SpringBootTestExchange.addTo(properties);
    }

    @BeforeEach
    void writer() {
        writer = new AppliedCommands(publisher, applied, projection);
    }

    @Test
    void aReferralWithNoReceiptIsWarnedAtEighteenHoursAndBreachedAfterTwentyFourOnce() {
        String referral = submit(SUBMITTED);
        DeadlineMonitor monitor = monitor(time);

        time.set(RECEIPT_WARNS.minusMillis(1));
        monitor.catchUp();
        assertThat(recordedSignals(referral)).isEmpty();
        time.set(RECEIPT_WARNS);
        monitor.catchUp();
        monitor.catchUp();
        assertThat(recordedSignals(referral)).containsExactly("WARNING RECEIPT " + RECEIPT_DUE);
        time.set(RECEIPT_DUE);
        monitor.catchUp();
        assertThat(recordedSignals(referral)).as("the due instant itself is still in time").hasSize(1);
        time.set(RECEIPT_DUE.plusMillis(1));
        monitor.catchUp();
        time.set(RECEIPT_DUE.plus(Duration.ofDays(3)));
        monitor.catchUp();

        assertThat(recordedSignals(referral)).containsExactly("WARNING RECEIPT " + RECEIPT_DUE,
                "BREACHED RECEIPT " + RECEIPT_DUE);
        assertThat(signalsOf(referral, 2)).extracting(TimelineEntry::eventType, TimelineEntry::verdict,
                        TimelineEntry::actingUnit)
                .containsExactly(tuple("DeadlineWarning", TimelineEntry.ACCEPTED, "PROCURATORATE:150200"),
                        tuple("DeadlineBreached", TimelineEntry.ACCEPTED, "PROCURATORATE:150200"));
        assertThat(projection.find(referral).orElseThrow().head().sequence()).as("the head stays on the submission")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cb_referral_signal where referral_id = ?").param(referral)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aCommandOnTheHeadFromBeforeAWarningSucceedsAndTheClockItEndsBreachesNothing() {
        String referral = submit(SUBMITTED);
        StoredReferral seenBeforeTheWarning = projection.find(referral).orElseThrow();
        DeadlineMonitor monitor = monitor(time);
        time.set(RECEIPT_WARNS.plus(Duration.ofHours(1)));
        monitor.catchUp();
        signalsOf(referral, 1);

        EventMeta meta = AppliedCommands.after(seenBeforeTheWarning, KUNDULUN_POLICE);
        meta.setOccurredAt(RECEIPT_WARNS.plus(Duration.ofHours(2)));
        TimelineEntry receipt = writer.publish(ReceiptSigned.newBuilder().setMeta(meta)
                .setReceiptNumber("包公昆回〔2026〕31号").build());
        time.set(RECEIPT_DUE.plus(Duration.ofHours(1)));
        monitor.catchUp();

        assertThat(receipt.verdict()).isEqualTo(TimelineEntry.ACCEPTED);
        assertThat(recordedSignals(referral)).containsExactly("WARNING RECEIPT " + RECEIPT_DUE);
    }

    @Test
    void aSupplementRequestPausesTheDecisionClockAndItsSignalsComeAtTheMovedDueInstant() {
        String referral = submit(SUBMITTED);
        Instant received = SUBMITTED.plus(Duration.ofHours(1));
        act(referral, KUNDULUN_POLICE, received, meta -> ReceiptSigned.newBuilder().setMeta(meta)
                .setReceiptNumber("包公昆回〔2026〕32号").build());
        Instant requested = received.plus(Duration.ofHours(1));
        act(referral, KUNDULUN_POLICE, requested, meta -> SupplementRequested.newBuilder().setMeta(meta)
                .setMissingItems(List.of("现场勘验笔录")).build());
        // Supplied 48 h later: the decision, due on Thursday 5 March unpaused (end of the day in Shanghai), moves by
        // two days to Saturday 7 March, rolled to Monday 9 March.
        act(referral, BAOTOU_FORESTRY, requested.plus(Duration.ofHours(48)),
                meta -> SupplementProvided.newBuilder().setMeta(meta).build());
        Instant unpausedDue = Instant.parse("2026-03-05T15:59:59.999Z");
        Instant movedDue = Instant.parse("2026-03-09T15:59:59.999Z");
        DeadlineMonitor monitor = monitor(time);

        time.set(unpausedDue.plusMillis(1));
        monitor.catchUp();
        assertThat(recordedSignals(referral)).as("the decision is not due yet, it warns a day before").isEmpty();
        time.set(movedDue);
        monitor.catchUp();
        time.set(movedDue.plusMillis(1));
        monitor.catchUp();

        assertThat(recordedSignals(referral)).containsExactly("WARNING DECISION " + movedDue,
                "BREACHED DECISION " + movedDue);
    }

    @Test
    void aThreeDayDecisionDueOnAHolidayWeekendBreachesOnTheNextWorkingDay() {
        // Received on Wednesday 1 April 2026: three days end on Saturday 4 April, the first day of the Qingming
        // holiday (4 to 6 April), so the decision is due at the end of Tuesday 7 April.
        Instant submitted = Instant.parse("2026-04-01T01:00:00Z");
        String referral = submit(submitted);
        act(referral, KUNDULUN_POLICE, submitted.plus(Duration.ofHours(1)), meta -> ReceiptSigned.newBuilder()
                .setMeta(meta).setReceiptNumber("包公昆回〔2026〕40号").build());
        Instant due = Instant.parse("2026-04-07T15:59:59.999Z");
        DeadlineMonitor monitor = monitor(time);

        time.set(Instant.parse("2026-04-04T16:00:00Z"));
        monitor.catchUp();
        assertThat(recordedSignals(referral)).isEmpty();
        time.set(due.plusMillis(1));
        monitor.catchUp();

        assertThat(recordedSignals(referral)).containsExactly("BREACHED DECISION " + due);
    }

    @Test
    void aMonitorStoppedAcrossTheDueInstantWritesTheBreachOnceWhenItComesBack() {
        String referral = submit(SUBMITTED);
        time.set(SUBMITTED.plus(Duration.ofHours(1)));
        DeadlineMonitor monitor = monitor(time);
        monitor.start();
        monitor.stop();
        time.set(RECEIPT_DUE.plus(Duration.ofHours(6)));

        monitor.start();
        try {
            signalsOf(referral, 1);
        } finally {
            monitor.stop();
        }
        monitor.catchUp();

        assertThat(recordedSignals(referral)).as("past the due instant a warning would come too late: the breach alone")
                .containsExactly("BREACHED RECEIPT " + RECEIPT_DUE);
    }

    @Test
    void aRunningMonitorSignalsWhatFallsDueAndTheNextFullScanWhatWasAppliedLate() {
        time.set(RECEIPT_WARNS.minus(Duration.ofMinutes(30)));
        DeadlineMonitor monitor = monitor(time, Duration.ofHours(1));
        String referral = submit(SUBMITTED);
        monitor.start();
        try {
            // Falls due while the monitor runs: a round over the clocks due since the previous one finds it.
            time.set(RECEIPT_WARNS.plusMillis(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> recordedSignals(referral),
                    signals -> signals.equals(List.of("WARNING RECEIPT " + RECEIPT_DUE)));
            // Applied only now, its receipt due a day ago: those rounds do not read it, the next full scan does.
            String late = submit(SUBMITTED.minus(Duration.ofDays(2)));
            // More than the full-scan interval after any round so far (the first may have run after the jump above).
            time.set(RECEIPT_WARNS.plus(Duration.ofHours(2)));

            await().atMost(Duration.ofSeconds(20)).until(() -> recordedSignals(late),
                    signals -> signals.equals(List.of("BREACHED RECEIPT " + RECEIPT_DUE.minus(Duration.ofDays(2)))));
        } finally {
            monitor.stop();
        }
    }

    @Test
    void twoMonitorInstancesWriteEachSignalOnce() {
        String referral = submit(SUBMITTED);
        DeadlineMonitor first = monitor(time);
        DeadlineMonitor second = monitor(time);
        time.set(RECEIPT_WARNS);
        CompletableFuture.allOf(CompletableFuture.runAsync(first::catchUp), CompletableFuture.runAsync(second::catchUp))
                .join();
        time.set(RECEIPT_DUE.plusMillis(1));

        CompletableFuture.allOf(CompletableFuture.runAsync(first::catchUp), CompletableFuture.runAsync(second::catchUp))
                .join();

        assertThat(recordedSignals(referral)).containsExactly("WARNING RECEIPT " + RECEIPT_DUE,
                "BREACHED RECEIPT " + RECEIPT_DUE);
        assertThat(signalsOf(referral, 2)).allMatch(TimelineEntry::accepted);
    }

    @Test
    void everyConsumerRefusesASignalFromAnotherWriterOrForAClockTheReferralDoesNotRunOrInItsChain() {
        String referral = submit(SUBMITTED);
        Instant late = RECEIPT_DUE.plus(Duration.ofHours(1));

        publisher.publish(breach(referral, KUNDULUN_POLICE, 0, "receipt-24h@decree-310-2020", late));
        assertThat(DeadLetters.read(broker, 1)).singleElement().satisfies(parked -> {
            assertThat(new String(parked.key(), StandardCharsets.UTF_8)).isEqualTo(referral);
            assertThat(DeadLetters.header(parked.headers(), DeadLetterHeaders.REASON)).isEqualTo("WRITER_NOT_ALLOWED");
        });
        assertThat(writer.publish(breach(referral, BAOTOU_PROCURATORATE, 0, "receipt-24h@decree-310-2099", late)))
                .satisfies(entry -> {
                    assertThat(entry.verdict()).isEqualTo("INVALID_CONTENT");
                    assertThat(entry.reason()).contains("receipt-24h@decree-310-2099");
                });
        assertThat(writer.publish(breach(referral, BAOTOU_PROCURATORATE, 0, "receipt-24h@decree-310-2020",
                RECEIPT_DUE))).extracting(TimelineEntry::verdict).isEqualTo("INVALID_CONTENT");
        assertThat(writer.publish(breach(referral, BAOTOU_PROCURATORATE, 2, "receipt-24h@decree-310-2020", late)))
                .extracting(TimelineEntry::verdict).isEqualTo("CONFLICT");
        assertThat(writer.publish(breach(referral, BAOTOU_PROCURATORATE, 0, "receipt-24h@decree-310-2020", late)))
                .extracting(TimelineEntry::verdict).isEqualTo(TimelineEntry.ACCEPTED);
    }

    private SpecificRecord breach(String referral, AgencyRef signer, long sequence, String rule, Instant givenAt) {
        StoredReferral seen = projection.find(referral).orElseThrow();
        EventMeta meta = AppliedCommands.after(seen, signer);
        meta.setSequence(sequence);
        meta.setPreviousHash(sequence == 0 ? null : seen.head().hash());
        meta.setOccurredAt(givenAt);
        return new DeadlineBreached(meta, Deadline.newBuilder().setKind(DeadlineKind.RECEIPT).setDueAt(RECEIPT_DUE)
                .setResponsible(KUNDULUN_POLICE).setRule(rule).build());
    }

    private String submit(Instant at) {
        String referral = "RF-150203-2026-" + UUID.randomUUID();
        ReferralSubmitted submission = SampleEvents.referralSubmitted(referral);
        submission.getMeta().setOccurredAt(at);
        assertThat(writer.publish(submission).verdict()).isEqualTo(TimelineEntry.ACCEPTED);
        return referral;
    }

    private void act(String referral, AgencyRef acting, Instant at,
                     Function<EventMeta, SpecificRecord> event) {
        EventMeta meta = writer.next(referral, acting);
        meta.setOccurredAt(at);
        assertThat(writer.publish(event.apply(meta)).verdict()).isEqualTo(TimelineEntry.ACCEPTED);
    }

    private DeadlineMonitor monitor(SettableClock clock) {
        return monitor(clock, Duration.ofSeconds(30));
    }

    /** A monitor whose scheduled rounds run every 20 ms, every {@code fullScan} over every running clock. */
    private DeadlineMonitor monitor(SettableClock clock, Duration fullScan) {
        return DeadlineMonitorConfiguration.monitor(jdbc, directory, signingKeys, written, publisher, journal, commands,
                new DeadlineMonitorProperties(true, Duration.ofMillis(20), fullScan, 500, "legal-clock"), clock);
    }

    /** The signals on the referral's timeline once the service's consumer applied {@code expected} of them. */
    private List<TimelineEntry> signalsOf(String referral, int expected) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> projection.timeline(referral).stream()
                .filter(entry -> entry.sequence() == 0).toList(), signals -> signals.size() == expected);
    }

    /** The signals the monitor wrote for the referral, as "SIGNAL KIND due". */
    private List<String> recordedSignals(String referral) {
        return jdbc.sql("select signal, kind, due_at from cb_deadline_signal where referral_id = ? order by written_at, signal desc")
                .param(referral).query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getTimestamp(3).toInstant()).list();
    }

    @SpringBootApplication
    static class App {
    }
}
