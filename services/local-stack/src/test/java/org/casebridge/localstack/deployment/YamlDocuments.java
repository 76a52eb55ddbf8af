package org.casebridge.localstack.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML as docker compose reads it. SnakeYAML (which Spring Boot itself uses for application.yml) rather than
 * Jackson, because docker-compose.yml shares settings through anchors and merge keys ({@code <<: *service}),
 * which Jackson's YAML parser leaves unmerged.
 */
final class YamlDocuments {

    private YamlDocuments() {
    }

    static Map<String, Object> single(String yaml) {
        List<Map<String, Object>> documents = all(yaml);
        if (documents.size() != 1) {
            throw new IllegalArgumentException("Expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> all(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document instanceof Map<?, ?> map) {
                documents.add((Map<String, Object>) map);
            }
        }
        return documents;
    }

    /** The map under {@code key}, empty when absent. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** Every leaf of the document as a dotted property name, as Spring Boot flattens application.yml. */
    static Map<String, Object> flatten(Map<String, Object> document) {
        Map<String, Object> properties = new LinkedHashMap<>();
        flatten("", document, properties);
        return properties;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flatten(name, child, into);
            } else {
                into.put(name, value);
            }
        });
    }
}
