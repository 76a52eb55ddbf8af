package org.casebridge.rules.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TrustedContracts;

/**
 * Events of any type with every field filled at random from values that stress a rendering or a parser (Chinese
 * text, a character outside the BMP, quotes, backslashes, control characters, the ranges Avro escapes, NaN and
 * infinities, extreme longs, null branches), decoded from Avro binary as a consumer receives them.
 */
public final class RandomEvents {

    /** Chinese text, a character outside the BMP, quotes, backslashes and every range Avro escapes. */
    private static final List<String> TEXTS = List.of("", "包头市昆都仑区 林木 345条", "𠮷野家", "\"引号\" and \\ backslash",
            "line\nbreak\r\ttab\b\f", "\u0000\u0001\u001f", "\u007f\u0085\u009f\u00a0é", "em—dash € \u2028\u2029 \u20ff",
            "包林移〔2026〕12号，处罚款壹万贰仟伍佰元", "plain ascii 0123", "\ud842", "️🌲 emoji");
    private static final List<Double> DOUBLES = List.of(0.0, -0.0, 38.6, 12.5, 1e10, 1.0E-7, 109.7903, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE);
    private static final List<Long> LONGS = List.of(0L, 1L, -1L, 4_830_000L, Long.MAX_VALUE, Long.MIN_VALUE);

    static {
        TrustedContracts.ensureInstalled();
    }

    private RandomEvents() {
    }

    /** An event of the type as a consumer decodes it. */
    public static SpecificRecord of(EventType type, Random random) {
        return decoded((SpecificRecord) fill(type.schema(), random, true));
    }

    /** A value of the schema; specific classes (and their logical types) for the contracts, generic ones else. */
    public static Object fill(Schema schema, Random random, boolean specific) {
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
                IndexedRecord record = specific ? (IndexedRecord) SpecificData.get().newRecord(null, schema)
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
    public static SpecificRecord decoded(SpecificRecord event) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
            encoder.flush();
            return new SpecificDatumReader<SpecificRecord>(event.getSchema())
                    .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
