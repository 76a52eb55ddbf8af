package org.casebridge.platform.serde;

import java.util.Map;

/**
 * The serde settings under Confluent's property names, with Confluent's defaults.
 *
 * @param autoRegister     {@value #AUTO_REGISTER}: register the record's schema when writing (default true)
 * @param useLatestVersion {@value #USE_LATEST_VERSION}: write with the subject's latest schema (default false)
 * @param specificReader   {@value #SPECIFIC_READER}: read into generated classes (default false)
 * @param strategy         {@value #KEY_STRATEGY} or {@value #VALUE_STRATEGY} (default TopicNameStrategy)
 */
record SerdeConfig(boolean autoRegister, boolean useLatestVersion, boolean specificReader,
                   SubjectNameStrategy strategy) {

    static final String AUTO_REGISTER = "auto.register.schemas";
    static final String USE_LATEST_VERSION = "use.latest.version";
    static final String SPECIFIC_READER = "specific.avro.reader";
    static final String KEY_STRATEGY = "key.subject.name.strategy";
    static final String VALUE_STRATEGY = "value.subject.name.strategy";

    static final SerdeConfig DEFAULTS = new SerdeConfig(true, false, false, SubjectNameStrategy.TOPIC_NAME);

    static SerdeConfig from(Map<String, ?> configs, boolean isKey) {
        Object strategy = configs.get(isKey ? KEY_STRATEGY : VALUE_STRATEGY);
        return new SerdeConfig(
                flag(configs, AUTO_REGISTER, DEFAULTS.autoRegister),
                flag(configs, USE_LATEST_VERSION, DEFAULTS.useLatestVersion),
                flag(configs, SPECIFIC_READER, DEFAULTS.specificReader),
                strategy == null ? DEFAULTS.strategy
                        : SubjectNameStrategy.of(strategy instanceof Class<?> type ? type.getName() : strategy.toString()));
    }

    private static boolean flag(Map<String, ?> configs, String name, boolean fallback) {
        Object value = configs.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("'" + name + "' must be true or false, was '" + value + "'");
    }
}
