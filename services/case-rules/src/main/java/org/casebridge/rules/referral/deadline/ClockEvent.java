package org.casebridge.rules.referral.deadline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.rules.unit.UnitIds;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * An accepted event of a referral as its legal clocks read it: type, time, sequence and the few fields of its
 * content that move a clock ({@link ReferralDeadlines#CONTENT_READ}), an agency as {@code TYPE:code}, an enum by
 * its name. Read from the Avro record of the event being applied, or from the JSON text the timeline stores for
 * the earlier ones: the same fields either way.
 *
 * @param eventType  e.g. {@code ReceiptSigned}
 * @param occurredAt when it happened
 * @param sequence   its position in the referral's chain
 * @param content    the fields the clocks read, by name; a null field is absent
 */
public record ClockEvent(String eventType, Instant occurredAt, long sequence, Map<String, String> content) {

    /** The streaming parser alone: a mapper's parser carries a context for data binding, not needed here. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    public ClockEvent {
        content = Map.copyOf(content);
    }

    /** The event being applied, its fields read from its Avro record. */
    public static ClockEvent of(IndexedRecord record, EventMeta meta) {
        String eventType = record.getSchema().getName();
        List<String> names = ReferralDeadlines.contentRead(eventType);
        Map<String, String> content = new HashMap<>(names.size());
        for (String name : names) {
            Schema.Field field = record.getSchema().getField(name);
            Object value = field == null ? null : record.get(field.pos());
            if (value instanceof AgencyRef ref) {
                content.put(name, UnitIds.idOf(ref));
            } else if (value != null) {
                content.put(name, value.toString());
            }
        }
        return new ClockEvent(eventType, meta.getOccurredAt(), meta.getSequence(), content);
    }

    /**
     * A stored event, its fields read from the timeline's JSON text ({@code {}} for a type whose content moves no
     * clock). Reads the text only as far as the last field it needs (the submission's sender and receiver come
     * right after its meta), without building a tree of it.
     */
    public static ClockEvent of(String eventType, Instant occurredAt, long sequence, String payload) {
        List<String> names = ReferralDeadlines.contentRead(eventType);
        Map<String, String> content = new HashMap<>(names.size());
        if (!names.isEmpty()) {
            try (JsonParser parser = JSON.createParser(payload)) {
                int seen = 0;
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (seen < names.size() && parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        JsonToken token = parser.nextToken();
                        if (names.contains(name)) {
                            seen++;
                            String value = value(parser, token);
                            if (value != null) {
                                content.put(name, value);
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
            }
        }
        return new ClockEvent(eventType, occurredAt, sequence, content);
    }

    /** The field, or null when the event has none (or it is null). */
    public String field(String name) {
        return content.get(name);
    }

    /** A scalar's text, or an agency object ({@code type}, {@code divisionCode}) as {@code TYPE:code}. */
    private static String value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> null;
            case START_OBJECT -> agency(parser);
            case START_ARRAY -> {
                parser.skipChildren();
                yield null;
            }
            default -> parser.getString();
        };
    }

    private static String agency(JsonParser parser) {
        String type = "";
        String divisionCode = "";
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if ("type".equals(name)) {
                type = parser.getString();
            } else if ("divisionCode".equals(name)) {
                divisionCode = parser.getString();
            } else {
                parser.skipChildren();
            }
        }
        return type + ":" + divisionCode;
    }
}
