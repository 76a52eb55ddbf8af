package org.casebridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.ReceiptSigned;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.EventJson;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.projections.referral.ReferralEventHandler;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Applying verified referral events to a referral projection on H2 in memory, as every service's consumer applies
 * every event: {@value #BATCH} records of one partition in one transaction with their offset
 * ({@link TransactionalApplier}), one thread; the score is microseconds per record. Each batch is made in the
 * (unmeasured) set-up.
 * <ul>
 *   <li>{@code submit}: a ReferralSubmitted of about 2 KB, each a new referral (timeline, referral row, receipt
 *       clock);</li>
 *   <li>{@code receipt}: a ReceiptSigned for each of as many referrals submitted in the set-up: an event that
 *       moves the clocks (ends the receipt clock, starts the decision periods).</li>
 *   <li>{@code payloadAvroToString}, {@code payloadEventJson}: the timeline's JSON text of the sample submission,
 *       one per call (the same text both ways).</li>
 * </ul>
 * The JVM runs with the services' flags (C1 only, serial GC). The tables are emptied before each iteration. Each
 * iteration also prints the consumer thread's CPU time per record, the figure to compare when other processes load
 * the cores (the score is wall time).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
@Threads(1)
public class ProjectionApplyBenchmark {

    static final int BATCH = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One projection database and its applier, with a fresh batch for every call. */
    @State(Scope.Thread)
    public abstract static class Projection {
        private ProjectionDatabase database;
        private ReferralProjection projection;
        private OffsetStore offsets;
        private TransactionalApplier<VerifiedEvent> applier;
        private long nextOffset;
        private int nextCase;
        private long cpuNanos;
        private long applied;
        List<ConsumerRecord<String, VerifiedEvent>> batch;

        @Setup(Level.Trial)
        public void open() {
            database = ProjectionDatabase.create(ProjectionDatabase.Kind.H2);
            projection = new ReferralProjection(database.jdbc());
            offsets = new OffsetStore(database.jdbc());
            applier = new TransactionalApplier<>("bench", offsets, database.transactions(),
                    new ReferralEventHandler(projection));
        }

        /** Empty tables, so that the database's size (all in memory) stays bounded. */
        @Setup(Level.Iteration)
        public void empty() {
            projection.clear();
            offsets.clear("bench");
        }

        void apply(List<ConsumerRecord<String, VerifiedEvent>> records) {
            applier.onMessage(records);
        }

        /** Applies the batch, counting the CPU time it takes this thread. */
        void applyCounted(List<ConsumerRecord<String, VerifiedEvent>> records) {
            long start = THREADS.getCurrentThreadCpuTime();
            applier.onMessage(records);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            applied += records.size();
        }

        /** CPU per record: unlike the score, it hardly moves when other processes share the cores. */
        @TearDown(Level.Iteration)
        public void printCpu() {
            System.out.printf(Locale.ROOT, "%n%s cpu: %.1f us/record (%d records)%n",
                    getClass().getSimpleName(), cpuNanos / 1e3 / applied, applied);
            cpuNanos = 0;
            applied = 0;
        }

        List<String> newCases() {
            List<String> cases = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                cases.add("RF-150203-2026-" + String.format("%012d", nextCase++));
            }
            return cases;
        }

        List<ConsumerRecord<String, VerifiedEvent>> submissions(List<String> cases) {
            return records(cases.stream().map(id -> verified(SampleEvents.referralSubmitted(id))).toList());
        }

        List<ConsumerRecord<String, VerifiedEvent>> receipts(List<String> cases) {
            return records(cases.stream().map(id -> verified(ReceiptSigned.newBuilder()
                    .setMeta(SampleEvents.meta(id, 2, SampleEvents.KUNDULUN_POLICE))
                    .setReceiptNumber("包公昆回〔2026〕9号").build())).toList());
        }

        private List<ConsumerRecord<String, VerifiedEvent>> records(List<VerifiedEvent> verified) {
            List<ConsumerRecord<String, VerifiedEvent>> records = new ArrayList<>(verified.size());
            for (VerifiedEvent event : verified) {
                records.add(new ConsumerRecord<>(Topic.REFERRALS.topicName(), 0, nextOffset++,
                        event.meta().getCaseId(), event));
            }
            return records;
        }
    }

    /**
     * The event as the verifying deserializer hands it on, without the signing and verifying (the applier checks
     * neither; both are in EventPathBenchmark): its hash derived from case and sequence, its previous hash that of
     * the event before it in the case.
     */
    static VerifiedEvent verified(SpecificRecord event) {
        EventMeta meta = (EventMeta) event.get(event.getSchema().getField("meta").pos());
        meta.setPreviousHash(meta.getSequence() == 1 ? null : hash(meta.getCaseId(), meta.getSequence() - 1));
        return new VerifiedEvent(event, meta, TopicCatalogue.of(event.getClass()).orElseThrow(),
                UnitIds.idOf(meta.getActingAgency()), 1, hash(meta.getCaseId(), meta.getSequence()), new byte[0],
                new byte[0]);
    }

    private static String hash(String caseId, long sequence) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((caseId + "#" + sequence).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fresh submissions, each a new referral. */
    public static class Submissions extends Projection {
        @Setup(Level.Invocation)
        public void next() {
            batch = submissions(newCases());
        }
    }

    /** Receipts of referrals submitted (and applied) in the set-up. */
    public static class Receipts extends Projection {
        @Setup(Level.Invocation)
        public void next() {
            List<String> cases = newCases();
            apply(submissions(cases));
            batch = receipts(cases);
        }
    }

    /** The sample submission, whose JSON text the timeline stores. */
    @State(Scope.Thread)
    public static class Payload {
        final ReferralSubmitted event = SampleEvents.referralSubmitted();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void submit(Submissions state) {
        state.applyCounted(state.batch);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void receipt(Receipts state) {
        state.applyCounted(state.batch);
    }

    /** The timeline's payload as the handler rendered it before: Avro's toString. */
    @Benchmark
    public String payloadAvroToString(Payload payload) {
        return payload.event.toString();
    }

    /** The same text as {@link EventJson} renders it now. */
    @Benchmark
    public String payloadEventJson(Payload payload) {
        return EventJson.of(payload.event);
    }
}
