package org.casebridge.platform.serde;

import org.apache.avro.Schema;

/** Confluent's subject name strategies, named in configuration by Confluent's class name or its simple name. */
public enum SubjectNameStrategy {
    /** {@code <topic>-key} or {@code <topic>-value}: one schema per topic. Confluent's default. */
    TOPIC_NAME("TopicNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + (isKey ? "-key" : "-value");
        }
    },
    /** The record's full name, shared by every topic. */
    RECORD_NAME("RecordNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return schema.getFullName();
        }
    },
    /** {@code <topic>-<full record name>}: several event types per topic, as CaseBridge's topics carry. */
    TOPIC_RECORD_NAME("TopicRecordNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + "-" + schema.getFullName();
        }
    };

    private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";

    private final String simpleName;

    SubjectNameStrategy(String simpleName) {
        this.simpleName = simpleName;
    }

    /** The registry subject for a record of this schema written to the topic. */
    public abstract String subject(String topic, boolean isKey, Schema schema);

    /** Confluent's class name, e.g. {@code io.confluent.kafka.serializers.subject.TopicNameStrategy}. */
    public String confluentClassName() {
        return CONFLUENT_PACKAGE + simpleName;
    }

    /** Accepts Confluent's class name, its simple name or this enum's constant name. */
    public static SubjectNameStrategy of(String name) {
        String trimmed = name.trim();
        for (SubjectNameStrategy strategy : values()) {
            if (strategy.confluentClassName().equals(trimmed) || strategy.simpleName.equals(trimmed)
                    || strategy.name().equals(trimmed)) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("unknown subject name strategy '" + name + "'; use one of "
                + CONFLUENT_PACKAGE + "{TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy}");
    }
}
