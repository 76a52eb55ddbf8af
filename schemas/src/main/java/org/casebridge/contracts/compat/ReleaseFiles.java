package org.casebridge.contracts.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;

/**
 * Reads and writes the released schema snapshots kept in {@code schemas/released/<release>.json}.
 * Each file maps full record names to the schema as released, one schema per line, so that a diff of a
 * release shows exactly which contract changed.
 */
public final class ReleaseFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseFiles() {
    }

    /** Every release in the directory, oldest first (ordered by numeric release name). */
    public static List<Release> readAll(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Release> releases = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> Integer.compare(releaseNumber(a), releaseNumber(b)))
                    .forEach(f -> releases.add(read(f)));
            return releases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list released schemas in " + directory, e);
        }
    }

    /** One release file. */
    public static Release read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Map<String, Schema> schemas = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = root.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                // Each release schema is parsed on its own: shared records are inlined in every event.
                schemas.put(entry.getKey(), new Schema.Parser().parse(entry.getValue().toString()));
            }
            return new Release(String.valueOf(releaseNumber(file)), schemas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read released schemas " + file, e);
        }
    }

    /** Writes the schemas as release {@code name} into the directory and returns the file. */
    public static Path write(Path directory, int name, Map<String, Schema> schemas) {
        StringBuilder out = new StringBuilder("{\n");
        Iterator<Map.Entry<String, Schema>> entries = new TreeMap<>(schemas).entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Schema> entry = entries.next();
            out.append("  \"").append(entry.getKey()).append("\": ").append(entry.getValue().toString());
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        out.append("}\n");
        Path file = directory.resolve(name + ".json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, out, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static int releaseNumber(Path file) {
        String name = file.getFileName().toString();
        try {
            return Integer.parseInt(name.substring(0, name.length() - ".json".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("released schema files are named <number>.json, found " + name, e);
        }
    }
}
