package org.casebridge.contracts.compat;

import java.util.Map;

import org.apache.avro.Schema;

/**
 * One released version of the contracts: the event schemas as they were shipped, by full record name.
 *
 * @param name    the release name, e.g. {@code 1}
 * @param schemas event schemas by full name
 */
public record Release(String name, Map<String, Schema> schemas) {

    public Release {
        schemas = Map.copyOf(schemas);
    }
}
