package org.casebridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.integrity.KeyRing;
import org.casebridge.platform.integrity.SigningSerializer;
import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.integrity.VerifyingDeserializer;
import org.casebridge.platform.registry.InMemorySchemaRegistryClient;
import org.casebridge.platform.serde.AvroDeserializer;
import org.casebridge.platform.serde.AvroSerializer;
import org.casebridge.rules.testing.SampleEvents;
import org.casebridge.rules.unit.UnitIds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The four steps of the event path for a realistic ~2 KB ReferralSubmitted, one thread each, so a score is
 * records per second per core. The registry is in memory: after the first call the serde never asks it
 * again, so this measures the serde and the signatures, not the network.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class EventPathBenchmark {

    private static final String TOPIC = Topic.REFERRALS.topicName();
    private static final Map<String, Object> SERDE_CONFIG = Map.of(
            "schema.registry.url", "mem://benchmark",
            "value.subject.name.strategy", "TopicRecordNameStrategy",
            "specific.avro.reader", true);

    private ReferralSubmitted event;
    private AvroSerializer serializer;
    private SigningSerializer signingSerializer;
    private AvroDeserializer deserializer;
    private VerifyingDeserializer verifyingDeserializer;
    private byte[] signedFrame;
    private RecordHeaders signedHeaders;

    @Setup
    public void setUp() throws IOException {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        Path keys = Files.createTempDirectory("casebridge-bench-keys");
        AgencyDirectory directory = AgencyDirectory.bundled();
        AgencyKeys.generateMissing(directory, keys);
        directory = directory.withKeysFrom(keys);

        event = SampleEvents.referralSubmitted("BT-BENCH-0001");
        serializer = new AvroSerializer(registry, SERDE_CONFIG, false);
        deserializer = new AvroDeserializer(registry, SERDE_CONFIG, false);
        String writer = UnitIds.idOf(event.getMeta().getActingAgency());
        signingSerializer = new SigningSerializer(serializer, registry::schemaById, KeyRing.load(keys, List.of(writer)));
        verifyingDeserializer = new VerifyingDeserializer(deserializer, registry::schemaById, directory);

        signedHeaders = new RecordHeaders();
        signedFrame = signingSerializer.serialize(TOPIC, signedHeaders, event);
        System.out.printf("%nrecord: %s, %d bytes framed%n", event.getClass().getSimpleName(), signedFrame.length);
    }

    @Benchmark
    public byte[] serialize() {
        return serializer.serialize(TOPIC, event);
    }

    @Benchmark
    public byte[] serializeAndSign() {
        return signingSerializer.serialize(TOPIC, new RecordHeaders(), event);
    }

    @Benchmark
    public Object deserialize() {
        return deserializer.deserialize(TOPIC, signedFrame);
    }

    @Benchmark
    public VerifiedEvent verifyAndDeserialize() {
        return verifyingDeserializer.deserialize(TOPIC, signedHeaders, signedFrame);
    }
}
