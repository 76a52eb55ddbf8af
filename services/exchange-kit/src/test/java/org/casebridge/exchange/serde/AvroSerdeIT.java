package org.casebridge.exchange.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.exchange.registry.HttpSchemaRegistryClient;
import org.casebridge.exchange.registry.RegistryClientConfig;
import org.casebridge.exchange.testing.ApicurioRegistry;
import org.casebridge.exchange.testing.ApicurioRegistryExtension;
import org.casebridge.exchange.testing.SampleEvents;
import org.casebridge.exchange.testing.StubHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ApicurioRegistryExtension.class)
class AvroSerdeIT {

    private final ApicurioRegistry apicurio;
    private final String topic = "it-referrals-" + UUID.randomUUID();

    AvroSerdeIT(ApicurioRegistry apicurio) {
        this.apicurio = apicurio;
    }

    /** As Kafka builds them: no-arg constructor, then configure with Confluent's property names. */
    private Map<String, Object> kafkaConfigs() {
        return Map.of(
                "schema.registry.url", StubHttpServer.closedPortUrl() + "," + apicurio.url(),
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy",
                "specific.avro.reader", "true");
    }

    @Test
    void roundTripsThroughTheRealRegistryWhenBuiltByKafka() {
        AvroSerializer serializer = new AvroSerializer();
        serializer.configure(kafkaConfigs(), false);
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(kafkaConfigs(), false);
        ReferralSubmitted event = SampleEvents.referralSubmitted("包头-" + UUID.randomUUID());

        byte[] frame = serializer.serialize(topic, event);

        assertThat(deserializer.deserialize(topic, frame)).isEqualTo(event);
        var registered = new HttpSchemaRegistryClient(RegistryClientConfig.of(apicurio.url()))
                .latest(topic + "-" + ReferralSubmitted.getClassSchema().getFullName());
        assertThat(WireFormat.schemaId(frame)).isEqualTo(registered.id());
    }

    @Test
    void refusesIncompatibleSchemaFromTheRealRegistry() {
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(RegistryClientConfig.of(apicurio.url()));
        AvroSerializer serializer = new AvroSerializer(client);
        serializer.serialize(topic, probe("{\"name\":\"name\",\"type\":\"string\"}", "name", "v1"));

        GenericRecord incompatible = probe(
                "{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"count\",\"type\":\"int\"}", "name", "v2");
        incompatible.put("count", 2);

        assertThatThrownBy(() -> serializer.serialize(topic, incompatible))
                .isInstanceOf(IncompatibleSchemaRegistrationException.class).hasMessageContaining(topic + "-value");
    }

    @Test
    void refusesUnknownSchemaIdFromTheRealRegistry() {
        AvroDeserializer deserializer = new AvroDeserializer();
        deserializer.configure(kafkaConfigs(), false);

        assertThatThrownBy(() -> deserializer.deserialize(topic, WireFormat.frame(987_654, new byte[] {0})))
                .isInstanceOf(UnknownSchemaIdException.class).hasMessageContaining("987654");
    }

    private static GenericRecord probe(String fields, String field, String value) {
        Schema schema = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Probe\","
                + "\"namespace\":\"org.casebridge.test\",\"fields\":[" + fields + "]}");
        GenericRecord record = new GenericData.Record(schema);
        record.put(field, value);
        return record;
    }
}
