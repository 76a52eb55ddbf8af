package org.casebridge.platform.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casebridge.contracts.common.AgencyType;
import org.casebridge.platform.boot.ExchangeProperties;
import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyDirectoryException;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.directory.AgencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultUnitsTest {

    private static final AgencyDirectory DIRECTORY = AgencyDirectory.bundled();

    @TempDir
    Path keys;

    @Test
    void signsForEveryUnitOfItsAgencyTypeWithAKeyWhenNoUnitsAreConfigured() throws IOException {
        AgencyKeys.generateMissing(DIRECTORY, keys);
        Files.delete(keys.resolve("POLICE_150203.key"));

        var ring = EventPublishingAutoConfiguration.keyRing(properties(List.of(), AgencyType.POLICE), DIRECTORY);

        List<String> police = DIRECTORY.unitsOf(AgencyType.POLICE).stream().map(AgencyUnit::id)
                .filter(id -> !id.equals("POLICE:150203")).toList();
        assertThat(ring.unitIds()).containsExactlyInAnyOrderElementsOf(police);
    }

    @Test
    void refusesToStartWhenAConfiguredUnitHasNoKey() {
        assertThatThrownBy(() -> EventPublishingAutoConfiguration.keyRing(
                properties(List.of("POLICE:150203"), AgencyType.POLICE), DIRECTORY))
                .isInstanceOf(AgencyDirectoryException.class)
                .hasMessageContaining("no private key for POLICE:150203");
    }

    private ExchangeProperties properties(List<String> units, AgencyType type) {
        return new ExchangeProperties(keys, "http://registry.invalid", keys, "", units, type);
    }
}
