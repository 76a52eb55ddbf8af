package org.casebridge.platform.boot;

import java.nio.file.Path;
import java.util.List;

import org.casebridge.contracts.common.AgencyType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What every service needs to take part in the exchange; defaults in casebridge-defaults.yml, each overridable
 * by an environment variable named there.
 *
 * @param dataDir           where local runs keep their files (H2 database, keys); {@code CASEBRIDGE_DATA_DIR}
 * @param registryUrl       Confluent-compatible schema registry base URL(s); {@code SCHEMA_REGISTRY_URL}
 * @param keysDir           directory of the units' key files ({@code <TYPE>_<code>.key/.pub}); {@code CASEBRIDGE_KEYS_DIR}
 * @param directoryFile     agency directory YAML; empty for the bundled one; {@code CASEBRIDGE_DIRECTORY_FILE}
 * @param units             the agency units this service acts and signs for, e.g. {@code POLICE:150203};
 *                          {@code CASEBRIDGE_UNITS} (comma separated); when empty, every unit of the directory
 *                          of {@code agencyType} whose private key is in {@code keysDir}
 * @param agencyType        the kind of agency this service serves (FORESTRY, NATURAL_RESOURCES, POLICE, COURT),
 *                          set in each service's application.yml: identity only (which units it signs for);
 *                          the endpoints come from the modules the service is built from
 */
@ConfigurationProperties("casebridge")
public record ExchangeProperties(Path dataDir, String registryUrl, Path keysDir, String directoryFile,
                                 List<String> units, AgencyType agencyType) {

    public ExchangeProperties {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
