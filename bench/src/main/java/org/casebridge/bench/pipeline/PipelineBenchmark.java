package org.casebridge.bench.pipeline;

import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicLong;

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
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.exchange.directory.AgencyDirectory;
import org.casebridge.exchange.directory.AgencyUnit;
import org.casebridge.exchange.integrity.KeyRing;
import org.casebridge.exchange.integrity.SigningSerializer;
import org.casebridge.exchange.integrity.VerifiedEvent;
import org.casebridge.exchange.integrity.VerifyingDeserializer;
import org.casebridge.exchange.projection.OffsetStore;
import org.casebridge.exchange.projection.TransactionalApplier;
import org.casebridge.exchange.referral.ReferralEventHandler;
import org.casebridge.exchange.referral.ReferralProjection;
import org.casebridge.exchange.registry.HttpSchemaRegistryClient;
import org.casebridge.exchange.registry.RegistryClientConfig;
import org.casebridge.exchange.serde.AvroDeserializer;
import org.casebridge.exchange.serde.AvroSerializer;
import org.casebridge.exchange.testing.ProjectionDatabase;
import org.casebridge.exchange.testing.SampleEvents;

/**
 * The event pipeline without HTTP on a running broker and registry (the local stack): sign, serialize and
 * produce N referrals, consume, verify and apply them to a projection; then Kafka's own ProducerPerformance on
 * the same broker, same record size and acks, and the ratio of the two. Topics are created fresh per run so
 * that the stack's services do not consume them.
 * <pre>java -cp bench/target/benchmarks.jar org.casebridge.bench.pipeline.PipelineBenchmark \
 *     [--bootstrap 127.0.0.1:9092] [--registry http://127.0.0.1:8090/apis/ccompat/v7] [--keys .casebridge/keys] [--records 20000]
 *     [--max-poll-records 1000] [--partitions 1] [--consumers 1]</pre>
 * With {@code --partitions N --consumers N} the topics have N partitions (the local stack's have 6) and N consumer
 * threads of one group each verify and apply their partitions with their own applier on the shared database, as
 * {@code casebridge.referrals.consumer.concurrency} runs the services' listeners.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:9092");
        String registryUrl = options.getOrDefault("registry", "http://127.0.0.1:8090/apis/ccompat/v7");
        Path keys = Path.of(options.getOrDefault("keys", ".casebridge/keys"));
        int records = Integer.parseInt(options.getOrDefault("records", "20000"));
        // 1 gives each record its own transaction, as the projection did before it applied whole polls.
        int maxPollRecords = Integer.parseInt(options.getOrDefault("max-poll-records", "1000"));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "1"));
        int consumers = Integer.parseInt(options.getOrDefault("consumers", "1"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        String pipelineTopic = "bench-pipeline-" + run;
        String rawTopic = "bench-raw-" + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(pipelineTopic, partitions, (short) 1),
                            new NewTopic(rawTopic, partitions, (short) 1)))
                    .all().get();
        }

        HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(RegistryClientConfig.of(registryUrl));
        Map<String, Object> serde = Map.of("value.subject.name.strategy", "TopicRecordNameStrategy",
                "specific.avro.reader", true);
        String writer = AgencyUnit.idOf(SampleEvents.BAOTOU_FORESTRY);
        SigningSerializer signing = new SigningSerializer(new AvroSerializer(registry, serde, false),
                registry::schemaById, KeyRing.load(keys, List.of(writer)));
        AgencyDirectory directory = AgencyDirectory.bundled().withKeysFrom(keys);
        ProjectionDatabase database = ProjectionDatabase.create(ProjectionDatabase.Kind.H2);

        List<PreparedReferral> prepared = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            prepared.add(new PreparedReferral("RF-BENCH-" + run + "-" + i));
        }
        AtomicLong applied = new AtomicLong();
        Assignments assignments = new Assignments(consumers);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            // Each thread as one listener container thread: its own consumer, deserializer and applier.
            VerifyingDeserializer verifying = new VerifyingDeserializer(new AvroDeserializer(registry, serde, false),
                    registry::schemaById, directory);
            TransactionalApplier<VerifiedEvent> applier = new TransactionalApplier<>("bench",
                    new OffsetStore(database.jdbc()), database.transactions(),
                    new ReferralEventHandler(new ReferralProjection(database.jdbc())));
            int index = c;
            Thread consumer = new Thread(() -> consume(bootstrap, pipelineTopic, maxPollRecords, verifying, applier,
                    applied, records, assignments.of(index)), "pipeline-consumer-" + c);
            consumer.start();
            threads.add(consumer);
        }
        // Produced only once the group is settled, so that no rebalance hands a record to two consumers.
        assignments.awaitSpread(partitions);

        long start = System.nanoTime();
        int size;
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(producerProperties(bootstrap),
                new StringSerializer(), signing)) {
            for (PreparedReferral holder : prepared) {
                producer.send(new ProducerRecord<>(pipelineTopic, holder.caseId(), holder.event()));
            }
            producer.flush();
            size = signing.serialize(pipelineTopic, new RecordHeaders(),
                    prepared.get(0).event()).length;
        }
        for (Thread consumer : threads) {
            consumer.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double pipeline = applied.get() / seconds;
        System.out.printf(Locale.ROOT, "pipeline: %d referrals of %d bytes signed, produced, consumed, verified and "
                + "applied in %.1f s: %.0f records/s (%d partitions, %d consumers)%n", applied.get(), size, seconds,
                pipeline, partitions, consumers);

        double raw = producerPerformance(bootstrap, rawTopic, records, size);
        System.out.printf(Locale.ROOT, "kafka ProducerPerformance, same broker, %d records of %d bytes, acks=all: "
                + "%.0f records/s%n", records, size, raw);
        System.out.printf(Locale.ROOT, "ratio pipeline / raw producer: %.2f%n", pipeline / raw);
    }

    private static void consume(String bootstrap, String topic, int maxPollRecords, VerifyingDeserializer verifying,
                                TransactionalApplier<VerifiedEvent> applier, AtomicLong applied, int expected,
                                ConsumerRebalanceListener assigned) {
        try (KafkaConsumer<String, VerifiedEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords),
                new StringDeserializer(), verifying)) {
            consumer.subscribe(List.of(topic), assigned);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (applied.get() < expected && System.nanoTime() < deadline) {
                // As the services' listener container does: each poll's records in one call.
                List<ConsumerRecord<String, VerifiedEvent>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
                applier.onMessage(batch);
                applied.addAndGet(batch.size());
            }
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

    /** Runs Kafka's tool in its own JVM, as an operator would, and reads its summary line. */
    private static double producerPerformance(String bootstrap, String topic, int records, int size)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process tool = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", Integer.toString(records),
                "--record-size", Integer.toString(size), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "linger.ms=5")
                .redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        tool.waitFor();
        String summary = output.lines().filter(l -> l.startsWith(records + " records sent")).findFirst()
                .orElseThrow(() -> new IllegalStateException("ProducerPerformance printed no summary:\n" + output));
        System.out.println("  " + summary);
        return Double.parseDouble(summary.split(",")[1].trim().split(" ")[0]);
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
