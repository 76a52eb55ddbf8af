package org.casebridge.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.casebridge.bench.CoreSpeed;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.integrity.VerifyingDeserializer;
import org.casebridge.platform.projection.OffsetStore;
import org.casebridge.platform.projection.TransactionalApplier;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.serde.AvroDeserializer;
import org.casebridge.platform.serde.AvroSerializer;
import org.casebridge.platform.testing.ProjectionDatabase;
import org.casebridge.projections.referral.ReferralEventHandler;
import org.casebridge.projections.referral.ReferralProjection;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;

/**
 * The event pipeline without HTTP on a running broker and registry (the local stack): sign, serialize and
 * produce N referrals, consume, verify and apply them to a projection; then Kafka's own ProducerPerformance on
 * the same broker, same record size and acks, and the ratio of the two. Both sides are measured warm: the pipeline
 * first runs W records in the same JVM, ProducerPerformance runs W records before the measured N in its own JVM
 * ({@link WarmProducerPerformance}). Topics are created fresh per run so that the stack's services do not consume
 * them.
 * <pre>java -cp bench/target/benchmarks.jar org.casebridge.bench.pipeline.PipelineBenchmark \
 *     [--bootstrap 127.0.0.1:9092] [--registry http://127.0.0.1:8090/apis/ccompat/v7] [--keys .casebridge/keys]
 *     [--records 20000] [--warmup-records 20000] [--partitions 1] [--consumers 1] [--rate 0]
 *     [--max-poll-records N] [--fetch-min-bytes N] [--fetch-max-wait-ms N]</pre>
 * With {@code --partitions N --consumers N} the topics have N partitions (the local stack's have 6) and N consumer
 * threads of one group each verify and apply their partitions with their own applier on the shared database, as
 * {@code casebridge.referrals.consumer.concurrency} runs the services' listeners. The consumer options left out keep
 * Kafka's defaults, as the services' listeners do. {@code --rate R} paces the producer at R records per second
 * (0: as fast as it can), for the consumers' CPU per record and the time from send to applied under steady traffic;
 * unpaced, the consumers work through a backlog in full polls.
 */
public final class PipelineBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String bootstrap;
    private final HttpSchemaRegistryClient registry;
    private final Path keys;
    private final Map<String, Object> fetch;
    private final int partitions;
    private final int consumers;
    private final int rate;

    private PipelineBenchmark(String bootstrap, HttpSchemaRegistryClient registry, Path keys, Map<String, Object> fetch,
                              int partitions, int consumers, int rate) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.keys = keys;
        this.fetch = fetch;
        this.partitions = partitions;
        this.consumers = consumers;
        this.rate = rate;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:9092");
        String registryUrl = options.getOrDefault("registry", "http://127.0.0.1:8090/apis/ccompat/v7");
        Path keys = Path.of(options.getOrDefault("keys", ".casebridge/keys"));
        int records = Integer.parseInt(options.getOrDefault("records", "20000"));
        int warmUpRecords = Integer.parseInt(options.getOrDefault("warmup-records", "20000"));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "1"));
        int consumers = Integer.parseInt(options.getOrDefault("consumers", "1"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "0"));
        // Unset options keep Kafka's defaults, as the services' projection listeners do.
        Map<String, Object> fetch = new HashMap<>();
        // 1 gives each record its own transaction, as the projection did before it applied whole polls.
        option(options, "max-poll-records", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, fetch);
        option(options, "fetch-min-bytes", ConsumerConfig.FETCH_MIN_BYTES_CONFIG, fetch);
        option(options, "fetch-max-wait-ms", ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, fetch);
        String run = Long.toString(System.currentTimeMillis(), 36);

        PipelineBenchmark pipeline = new PipelineBenchmark(bootstrap,
                new HttpSchemaRegistryClient(RegistryClientConfig.of(registryUrl)), keys, fetch, partitions, consumers,
                rate);
        System.out.println(CoreSpeed.line());
        System.out.printf(Locale.ROOT, "consumers: %d partitions, %d consumer threads, %s; producing %s%n", partitions,
                consumers, fetch.isEmpty() ? "Kafka's fetch defaults" : new TreeMap<>(fetch),
                rate > 0 ? rate + " records/s" : "as fast as it can");
        if (warmUpRecords > 0) {
            pipeline.run("bench-pipeline-" + run + "-warmup", warmUpRecords).print("pipeline warm-up run");
        }
        Result measured = pipeline.run("bench-pipeline-" + run, records);
        measured.print("pipeline measured run");

        double raw = producerPerformance(bootstrap, "bench-raw-" + run, partitions, warmUpRecords, records,
                measured.recordSize());
        System.out.printf(Locale.ROOT, "kafka ProducerPerformance, same broker, %d records of %d bytes, acks=all, "
                + "after %d warm-up records: %.0f records/s%n", records, measured.recordSize(), warmUpRecords, raw);
        System.out.printf(Locale.ROOT, "ratio pipeline / raw producer: %.2f%n", measured.recordsPerSecond() / raw);
    }

    /** One run on a fresh topic and a fresh projection database: the clock starts once every consumer is ready. */
    private Result run(String topic, int records) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        Map<String, Object> serde = Map.of("value.subject.name.strategy", "TopicRecordNameStrategy",
                "specific.avro.reader", true);
        String writer = UnitIds.idOf(SampleEvents.BAOTOU_FORESTRY);
        SigningSerializer signing = new SigningSerializer(new AvroSerializer(registry, serde, false),
                registry::schemaById, KeyRing.load(keys, List.of(writer)));
        AgencyDirectory directory = AgencyDirectory.bundled().withKeysFrom(keys);
        ProjectionDatabase database = ProjectionDatabase.create(ProjectionDatabase.Kind.H2);

        List<PreparedReferral> prepared = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            // Ids of one length in every run, so that warm-up and measured records have one size.
            prepared.add(new PreparedReferral(String.format(Locale.ROOT, "RF-BENCH-%08x-%d", topic.hashCode(), i)));
        }
        Tally tally = new Tally();
        Assignments assignments = new Assignments(consumers);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            // Each thread as one listener container thread: its own consumer, deserializer and applier.
            VerifyingDeserializer verifying = new VerifyingDeserializer(new AvroDeserializer(registry, serde, false),
                    registry::schemaById, directory);
            TransactionalApplier<VerifiedEvent> applier = new TransactionalApplier<>("bench",
                    new OffsetStore(database.jdbc()), database.transactions(),
                    new ReferralEventHandler(new ReferralProjection(database.jdbc())), tally::committed);
            int index = c;
            Thread consumer = new Thread(() -> consume(topic, verifying, applier, tally, records,
                    assignments.of(index)), "pipeline-consumer-" + c);
            consumer.start();
            threads.add(consumer);
        }
        // Produced only once the group is settled, so that no rebalance hands a record to two consumers.
        assignments.awaitSpread(partitions);
        long consumersCpuBefore = threads.stream().mapToLong(t -> THREADS.getThreadCpuTime(t.getId())).sum();

        long start = System.nanoTime();
        long sendingCpuBefore = THREADS.getCurrentThreadCpuTime();
        long sendingCpu;
        int size;
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerProperties(bootstrap),
                new StringSerializer(), signing)) {
            for (int i = 0; i < prepared.size(); i++) {
                if (rate > 0) {
                    // Paced as steady traffic would come, not a burst: the consumers then see what services see.
                    LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
                }
                PreparedReferral holder = prepared.get(i);
                producer.send(new ProducerRecord<>(topic, holder.caseId(), holder.event()));
            }
            producer.flush();
            sendingCpu = THREADS.getCurrentThreadCpuTime() - sendingCpuBefore;
            size = signing.serialize(topic, new RecordHeaders(), prepared.get(0).event()).length;
        }
        for (Thread consumer : threads) {
            consumer.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        database.jdbc().sql("shutdown").update();
        return new Result(tally.applied.get(), size, seconds, sendingCpu, tally.cpu.get() - consumersCpuBefore,
                tally.polls.get(), tally.latencies());
    }

    private void consume(String topic, VerifyingDeserializer verifying, TransactionalApplier<VerifiedEvent> applier,
                         Tally tally, int expected, ConsumerRebalanceListener assigned) {
        Map<String, Object> properties = new HashMap<>(fetch);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, VerifiedEvent> consumer = new KafkaConsumer<>(properties,
                new StringDeserializer(), verifying)) {
            consumer.subscribe(List.of(topic), assigned);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (tally.applied.get() < expected && System.nanoTime() < deadline) {
                // As the services' listener container does: each poll's records in one call.
                List<ConsumerRecord<String, VerifiedEvent>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
                if (!batch.isEmpty()) {
                    applier.onMessage(batch);
                    tally.polls.incrementAndGet();
                    tally.applied.addAndGet(batch.size());
                }
            }
            // Before the thread ends: a finished thread has no CPU time to ask for.
            tally.cpu.addAndGet(THREADS.getCurrentThreadCpuTime());
        }
    }

    /** What the consumer threads did, added up. */
    private static final class Tally {
        final AtomicLong applied = new AtomicLong();
        final AtomicLong polls = new AtomicLong();
        final AtomicLong cpu = new AtomicLong();
        private final List<Long> latencies = new ArrayList<>();

        /** From the producer's timestamp to the commit of the record's transaction, as a command waits for it. */
        synchronized void committed(ConsumerRecord<String, VerifiedEvent> record) {
            latencies.add(System.currentTimeMillis() - record.timestamp());
        }

        synchronized long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    /**
     * @param sendingCpu   CPU of the thread that signs, serializes and hands records to the producer
     * @param consumersCpu CPU of the consumer threads, which fetch, verify, decode and apply
     * @param polls        polls that returned records
     * @param latencies    milliseconds from send to applied, sorted
     */
    private record Result(long applied, int recordSize, double seconds, long sendingCpu, long consumersCpu,
                          long polls, long[] latencies) {

        double recordsPerSecond() {
            return applied / seconds;
        }

        void print(String label) {
            System.out.printf(Locale.ROOT, "%s: %d referrals of %d bytes signed, produced, consumed, verified and "
                    + "applied in %.1f s: %.0f records/s%n", label, applied, recordSize, seconds, recordsPerSecond());
            System.out.printf(Locale.ROOT, "  CPU per record: sending thread %.0f µs, consumer threads %.0f µs; "
                    + "%.1f records per poll; from send to applied: p50 %d ms, p99 %d ms, max %d ms%n",
                    sendingCpu / 1e3 / applied, consumersCpu / 1e3 / applied, (double) applied / polls,
                    percentile(0.50), percentile(0.99), latencies[latencies.length - 1]);
        }

        private long percentile(double share) {
            return latencies[(int) Math.min(latencies.length - 1, Math.round(share * latencies.length))];
        }
    }

    /** The partitions each consumer holds, to start producing once every consumer has its share. */
    private static final class Assignments {
        private final List<Set<TopicPartition>> held = new ArrayList<>();

        Assignments(int consumers) {
            for (int c = 0; c < consumers; c++) {
                held.add(new HashSet<>());
            }
        }

        ConsumerRebalanceListener of(int consumer) {
            return new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    change(() -> held.get(consumer).removeAll(partitions));
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    change(() -> held.get(consumer).addAll(partitions));
                }
            };
        }

        private synchronized void change(Runnable change) {
            change.run();
            notifyAll();
        }

        synchronized void awaitSpread(int partitions) throws InterruptedException {
            while (held.stream().anyMatch(Set::isEmpty) || held.stream().mapToInt(Set::size).sum() != partitions) {
                wait();
            }
        }
    }

    private static Map<String, Object> producerProperties(String bootstrap) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5);
    }

    /**
     * Runs Kafka's tool in its own JVM, as an operator would, warm-up first ({@link WarmProducerPerformance}), on a
     * topic of as many partitions as the pipeline's; prints both summaries and returns the measured rate.
     */
    private static double producerPerformance(String bootstrap, String topic, int partitions, int warmUpRecords,
                                              int records, int size) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process tool = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WarmProducerPerformance.class.getName(), Integer.toString(warmUpRecords),
                "--topic", topic, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(size), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "linger.ms=5")
                .redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        tool.waitFor();
        if (warmUpRecords > 0) {
            System.out.println("  ProducerPerformance warm-up run: " + summary(output, WarmProducerPerformance.WARM_UP,
                    warmUpRecords));
        }
        String summary = summary(output, WarmProducerPerformance.MEASURED, records);
        System.out.println("  ProducerPerformance measured run: " + summary);
        return Double.parseDouble(summary.split(",")[1].trim().split(" ")[0]);
    }

    /** The final summary line of the run after {@code mark}; progress lines come before it. */
    private static String summary(String output, String mark, int records) {
        int from = output.indexOf(mark);
        List<String> summaries = from < 0 ? List.of() : output.substring(from + mark.length()).lines()
                .takeWhile(line -> !line.startsWith("== "))
                .filter(line -> line.startsWith(records + " records sent") && line.contains("99.9th"))
                .toList();
        if (summaries.isEmpty()) {
            throw new IllegalStateException("ProducerPerformance printed no summary after '" + mark + "':\n" + output);
        }
        return summaries.get(summaries.size() - 1);
    }

    private static void option(Map<String, String> options, String name, String property, Map<String, Object> into) {
        if (options.containsKey(name)) {
            into.put(property, Integer.parseInt(options.get(name)));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** One prepared referral, built before the clock starts. */
    private record PreparedReferral(String caseId, ReferralSubmitted event) {
        PreparedReferral(String caseId) {
            this(caseId, SampleEvents.referralSubmitted(caseId));
        }
    }
}
