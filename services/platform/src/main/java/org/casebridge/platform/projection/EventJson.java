package org.casebridge.platform.projection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * An event as JSON text, exactly as Avro's {@code toString()} of a record renders it (GenericData.toString, Avro
 * 1.12): the payload every projection has stored in its timeline and that readers parse. Rendered here in less than
 * half the time: Avro's version tracks every record, array and map it enters in an identity map (against cycles,
 * which decoded events cannot have), escapes every field name again and appends strings a character at a time;
 * this one renders the field names of a generated record's schema once, and appends a string that needs no
 * escaping (nearly all) at once. The dispatch on the value's type and the escaping are Avro's, in Avro's order
 * (the exact-class tests in front only take values no earlier case matches), so the text is the same character
 * for character (EventJsonTest compares the two).
 */
public final class EventJson {

    /**
     * {@code "name": } of each field of a generated record's schema, with the separator in front of all but the
     * first: bounded by the generated classes (a generic record's schema may be made anew and is not kept).
     */
    private static final Map<Schema, String[]> FIELD_PREFIXES = new ConcurrentHashMap<>();

    private EventJson() {
    }

    /** The record's JSON text, equal to its {@code toString()}. */
    public static String of(IndexedRecord record) {
        StringBuilder out = new StringBuilder(1024);
        value(record, out);
        return out.toString();
    }

    private static void value(Object datum, StringBuilder out) {
        // The commonest values first, by exact class (cheaper than the interface tests below, none of which they pass).
        Class<?> type = datum == null ? null : datum.getClass();
        if (type == String.class) {
            string((String) datum, out);
        } else if (datum == null || type == Long.class || type == Integer.class || type == Boolean.class) {
            out.append(datum);
        } else if (datum instanceof IndexedRecord record) {
            record(record, out);
        } else if (datum instanceof Collection<?> array) {
            out.append('[');
            boolean first = true;
            for (Object element : array) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                value(element, out);
            }
            out.append(']');
        } else if (datum instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                value(entry.getValue(), out);
            }
            out.append('}');
        } else if (datum instanceof CharSequence || datum instanceof Enum<?> || datum instanceof GenericEnumSymbol<?>) {
            // toString also of a CharSequence: Avro's Utf8 counts its length in bytes.
            string(datum.toString(), out);
        } else if (datum instanceof ByteBuffer bytes) {
            // Avro shows bytes as the ISO-8859-1 characters of their values.
            string(StandardCharsets.ISO_8859_1.decode(bytes.duplicate()).toString(), out);
        } else if (nanOrInfinity(datum) || datum instanceof Temporal || datum instanceof UUID) {
            out.append('"').append(datum).append('"');
        } else {
            // Other numbers, fixed (its toString, as Avro).
            out.append(datum);
        }
    }

    private static void record(IndexedRecord record, StringBuilder out) {
        out.append('{');
        Schema schema = record.getSchema();
        String[] prefixes = record instanceof SpecificRecord
                ? FIELD_PREFIXES.computeIfAbsent(schema, EventJson::fieldPrefixes) : fieldPrefixes(schema);
        for (int i = 0; i < prefixes.length; i++) {
            out.append(prefixes[i]);
            value(record.get(i), out);
        }
        out.append('}');
    }

    private static String[] fieldPrefixes(Schema schema) {
        List<Schema.Field> fields = schema.getFields();
        String[] prefixes = new String[fields.size()];
        for (Schema.Field field : fields) {
            StringBuilder prefix = new StringBuilder(field.pos() == 0 ? "" : ", ");
            string(field.name(), prefix);
            prefixes[field.pos()] = prefix.append(": ").toString();
        }
        return prefixes;
    }

    private static boolean nanOrInfinity(Object datum) {
        return datum instanceof Float f && (f.isInfinite() || f.isNaN())
                || datum instanceof Double d && (d.isInfinite() || d.isNaN());
    }

    /** A quoted string, escaped as Avro escapes it (control characters, U+007F-U+009F and U+2000-U+20FF too). */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        int length = text.length();
        int first = 0;
        while (first < length && plain(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            // Copied whole: appending a range of a String copies it a character at a time.
            out.append(text).append('"');
            return;
        }
        out.append(text, 0, first);
        for (int i = first; i < length; i++) {
            char ch = text.charAt(i);
            if (plain(ch)) {
                out.append(ch);
            } else {
                escape(ch, out);
            }
        }
        out.append('"');
    }

    private static boolean plain(char ch) {
        return ch >= 0x20 && ch != '"' && ch != '\\' && (ch < 0x7F || ch > 0x9F) && (ch < 0x2000 || ch > 0x20FF);
    }

    private static void escape(char ch, StringBuilder out) {
        switch (ch) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) ch));
        }
    }
}
