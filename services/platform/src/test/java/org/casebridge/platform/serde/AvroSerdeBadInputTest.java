package org.casebridge.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.casebridge.platform.registry.InMemorySchemaRegistryClient;
import org.casebridge.platform.registry.InvalidSchemaException;
import org.casebridge.platform.registry.RegistryUnavailableException;
import org.casebridge.platform.testing.ProbeSchemas;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.Test;

class AvroSerdeBadInputTest {

    static final String TOPIC = "referrals";
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final AvroDeserializer deserializer = new AvroDeserializer(registry);

    private byte[] validFrame() {
        return new AvroSerializer(registry).serialize(TOPIC, SampleEvents.referralSubmitted());
    }

    @Test
    void rejectsFrameWithWrongMagicByte() {
        byte[] frame = validFrame();
        frame[0] = 0x7b;

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame))
                .isInstanceOf(WrongMagicByteException.class).isInstanceOf(SerializationException.class)
                .hasMessageContaining("0x7b");
    }

    @Test
    void rejectsFrameShorterThanTheHeader() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOf(FrameTooShortException.class).hasMessageContaining("3 byte(s)");
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[0]))
                .isInstanceOf(FrameTooShortException.class);
    }

    @Test
    void rejectsTruncatedBody() {
        byte[] frame = validFrame();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, Arrays.copyOf(frame, frame.length / 2)))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("topic 'referrals'");
    }

    @Test
    void rejectsCorruptBody() {
        byte[] frame = validFrame();
        Arrays.fill(frame, WireFormat.PAYLOAD_OFFSET, frame.length, (byte) 0xff);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame)).isInstanceOf(CorruptPayloadException.class);
    }

    @Test
    void rejectsBytesLeftOverAfterTheRecord() {
        byte[] frame = validFrame();
        byte[] longer = Arrays.copyOf(frame, frame.length + 3);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, longer))
                .isInstanceOf(CorruptPayloadException.class).hasMessageContaining("left over");
    }

    @Test
    void rejectsUnknownSchemaId() {
        byte[] frame = WireFormat.frame(4711, new byte[] {2, 'x'});

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame))
                .isInstanceOf(UnknownSchemaIdException.class).hasMessageContaining("4711");
    }

    @Test
    void reportsUnreachableRegistryWhileReading() {
        AvroDeserializer reader = new AvroDeserializer(new FailingRegistry(
                new RegistryUnavailableException("no schema registry answered", -1, null)));

        assertThatThrownBy(() -> reader.deserialize(TOPIC, WireFormat.frame(7, new byte[] {0})))
                .isInstanceOf(RegistryCallFailedException.class).hasMessageContaining("schema id 7");
    }

    @Test
    void reportsUnreachableRegistryWhileWriting() {
        AvroSerializer writer = new AvroSerializer(new FailingRegistry(
                new RegistryUnavailableException("no schema registry answered", 503, null)));

        assertThatThrownBy(() -> writer.serialize(TOPIC, SampleEvents.referralSubmitted()))
                .isInstanceOf(RegistryCallFailedException.class).hasMessageContaining("referrals-value");
    }

    @Test
    void reportsIncompatibleSchemaOnRegister() {
        registry.register("referrals-value", ProbeSchemas.V1);
        GenericRecord probe = ProbeSchemas.record(ProbeSchemas.WITHOUT_DEFAULT, "n", 1);

        assertThatThrownBy(() -> new AvroSerializer(registry).serialize(TOPIC, probe))
                .isInstanceOf(IncompatibleSchemaRegistrationException.class)
                .hasMessageContaining("referrals-value").hasMessageContaining("incompatible");
    }

    @Test
    void reportsInvalidSchemaOnRegister() {
        AvroSerializer writer = new AvroSerializer(new FailingRegistry(
                new InvalidSchemaException("Invalid schema", 42201)));

        assertThatThrownBy(() -> writer.serialize(TOPIC, SampleEvents.referralSubmitted()))
                .isInstanceOf(InvalidSchemaRegistrationException.class).hasMessageContaining("invalid");
    }

    @Test
    void refusesUnregisteredSchemaWhenAutoRegisterIsOff() {
        AvroSerializer writer = new AvroSerializer(registry, Map.of("auto.register.schemas", "false"), false);

        assertThatThrownBy(() -> writer.serialize(TOPIC, SampleEvents.referralSubmitted()))
                .isInstanceOf(SchemaNotRegisteredException.class)
                .hasMessageContaining("auto.register.schemas=false").hasMessageContaining("referrals-value");
    }

    @Test
    void refusesLatestVersionOfEmptySubject() {
        AvroSerializer writer = new AvroSerializer(registry, Map.of("use.latest.version", "true"), false);

        assertThatThrownBy(() -> writer.serialize(TOPIC, SampleEvents.referralSubmitted()))
                .isInstanceOf(SchemaNotRegisteredException.class).hasMessageContaining("use.latest.version=true");
    }

    @Test
    void refusesValuesThatAreNotAvroRecords() {
        assertThatThrownBy(() -> new AvroSerializer(registry).serialize(TOPIC, "not a record"))
                .isInstanceOf(UnwritableRecordException.class).hasMessageContaining("java.lang.String");
    }

    @Test
    void refusesRecordsThatDoNotFitTheirSchema() {
        GenericRecord probe = new GenericData.Record(ProbeSchemas.V1);

        assertThatThrownBy(() -> new AvroSerializer(registry).serialize(TOPIC, probe))
                .isInstanceOf(UnwritableRecordException.class).hasMessageContaining("org.casebridge.test.Probe");
    }

    @Test
    void refusesSpecificReadingWithoutGeneratedClass() {
        GenericRecord probe = ProbeSchemas.record(ProbeSchemas.V1, "n", 0);
        byte[] frame = new AvroSerializer(registry).serialize(TOPIC, probe);
        AvroDeserializer reader = new AvroDeserializer(registry, Map.of("specific.avro.reader", "true"), false);

        assertThatThrownBy(() -> reader.deserialize(TOPIC, frame))
                .isInstanceOf(MissingGeneratedClassException.class).hasMessageContaining("org.casebridge.test.Probe");
    }

    @Test
    void failsClearlyWhenNeitherConfiguredNorGivenARegistry() {
        assertThatThrownBy(() -> new AvroSerializer().serialize(TOPIC, SampleEvents.referralSubmitted()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schema.registry.url");
        assertThat(new AvroDeserializer().deserialize(TOPIC, null)).isNull();
    }
}
