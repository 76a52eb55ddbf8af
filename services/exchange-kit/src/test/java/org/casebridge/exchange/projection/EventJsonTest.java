package org.casebridge.exchange.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.contracts.TrustedContracts;
import org.casebridge.exchange.testing.SampleEvents;
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

    /** Chinese text, a character outside the BMP, quotes, backslashes and every range Avro escapes. */
    private static final List<String> TEXTS = List.of("", "包头市昆都仑区 林木 345条", "𠮷野家", "\"引号\" and \\ backslash",
            "line\nbreak\r\ttab\b\f", "\u0000\u0001\u001f", "\u007f\u0085\u009f\u00a0é", "em—dash € \u2028\u2029 \u20ff",
            "包林移〔2026〕12号，处罚款壹万贰仟伍佰元", "plain ascii 0123", "\ud842", "️🌲 emoji");
    private static final List<Double> DOUBLES = List.of(0.0, -0.0, 38.6, 12.5, 1e10, 1.0E-7, 109.7903, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE);
    private static final List<Long> LONGS = List.of(0L, 1L, -1L, 4_830_000L, Long.MAX_VALUE, Long.MIN_VALUE);
    private static final int SAMPLES_PER_TYPE = 40;

    static {
        TrustedContracts.ensureInstalled();
    }

    static Stream<EventType> eventTypes() {
        return TopicCatalogue.events().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void rendersEveryEventTypeAsAvrosToString(EventType type) throws IOException {
        Random random = new Random(type.fullName().hashCode());
        for (int i = 0; i < SAMPLES_PER_TYPE; i++) {
            SpecificRecord event = decoded((SpecificRecord) fill(type.schema(), random, true));

            assertThat(EventJson.of(event)).isEqualTo(event.toString());
        }
    }

    @Test
    void rendersTheSampleReferralAsAvrosToString() throws IOException {
        SpecificRecord submitted = decoded(SampleEvents.referralSubmitted());

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
            GenericRecord probe = (GenericRecord) fill(schema, random, false);
            GenericRecord decoded = decodedGeneric(probe);

            assertThat(EventJson.of(probe)).isEqualTo(probe.toString());
            assertThat(EventJson.of(decoded)).isEqualTo(decoded.toString());
        }
    }

    /** A value of the schema; specific classes (and their logical types) for the contracts, generic ones else. */
    private static Object fill(Schema schema, Random random, boolean specific) {
        if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
            return specific ? Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L) : random.nextLong();
        }
        if (schema.getLogicalType() instanceof LogicalTypes.Date) {
            return LocalDate.ofEpochDay(random.nextInt(40_000) - 20_000);
        }
        if (schema.getLogicalType() != null && "uuid".equals(schema.getLogicalType().getName())) {
            return new UUID(random.nextLong(), random.nextLong());
        }
        return switch (schema.getType()) {
            case RECORD -> {
                var record = specific ? (org.apache.avro.generic.IndexedRecord) SpecificData.get().newRecord(null, schema)
                        : new GenericData.Record(schema);
                for (Schema.Field field : schema.getFields()) {
                    record.put(field.pos(), fill(field.schema(), random, specific));
                }
                yield record;
            }
            case UNION -> {
                // The first branch (null in every union of the contracts) half the time.
                List<Schema> branches = schema.getTypes();
                yield fill(branches.get(random.nextBoolean() ? 0 : 1 + random.nextInt(branches.size() - 1)), random,
                        specific);
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(fill(schema.getElementType(), random, specific));
                }
                yield items;
            }
            case MAP -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(random), fill(schema.getValueType(), random, specific));
                }
                yield map;
            }
            case ENUM -> {
                String symbol = schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size()));
                yield specific ? SpecificData.get().createEnum(symbol, schema) : new GenericData.EnumSymbol(schema, symbol);
            }
            case FIXED -> {
                byte[] bytes = new byte[schema.getFixedSize()];
                random.nextBytes(bytes);
                yield new GenericData.Fixed(schema, bytes);
            }
            case BYTES -> {
                byte[] bytes = new byte[random.nextInt(6)];
                random.nextBytes(bytes);
                yield ByteBuffer.wrap(bytes);
            }
            case STRING -> text(random);
            case INT -> LONGS.get(random.nextInt(LONGS.size())).intValue() + random.nextInt(3);
            case LONG -> LONGS.get(random.nextInt(LONGS.size()));
            case FLOAT -> DOUBLES.get(random.nextInt(DOUBLES.size())).floatValue();
            case DOUBLE -> DOUBLES.get(random.nextInt(DOUBLES.size()));
            case BOOLEAN -> random.nextBoolean();
            case NULL -> null;
        };
    }

    private static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    /** As a consumer receives the event: written to Avro binary and read back (arrays are Avro's own then). */
    private static SpecificRecord decoded(SpecificRecord event) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
        encoder.flush();
        return new SpecificDatumReader<SpecificRecord>(event.getSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
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
