package org.casebridge.bench.deadline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.bench.CoreSpeed;
import org.casebridge.bench.StackCpu;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.serde.AvroDeserializer;
import org.casebridge.platform.serde.AvroSerializer;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;

/**
 * The procuratorate's deadline monitor on the running local stack ({@code ./casebridge up}), as the issue asks: many
 * open cases with running clocks, some of them falling due during a measured window while new cases keep coming,
 * and how late each warning and breach reaches the log after the instant it fell due.
 * <ol>
 *   <li>Writes {@code --cases} signed submissions (Baotou forestry to Kundulun police, supervised by the Baotou
 *       procuratorate) straight to {@code referrals}, as the forestry service would: every service applies them.
 *       Their times are chosen so that {@code --due-in-window} receipt clocks warn, and as many breach, at instants
 *       spread over the window; the others fall due after it. A clock that breaches in the window warned hours
 *       before it, so the monitor writes those warnings at once when it applies the case: the catch-up, reported
 *       on its own.</li>
 *   <li>Waits until the procuratorate service applied them all ({@code casebridge_events_applied_total}).</li>
 *   <li>During the window, keeps submitting {@code --rate} new cases a second, reads every warning and breach from
 *       the log, and samples the procuratorate's heap ({@code /actuator/prometheus}) and CPU (its process and its
 *       monitor thread, from Linux's /proc).</li>
 * </ol>
 * Lateness is the record's timestamp (the monitor's producer sets it when it sends, right after the claim is
 * committed) minus the instant the signal fell due: the warning instant, or the millisecond after the due instant.
 * <pre>java -cp bench/target/benchmarks.jar org.casebridge.bench.deadline.DeadlineMonitorBenchmark --data-dir .casebridge \
 *     [--cases 100000] [--due-in-window 3000] [--window-minutes 5] [--lead-minutes 8] [--rate 100]
 *     [--bootstrap 127.0.0.1:9092] [--registry http://127.0.0.1:8090/apis/ccompat/v7]
 *     [--procuratorate http://127.0.0.1:8086]</pre>
 */
public final class DeadlineMonitorBenchmark {

    private static final String TOPIC = Topic.REFERRALS.topicName();
    private static final Duration RECEIPT_WARNS_AFTER = Duration.ofHours(18);
    private static final Duration RECEIPT_DUE_AFTER = Duration.ofHours(24);
    private static final Map<String, Object> SERDE = Map.of("value.subject.name.strategy", "TopicRecordNameStrategy",
            "specific.avro.reader", true);
    private static final String MONITOR_THREAD = "casebridge-deadline-monitor";

    private final Map<String, Object> producer;
    private final String bootstrap;
    private final SigningSerializer signing;
    private final HttpSchemaRegistryClient registry;
    private final URI prometheus;
    private final HttpClient http = HttpClient.newHttpClient();

    private DeadlineMonitorBenchmark(String bootstrap, HttpSchemaRegistryClient registry, Path keys,
                                     URI procuratorate) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.producer = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5);
        this.signing = new SigningSerializer(new AvroSerializer(registry, SERDE, false), registry::schemaById,
                KeyRing.load(keys, List.of(UnitIds.idOf(SampleEvents.BAOTOU_FORESTRY))));
        this.prometheus = procuratorate.resolve("/actuator/prometheus");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path dataDir = Path.of(options.getOrDefault("data-dir", ".casebridge"));
        int cases = Integer.parseInt(options.getOrDefault("cases", "100000"));
        int dueInWindow = Integer.parseInt(options.getOrDefault("due-in-window", "3000"));
        Duration window = Duration.ofMinutes(Long.parseLong(options.getOrDefault("window-minutes", "5")));
        Duration lead = Duration.ofMinutes(Long.parseLong(options.getOrDefault("lead-minutes", "8")));
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        DeadlineMonitorBenchmark benchmark = new DeadlineMonitorBenchmark(
                options.getOrDefault("bootstrap", "127.0.0.1:9092"),
                new HttpSchemaRegistryClient(RegistryClientConfig.of(
                        options.getOrDefault("registry", "http://127.0.0.1:8090/apis/ccompat/v7"))),
                dataDir.resolve("keys"), URI.create(options.getOrDefault("procuratorate", "http://127.0.0.1:8086")));
        System.out.println(CoreSpeed.line());
        benchmark.run(dataDir, cases, dueInWindow, window, lead, rate);
    }

    private void run(Path dataDir, int cases, int dueInWindow, Duration window, Duration lead, int rate)
            throws Exception {
        Instant start = Instant.now();
        Instant windowStart = start.plus(lead);
        Instant windowEnd = windowStart.plus(window);
        Plan plan = Plan.of(cases, dueInWindow, start, windowStart, window);
        SignalLog log = new SignalLog(plan);
        log.start();
        double appliedBefore = metric("casebridge_events_applied_total", "topic=\"referrals\"");

        long written = System.nanoTime();
        try (KafkaProducer<String, Object> submissions = new KafkaProducer<>(producer, new StringSerializer(), signing)) {
            plan.cases().forEach((id, submittedAt) -> submissions.send(record(id, submittedAt)));
        }
        System.out.printf(Locale.ROOT, "%d open cases written in %.1f s: %d warn and %d breach in the %d-minute window"
                        + " from %s, the others fall due after it%n", cases, (System.nanoTime() - written) / 1e9,
                dueInWindow, dueInWindow, window.toMinutes(), windowStart);
        while (metric("casebridge_events_applied_total", "topic=\"referrals\"") < appliedBefore + cases) {
            if (Instant.now().isAfter(windowStart)) {
                System.out.println("WARNING: the procuratorate had not applied every case when the window opened;"
                        + " raise --lead-minutes");
                break;
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        System.out.printf(Locale.ROOT, "the procuratorate applied them %.0f s after the start; %d catch-up warnings"
                + " so far%n", Duration.between(start, Instant.now()).toMillis() / 1e3, log.catchUp());
        LockSupport.parkNanos(Duration.between(Instant.now(), windowStart).toNanos());

        StackCpu before = StackCpu.snapshot(dataDir);
        double monitorBefore = StackCpu.threadMillis(dataDir, "procuratorate", MONITOR_THREAD);
        AtomicBoolean windowOpen = new AtomicBoolean(true);
        Thread load = new Thread(() -> submitDuring(windowOpen, rate), "bench-submissions");
        load.start();
        double heapMax = 0;
        while (Instant.now().isBefore(windowEnd.plusSeconds(5))) {
            heapMax = Math.max(heapMax, metric("jvm_memory_used_bytes", "area=\"heap\""));
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        windowOpen.set(false);
        load.join();
        StackCpu after = StackCpu.snapshot(dataDir);
        double monitorMillis = StackCpu.threadMillis(dataDir, "procuratorate", MONITOR_THREAD) - monitorBefore;
        log.stop();

        double seconds = window.toMillis() / 1e3 + 5;
        long[] warnings = log.lateness(false);
        long[] breaches = log.lateness(true);
        System.out.printf(Locale.ROOT, "window: %d warnings and %d breaches of %d planned each, %d written twice;"
                        + " %d new cases at %d/s%n", warnings.length, breaches.length, dueInWindow, log.duplicates(),
                rate * window.toSeconds(), rate);
        print("warnings late", warnings);
        print("breaches late", breaches);
        System.out.printf(Locale.ROOT, "procuratorate: CPU %.0f ms/s over the window (its monitor thread %.1f ms/s, %.2f"
                        + " ms per signal); heap used at most %.0f MB (the launcher's -Xmx160m)%n",
                (after.millisOf("procuratorate") - before.millisOf("procuratorate")) / seconds, monitorMillis / seconds,
                monitorMillis / Math.max(1, warnings.length + breaches.length), heapMax / 1e6);
        String stack = after.perReferral(before, 1);
        if (stack != null) {
            System.out.println("stack CPU ms over the window: " + stack);
        }
    }

    /** New cases during the window, paced: each one's receipt due 24 h later, so they only add to the open cases. */
    private void submitDuring(AtomicBoolean open, int rate) {
        try (KafkaProducer<String, Object> submissions = new KafkaProducer<>(producer, new StringSerializer(), signing)) {
            long start = System.nanoTime();
            for (long i = 0; open.get(); i++) {
                LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
                submissions.send(record("RF-BENCH-NEW-" + UUID.randomUUID(), Instant.now()));
            }
        }
    }

    private ProducerRecord<String, Object> record(String referralId, Instant submittedAt) {
        ReferralSubmitted submission = SampleEvents.referralSubmitted(referralId);
        EventMeta meta = submission.getMeta();
        meta.setEventId(UUID.randomUUID());
        meta.setOccurredAt(submittedAt);
        return new ProducerRecord<>(TOPIC, referralId, submission);
    }

    /** The sum of the samples of one Prometheus metric whose labels contain {@code labels}. */
    private double metric(String name, String labels) throws Exception {
        String text = http.send(HttpRequest.newBuilder(prometheus).build(), HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(line -> line.startsWith(name + "{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void print(String what, long[] sorted) {
        if (sorted.length == 0) {
            System.out.println(what + ": none");
            return;
        }
        System.out.printf(Locale.ROOT, "%s ms: p50 %d, p99 %d, max %d%n", what, sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
                sorted[sorted.length - 1]);
    }

    /**
     * Which cases are written with which submission time, and when each planned signal falls due.
     *
     * @param cases    submission time by referral id
     * @param dueAt    for the cases planned to signal in the window: when their warning (or breach) falls due
     * @param breaches the ids of the cases planned to breach in the window (the others there warn)
     */
    private record Plan(Map<String, Instant> cases, Map<String, Instant> dueAt, Map<String, Boolean> breaches) {

        static Plan of(int count, int dueInWindow, Instant now, Instant windowStart, Duration window) {
            Random random = new Random(20261208);
            Map<String, Instant> cases = new HashMap<>();
            Map<String, Instant> dueAt = new HashMap<>();
            Map<String, Boolean> breaches = new HashMap<>();
            String run = Long.toString(now.toEpochMilli(), 36);
            for (int i = 0; i < count; i++) {
                String id = "RF-BENCH-" + run + "-" + i;
                if (i < 2 * dueInWindow) {
                    boolean breach = i % 2 == 1;
                    Instant signal = windowStart.plusMillis((long) (random.nextDouble() * window.toMillis()));
                    // A breach falls due the millisecond after the due instant.
                    cases.put(id, breach ? signal.minus(RECEIPT_DUE_AFTER).minusMillis(1)
                            : signal.minus(RECEIPT_WARNS_AFTER));
                    dueAt.put(id, signal);
                    breaches.put(id, breach);
                } else {
                    // Warns 8 to 18 hours from now: after the window.
                    cases.put(id, now.minus(Duration.ofMinutes(random.nextInt(600))));
                }
            }
            return new Plan(cases, dueAt, breaches);
        }
    }

    /** Reads the signals from the log as they come, from the end of the log when it started. */
    private final class SignalLog {
        private final Plan plan;
        private final Map<String, Long> warningLateness = new ConcurrentHashMap<>();
        private final Map<String, Long> breachLateness = new ConcurrentHashMap<>();
        private final Map<String, Boolean> catchUp = new ConcurrentHashMap<>();
        private final AtomicLong duplicates = new AtomicLong();
        private final AtomicBoolean reading = new AtomicBoolean(true);
        private Thread thread;

        SignalLog(Plan plan) {
            this.plan = plan;
        }

        void start() throws InterruptedException {
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(),
                    new ByteArrayDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(TOPIC)) {
                partitions.add(new TopicPartition(TOPIC, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            AvroDeserializer values = new AvroDeserializer(registry, SERDE, false);
            thread = new Thread(() -> {
                try (consumer) {
                    while (reading.get()) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            read(record, values.deserialize(TOPIC, record.value()));
                        }
                    }
                }
            }, "bench-signal-log");
            thread.start();
        }

        private void read(ConsumerRecord<String, byte[]> record, Object event) {
            boolean breach = event instanceof DeadlineBreached;
            if (!breach && !(event instanceof DeadlineWarning)) {
                return;
            }
            Instant planned = plan.dueAt().get(record.key());
            if (planned == null || breach != plan.breaches().get(record.key())) {
                if (plan.cases().containsKey(record.key())) {
                    catchUp.put(record.key(), true);
                }
                return;
            }
            if ((breach ? breachLateness : warningLateness).put(record.key(),
                    record.timestamp() - planned.toEpochMilli()) != null) {
                duplicates.incrementAndGet();
            }
        }

        long duplicates() {
            return duplicates.get();
        }

        int catchUp() {
            return catchUp.size();
        }

        long[] lateness(boolean breaches) {
            return (breaches ? breachLateness : warningLateness).values().stream().mapToLong(Long::longValue)
                    .sorted().toArray();
        }

        void stop() throws InterruptedException {
            reading.set(false);
            thread.join();
        }
    }
}
