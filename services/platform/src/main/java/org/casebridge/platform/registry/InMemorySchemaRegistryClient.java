package org.casebridge.platform.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;

/**
 * A registry in this JVM with the semantics of Confluent's: one global id per distinct schema across subjects,
 * idempotent registration, BACKWARD compatibility by default, and the same typed exceptions as the HTTP client.
 * For unit tests and benchmarks. Writes are serialized; reads of ids by schema take no lock.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private static final String WHERE = " in the in-memory registry";

    /** Keyed by the schema's JSON, as Confluent dedupes by schema text. */
    private final Map<String, Integer> idsBySchemaText = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> versionIdsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    @Override
    public synchronized int register(String subject, Schema schema) {
        Integer known = idsBySchemaText.get(schema.toString());
        List<Integer> versions = versionIdsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (known != null && versions.contains(known)) {
            return known;
        }
        if (!level(subject).allows(schema, schemas(versions))) {
            throw new IncompatibleSchemaException("schema " + schema.getFullName() + " is incompatible with subject '"
                    + subject + "' under " + level(subject) + WHERE, 409);
        }
        int id = known != null ? known : schemasById.size() + 1;
        idsBySchemaText.putIfAbsent(schema.toString(), id);
        schemasById.putIfAbsent(id, schema);
        versions.add(id);
        return id;
    }

    @Override
    public synchronized int lookUp(String subject, Schema schema) {
        List<Integer> versions = versions(subject);
        Integer id = idsBySchemaText.get(schema.toString());
        if (id == null || !versions.contains(id)) {
            throw new SchemaNotFoundException("schema " + schema.getFullName() + " is not registered under subject '"
                    + subject + "'" + WHERE);
        }
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaNotFoundException("no schema with id " + id + WHERE);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<Integer> versions = versions(subject);
        int id = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, versions.size(), id, schemasById.get(id));
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        return level(subject).allows(schema, schemas(versionIdsBySubject.getOrDefault(subject, List.of())));
    }

    @Override
    public synchronized String compatibility(String subject) {
        return (subject == null ? globalLevel : level(subject)).name();
    }

    @Override
    public synchronized void setCompatibility(String subject, String level) {
        CompatibilityLevel parsed = CompatibilityLevel.parse(level);
        if (subject == null) {
            globalLevel = parsed;
        } else {
            subjectLevels.put(subject, parsed);
        }
    }

    private CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private List<Integer> versions(String subject) {
        List<Integer> versions = versionIdsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SubjectNotFoundException("subject '" + subject + "' not found" + WHERE);
        }
        return versions;
    }

    private List<Schema> schemas(List<Integer> ids) {
        return ids.stream().map(schemasById::get).toList();
    }
}
