package org.casebridge.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.apache.avro.generic.GenericRecord;
import org.casebridge.contracts.referral.ReferralSubmitted;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.testing.ApicurioRegistry;
import org.casebridge.platform.testing.ApicurioRegistryExtension;
import org.casebridge.platform.testing.ProbeSchemas;
import org.casebridge.platform.testing.StubHttpServer;
import org.casebridge.rules.testing.SampleEvents;
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
        serializer.serialize(topic, ProbeSchemas.record(ProbeSchemas.V1, "v1", 0));
        GenericRecord incompatible = ProbeSchemas.record(ProbeSchemas.WITHOUT_DEFAULT, "v2", 2);

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
}
