package org.casebridge.platform.registry;

import org.apache.avro.Schema;

/**
 * The calls of Confluent's Schema Registry REST API that CaseBridge needs. Implementations throw
 * {@link SchemaRegistryException} subclasses, each carrying Confluent's error code where the registry gave one.
 */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (idempotent) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of a schema already registered under the subject. */
    int lookUp(String subject, Schema schema);

    /** The schema with this global id; cached forever, since ids never change their schema. */
    Schema schemaById(int id);

    /** The latest version registered under the subject. */
    RegisteredSchema latest(String subject);

    /** Whether the schema could be registered under the subject without breaking its compatibility rule. */
    boolean isCompatible(String subject, Schema schema);

    /** The compatibility level of the subject, or the global one when {@code subject} is null. */
    String compatibility(String subject);

    /** Sets the compatibility level of the subject, or the global one when {@code subject} is null. */
    void setCompatibility(String subject, String level);

    /**
     * A schema as registered: its subject, version and global id.
     *
     * @param subject the subject
     * @param version the version within the subject
     * @param id      the global id written into the wire format
     * @param schema  the parsed schema
     */
    record RegisteredSchema(String subject, int version, int id, Schema schema) {
    }
}
