package org.casebridge.platform.integrity;

import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.casebridge.platform.registry.SchemaNotFoundException;
import org.casebridge.platform.registry.SchemaRegistryException;
import org.casebridge.platform.serde.RegistryCallFailedException;
import org.casebridge.platform.serde.UnknownSchemaIdException;

/**
 * SHA-256 parsing fingerprints of writer schemas, cached per registry id. Signatures cover the fingerprint
 * rather than the id because ids differ between registries while the canonical schema does not; the cache
 * keeps normalisation off the per-record path (an id never changes its schema). A registry that cannot be asked
 * says nothing about the record: that failure is a {@link RegistryCallFailedException}, as in the Avro
 * deserializer, which consumers retry instead of parking the record.
 */
final class WriterFingerprints {

    private final SchemaLookup schemas;
    private final Map<Integer, byte[]> byId = new ConcurrentHashMap<>();

    WriterFingerprints(SchemaLookup schemas) {
        this.schemas = schemas;
    }

    byte[] of(int schemaId) {
        return byId.computeIfAbsent(schemaId, id -> {
            try {
                Schema schema = schemas.schemaById(id);
                if (schema == null) {
                    throw new UnknownSchemaIdException("no writer schema with registry id " + id, null);
                }
                return fingerprint(schema);
            } catch (SchemaNotFoundException e) {
                throw new UnknownSchemaIdException("no writer schema with registry id " + id, e);
            } catch (SchemaRegistryException e) {
                throw new RegistryCallFailedException("cannot fetch writer schema id " + id + ": " + e.getMessage(), e);
            }
        });
    }

    static byte[] fingerprint(Schema schema) {
        try {
            return SchemaNormalization.parsingFingerprint("SHA-256", schema);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
