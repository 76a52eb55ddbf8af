package org.casebridge.contracts.compat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;

/** The event schemas of this build, by full record name, as the gate and the release tool see them. */
public final class CurrentContracts {

    private CurrentContracts() {
    }

    public static Map<String, Schema> eventSchemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (EventType event : TopicCatalogue.events()) {
            schemas.put(event.fullName(), event.schema());
        }
        return schemas;
    }
}
