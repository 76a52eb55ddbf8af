package org.casebridge.endtoend;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutants of a valid request body, each one change away from it: every value replaced by values of other types,
 * out of range or malformed; every field removed; an unknown field added to every object; arrays emptied or given
 * a null element; and bodies that are not JSON at all or not UTF-8. Deterministic: the same body gives the same
 * mutants in the same order.
 */
final class Mutants {

    /** Non-ASCII escaped, so that an unpaired surrogate can be written at all (as {@code \\uD800}). */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "林".repeat(20_001);

    /**
     * One mutant.
     *
     * @param change what was changed, e.g. {@code caseData.quantities.treeCount = -1}
     * @param body   the bytes to send
     * @param value  the value put in, when a field was set (null for a removal or a whole-body mutant)
     */
    record Mutant(String change, byte[] body, JsonNode value) {
    }

    private Mutants() {
    }

    static List<Mutant> of(String validBody) {
        JsonNode valid = JSON.readTree(validBody);
        List<Mutant> mutants = new ArrayList<>();
        walk(valid, valid, "", mutants);
        mutants.add(whole("empty body", new byte[0]));
        mutants.add(whole("truncated", validBody.substring(0, validBody.length() / 2).getBytes(StandardCharsets.UTF_8)));
        mutants.add(whole("an array", "[]".getBytes(StandardCharsets.UTF_8)));
        mutants.add(whole("null", "null".getBytes(StandardCharsets.UTF_8)));
        mutants.add(whole("two documents", (validBody + validBody).getBytes(StandardCharsets.UTF_8)));
        mutants.add(whole("overlong UTF-8 in a text", withOverlongSlash(validBody)));
        return mutants;
    }

    private static void walk(JsonNode root, JsonNode node, String path, List<Mutant> out) {
        if (node.isObject()) {
            JsonNode changed = root.deepCopy();
            ((ObjectNode) at(changed, path)).put("unexpectedField", 1);
            out.add(new Mutant(join(path, "unexpectedField") + " added", bytes(changed), null));
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = join(path, field.getKey());
                JsonNode removed = root.deepCopy();
                ((ObjectNode) at(removed, path)).remove(field.getKey());
                out.add(new Mutant(child + " removed", bytes(removed), null));
                walk(root, field.getValue(), child, out);
            }
        } else if (node.isArray()) {
            out.add(set(root, path, NODES.arrayNode()));
            out.add(set(root, path, NODES.arrayNode().addNull()));
            for (int i = 0; i < node.size(); i++) {
                walk(root, node.get(i), path + "[" + i + "]", out);
            }
        } else {
            for (JsonNode replacement : replacements(node)) {
                if (!replacement.equals(node)) {
                    out.add(set(root, path, replacement));
                }
            }
        }
    }

    /** Values of every other JSON type, boundaries, and near misses of the original. */
    private static List<JsonNode> replacements(JsonNode original) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.booleanNode(true), NODES.numberNode(0),
                NODES.numberNode(-1), NODES.numberNode(12345), NODES.numberNode(345.5), NODES.numberNode(1e308),
                NODES.stringNode("345"), NODES.stringNode("000000"), NODES.stringNode(""), NODES.stringNode(" "),
                NODES.stringNode("a\u0001b"),
                NODES.stringNode("\ud800"), NODES.stringNode(LONG_TEXT), NODES.stringNode("99999-01-01"),
                NODES.stringNode("1970-01-01T00:00:00Z"), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode()));
        if (original.isString()) {
            String text = original.stringValue();
            values.add(NODES.stringNode(text + " "));
            values.add(NODES.stringNode(text.toLowerCase(Locale.ROOT)));
            values.add(NODES.stringNode(text + "。"));
        } else if (original.isNumber()) {
            values.add(NODES.numberNode(original.doubleValue() + 0.5));
            values.add(NODES.numberNode(-original.doubleValue()));
            values.add(NODES.stringNode(original.asString()));
        }
        return values;
    }

    private static Mutant set(JsonNode root, String path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        JsonNode parent = at(copy, split < 0 ? "" : path.substring(0, split));
        if (path.endsWith("]")) {
            ((ArrayNode) parent).set(Integer.parseInt(path.substring(split + 1, path.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(split < 0 ? path : path.substring(split + 1), value);
        }
        String shown = value.isString() && value.stringValue().length() > 20
                ? "\"" + value.stringValue().substring(0, 3) + "...\" (" + value.stringValue().length() + " chars)"
                : JSON.writeValueAsString(value);
        return new Mutant(path + " = " + shown, bytes(copy), value);
    }

    /** The node at a path of field names and [index] steps, e.g. {@code parties[0].name}. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            if (!name.isEmpty()) {
                node = node.get(name);
            }
            for (int i = bracket; i >= 0; i = step.indexOf('[', i + 1)) {
                node = node.get(Integer.parseInt(step.substring(i + 1, step.indexOf(']', i))));
            }
        }
        return node;
    }

    private static Mutant whole(String change, byte[] body) {
        return new Mutant(change, body, null);
    }

    /** The first text value with an overlong encoding of "/" (C0 AF) inside it. */
    private static byte[] withOverlongSlash(String body) {
        int quote = body.indexOf(":\"") + 2;
        byte[] head = body.substring(0, quote).getBytes(StandardCharsets.UTF_8);
        byte[] tail = body.substring(quote).getBytes(StandardCharsets.UTF_8);
        byte[] mutant = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, mutant, 0, head.length);
        mutant[head.length] = (byte) 0xC0;
        mutant[head.length + 1] = (byte) 0xAF;
        System.arraycopy(tail, 0, mutant, head.length + 2, tail.length);
        return mutant;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }
}
