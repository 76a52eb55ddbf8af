package org.casebridge.platform.boot;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.registry.HttpSchemaRegistryClient;
import org.casebridge.platform.registry.RegistryClientConfig;
import org.casebridge.platform.registry.SchemaRegistryClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The registry client and the agency directory, from {@link ExchangeProperties}. Creating them makes no
 * network call, so a service starts (and reports its health) even while the registry is still coming up.
 */
@AutoConfiguration
@EnableConfigurationProperties(ExchangeProperties.class)
public final class ExchangeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SchemaRegistryClient schemaRegistryClient(ExchangeProperties properties) {
        return new HttpSchemaRegistryClient(RegistryClientConfig.of(properties.registryUrl()));
    }

    /** The bundled directory or the configured file, with public keys from the keys directory when it exists. */
    @Bean
    @ConditionalOnMissingBean
    AgencyDirectory agencyDirectory(ExchangeProperties properties) {
        String file = properties.directoryFile();
        AgencyDirectory directory = file == null || file.isBlank()
                ? AgencyDirectory.bundled() : AgencyDirectory.load(Path.of(file));
        Path keys = properties.keysDir();
        return keys != null && Files.isDirectory(keys) ? directory.withKeysFrom(keys) : directory;
    }
}
