package org.casebridge.contracts.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.Topic;
import org.casebridge.contracts.TopicCatalogue;

/**
 * Renders docs/events.md from the topic catalogue and the schemas, so that the document cannot drift from the
 * contracts: a test compares the committed file with this output. Regenerate with
 * {@code mvn -pl schemas compile exec:java@events-doc}.
 */
public final class EventsMarkdown {

    private EventsMarkdown() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/events.md");
        Files.writeString(target, render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    /** The whole document. */
    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Events\n\n")
          .append("Generated from `schemas/` by `EventsMarkdown` (`mvn -pl schemas compile exec:java@events-doc`); ")
          .append("do not edit by hand.\n\n")
          .append("Every event is an Avro record whose first field is `meta` (`EventMeta`). Keys are the case id ")
          .append("as a UTF-8 string. Registry subjects follow TopicRecordNameStrategy: `<topic>-<full record name>`. ")
          .append("Every event is signed by the unit named in `meta.actingAgency` (Kafka headers `cb-signer`, ")
          .append("`cb-signature`). Fields marked 🔒 are personal data.\n");
        for (Topic topic : Topic.values()) {
            md.append("\n## Topic `").append(topic.topicName()).append("` (dead letters: `")
              .append(topic.deadLetterTopicName()).append("`)\n\n")
              .append("| event | who may write it | what it records |\n| --- | --- | --- |\n");
            for (EventType event : TopicCatalogue.eventsOn(topic)) {
                md.append("| [").append(event.simpleName()).append("](#").append(event.simpleName().toLowerCase())
                  .append(") | ").append(writers(event)).append(" | ").append(event.schema().getDoc()).append(" |\n");
            }
        }
        Map<String, Schema> shared = new LinkedHashMap<>();
        Deque<Schema> unrendered = new ArrayDeque<>();
        md.append("\n## Event fields\n");
        for (EventType event : TopicCatalogue.events()) {
            md.append("\n### ").append(event.simpleName()).append("\n\n`").append(event.fullName())
              .append("` on `").append(event.topic().topicName()).append("`, written by ").append(writers(event))
              .append(event.chained() ? "" : ", beside the case's hash chain (sequence 0, no previous hash)")
              .append(".\n\n");
            fields(md, event.schema(), shared);
        }
        md.append("\n## Shared records and enums\n");
        unrendered.addAll(shared.values());
        while (!unrendered.isEmpty()) {
            Schema schema = unrendered.poll();
            md.append("\n### ").append(schema.getName()).append("\n\n").append(schema.getDoc()).append("\n\n");
            if (schema.getType() == Schema.Type.ENUM) {
                md.append("Symbols: ").append(schema.getEnumSymbols().stream().map(s -> "`" + s + "`")
                        .collect(Collectors.joining(", "))).append(".\n");
            } else {
                int known = shared.size();
                fields(md, schema, shared);
                // A shared record can name further shared records: queue the ones just discovered.
                shared.values().stream().skip(known).forEach(unrendered::add);
            }
        }
        return md.toString();
    }

    private static String writers(EventType event) {
        return event.writers().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static void fields(StringBuilder md, Schema record, Map<String, Schema> shared) {
        md.append("| field | type | default | meaning |\n| --- | --- | --- | --- |\n");
        for (Field field : record.getFields()) {
            md.append("| `").append(field.name()).append('`').append(field.getObjectProp("pii") != null ? " 🔒" : "")
              .append(" | ").append(type(field.schema(), shared))
              .append(" | ").append(defaultOf(field))
              .append(" | ").append(field.doc() == null ? "" : field.doc()).append(" |\n");
        }
    }

    private static String defaultOf(Field field) {
        if (!field.hasDefaultValue()) {
            return "";
        }
        Object value = field.defaultVal();
        return "`" + (value == JsonProperties.NULL_VALUE ? "null" : value) + "`";
    }

    private static String type(Schema schema, Map<String, Schema> shared) {
        if (schema.getLogicalType() != null) {
            return schema.getLogicalType().getName();
        }
        return switch (schema.getType()) {
            case UNION -> schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL)
                    .map(s -> type(s, shared)).collect(Collectors.joining(" \\| ")) + " or null";
            case ARRAY -> "array of " + type(schema.getElementType(), shared);
            case RECORD, ENUM -> {
                shared.putIfAbsent(schema.getFullName(), schema);
                yield "[" + schema.getName() + "](#" + schema.getName().toLowerCase() + ")";
            }
            default -> schema.getType().getName();
        };
    }
}
