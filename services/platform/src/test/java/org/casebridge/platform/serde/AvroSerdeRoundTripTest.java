package org.casebridge.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.avro.generic.GenericRecord;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.registry.InMemorySchemaRegistryClient;
import org.casebridge.platform.testing.ProbeSchemas;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvroSerdeRoundTripTest {

    static final String TOPIC = "referrals";
    static final Map<String, Object> SPECIFIC = Map.of("specific.avro.reader", true);
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void roundTripsSpecificRecordIntoItsGeneratedClass() {
        ReferralSubmitted event = SampleEvents.referralSubmitted();

        byte[] frame = new AvroSerializer(registry).serialize(TOPIC, event);
        Object read = new AvroDeserializer(registry, SPECIFIC, false).deserialize(TOPIC, frame);

        assertThat(read).isInstanceOf(ReferralSubmitted.class).isEqualTo(event);
        assertThat(frame[0]).isZero();
        assertThat(WireFormat.schemaId(frame)).isEqualTo(registry.latest("referrals-value").id());
    }

    @Test
    void keepsChineseTextUnchanged() {
        ReferralSubmitted event = SampleEvents.referralSubmitted("包头-昆都仑-345");

        ReferralSubmitted read = (ReferralSubmitted) new AvroDeserializer(registry, SPECIFIC, false)
                .deserialize(TOPIC, new AvroSerializer(registry).serialize(TOPIC, event));

        assertThat(read.getCaseData().getLocation().getAddress()).startsWith("包头市昆都仑区 林木 345条");
        assertThat(read.getMeta().getCaseId()).isEqualTo("包头-昆都仑-345");
        assertThat(read.getParties().get(0).getName()).isEqualTo("林木");
    }

    @Test
    void readsSpecificRecordAsGenericRecordByDefault() {
        ReferralSubmitted event = SampleEvents.referralSubmitted();

        Object read = new AvroDeserializer(registry).deserialize(TOPIC, new AvroSerializer(registry).serialize(TOPIC, event));

        assertThat(read).isInstanceOf(GenericRecord.class).isNotInstanceOf(ReferralSubmitted.class);
        GenericRecord meta = (GenericRecord) ((GenericRecord) read).get("meta");
        assertThat(meta.get("caseId").toString()).isEqualTo(event.getMeta().getCaseId());
        assertThat(meta.get("occurredAt")).isEqualTo(event.getMeta().getOccurredAt().toEpochMilli());
    }

    @Test
    void roundTripsGenericRecord() {
        GenericRecord probe = ProbeSchemas.record(ProbeSchemas.WITHOUT_DEFAULT, "林木", 345);

        Object read = new AvroDeserializer(registry).deserialize(TOPIC, new AvroSerializer(registry).serialize(TOPIC, probe));

        assertThat(read).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) read).get("name").toString()).isEqualTo("林木");
        assertThat(((GenericRecord) read).get("count")).isEqualTo(345);
    }

    @ParameterizedTest
    @CsvSource({
            "io.confluent.kafka.serializers.subject.TopicNameStrategy, referrals-value",
            "io.confluent.kafka.serializers.subject.RecordNameStrategy, org.casebridge.contracts.referral.ReferralSubmitted",
            "TopicRecordNameStrategy, referrals-org.casebridge.contracts.referral.ReferralSubmitted"})
    void registersUnderTheSubjectOfEachStrategy(String strategy, String subject) {
        AvroSerializer serializer = new AvroSerializer(registry, Map.of("value.subject.name.strategy", strategy), false);

        byte[] frame = serializer.serialize(TOPIC, SampleEvents.referralSubmitted());

        assertThat(registry.latest(subject).id()).isEqualTo(WireFormat.schemaId(frame));
        assertThat(new AvroDeserializer(registry, SPECIFIC, false).deserialize(TOPIC, frame))
                .isEqualTo(SampleEvents.referralSubmitted());
    }

    @Test
    void namesKeySubjectsWithKeySuffix() {
        GenericRecord probe = ProbeSchemas.record(ProbeSchemas.V1, "key", 0);

        byte[] frame = new AvroSerializer(registry, Map.of(), true).serialize(TOPIC, probe);

        assertThat(registry.latest("referrals-key").id()).isEqualTo(WireFormat.schemaId(frame));
    }

    @Test
    void writesWithTheLatestRegisteredVersionWhenConfigured() {
        int id = registry.register("referrals-value", ReferralSubmitted.getClassSchema());
        AvroSerializer serializer = new AvroSerializer(registry,
                Map.of("use.latest.version", "true", "auto.register.schemas", "false"), false);

        byte[] frame = serializer.serialize(TOPIC, SampleEvents.referralSubmitted());

        assertThat(WireFormat.schemaId(frame)).isEqualTo(id);
        assertThat(new AvroDeserializer(registry, SPECIFIC, false).deserialize(TOPIC, frame))
                .isEqualTo(SampleEvents.referralSubmitted());
    }

    @Test
    void usesTheRegisteredIdWithoutRegisteringWhenAutoRegisterIsOff() {
        int id = registry.register("referrals-value", ReferralSubmitted.getClassSchema());
        AvroSerializer serializer = new AvroSerializer(registry, Map.of("auto.register.schemas", false), false);

        assertThat(WireFormat.schemaId(serializer.serialize(TOPIC, SampleEvents.referralSubmitted()))).isEqualTo(id);
    }

    @Test
    void keepsTombstonesNull() {
        assertThat(new AvroSerializer(registry).serialize(TOPIC, null)).isNull();
        assertThat(new AvroDeserializer(registry).deserialize(TOPIC, null)).isNull();
    }

    @Test
    void writesAndReadsFromSeveralThreadsAtOnce() throws Exception {
        AvroSerializer serializer = new AvroSerializer(registry);
        AvroDeserializer deserializer = new AvroDeserializer(registry, SPECIFIC, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int base = task * 100;
                results.add(pool.submit(() -> {
                    for (int i = base; i < base + 100; i++) {
                        ReferralSubmitted event = SampleEvents.referralSubmitted("RF-" + i);
                        if (!event.equals(deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, event)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(1, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
