package org.casebridge.localstack.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casebridge.contracts.EventType;
import org.casebridge.contracts.TopicCatalogue;
import org.casebridge.localstack.StackException;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.registry.SchemaRegistryException;

/**
 * Registers every event schema of the catalogue under its TopicRecordNameStrategy subject. The registry gives
 * the same id to a schema it already has, so running it again changes nothing.
 */
public final class SchemaSetup {

    private SchemaSetup() {
    }

    /** @return subject to schema id, in catalogue order */
    public static Map<String, Integer> registerAll(String registryUrl) {
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(RegistryClientConfig.of(registryUrl));
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (EventType event : TopicCatalogue.events()) {
            try {
                ids.put(event.subject(), client.register(event.subject(), event.schema()));
            } catch (SchemaRegistryException e) {
                throw new StackException("cannot register " + event.subject() + " at " + registryUrl + ": "
                        + e.getMessage() + ". If the registry holds an incompatible older schema, start over "
                        + "with ./casebridge up --reset.", e);
            }
        }
        return ids;
    }
}
