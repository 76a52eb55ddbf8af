package org.casebridge.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.rules.testing.RandomEvents;
import org.casebridge.rules.testing.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The timeline's payload text: {@link EventJson} must render every event exactly as Avro's {@code toString()} did,
 * the text every projection stored so far and every reader parses. Events of every type of the catalogue, each
 * field filled at random (seeded) from values that stress the rendering, and decoded from Avro binary as a consumer
 * receives them.
 */
class EventJsonTest {

    private static final int SAMPLES_PER_TYPE = 40;

    static Stream<EventType> eventTypes() {
        return TopicCatalogue.events().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void rendersEveryEventTypeAsAvrosToString(EventType type) {
        Random random = new Random(type.fullName().hashCode());
        for (int i = 0; i < SAMPLES_PER_TYPE; i++) {
            SpecificRecord event = RandomEvents.of(type, random);

            assertThat(EventJson.of(event)).isEqualTo(event.toString());
        }
    }

    @Test
    void rendersTheSampleReferralAsAvrosToString() {
        SpecificRecord submitted = RandomEvents.decoded(SampleEvents.referralSubmitted());

        assertThat(EventJson.of(submitted)).isEqualTo(submitted.toString()).contains(SampleEvents.LOCATION_TEXT);
    }

    /** Types no event has yet (bytes, fixed, maps, floats, enums of the generic model), as a later schema may add. */
    @Test
    void rendersBytesFixedMapsAndGenericEnumsAsAvrosToString() throws IOException {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "Probe", "namespace": "probe", "fields": [
                  {"name": "bytes", "type": "bytes"},
                  {"name": "fixed", "type": {"type": "fixed", "name": "Four", "size": 4}},
                  {"name": "map", "type": {"type": "map", "values": ["null", "string", "long"]}},
                  {"name": "floats", "type": {"type": "array", "items": "float"}},
                  {"name": "colour", "type": {"type": "enum", "name": "Colour", "symbols": ["RED", "GREEN"]}},
                  {"name": "flag", "type": "boolean"},
                  {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                  {"name": "nested", "type": ["null", "Probe"], "default": null}
                ]}""");
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            GenericRecord probe = (GenericRecord) RandomEvents.fill(schema, random, false);
            GenericRecord decoded = decodedGeneric(probe);

            assertThat(EventJson.of(probe)).isEqualTo(probe.toString());
            assertThat(EventJson.of(decoded)).isEqualTo(decoded.toString());
        }
    }

    /** Strings of the generic model decode as Avro's Utf8, not String. */
    private static GenericRecord decodedGeneric(GenericRecord record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(record.getSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }
}
