package org.casebridge.platform.serde;

import org.apache.avro.Schema;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.casebridge.platform.registry.SchemaRegistryException;

/** A registry whose every call fails with the given exception, for the cases the in-memory one cannot produce. */
record FailingRegistry(SchemaRegistryException failure) implements SchemaRegistryClient {

    @Override
    public int register(String subject, Schema schema) {
        throw failure;
    }

    @Override
    public int lookUp(String subject, Schema schema) {
        throw failure;
    }

    @Override
    public Schema schemaById(int id) {
        throw failure;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        throw failure;
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        throw failure;
    }

    @Override
    public String compatibility(String subject) {
        throw failure;
    }

    @Override
    public void setCompatibility(String subject, String level) {
        throw failure;
    }
}
