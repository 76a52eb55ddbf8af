package org.casebridge.platform.integrity;

import org.apache.avro.Schema;

/**
 * Finds a writer schema by the registry id in a frame; in services {@code registryClient::schemaById} of
 * {@link org.casebridge.platform.registry.SchemaRegistryClient}.
 */
@FunctionalInterface
public interface SchemaLookup {

    Schema schemaById(int id);
}
