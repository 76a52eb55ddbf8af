package org.casebridge.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.casebridge.platform.directory.AgencyDirectory;
import org.casebridge.platform.directory.AgencyKeys;
import org.casebridge.platform.directory.PersonalDataKey;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The {@code casebridge.*} properties a {@code @SpringBootTest} service needs on the JVM's Apicurio registry with
 * fresh agency keys, and its test users. {@code @DynamicPropertySource} methods are static and read their values
 * late, so the registry and keys a {@code @BeforeAll} prepared are held here for them; test classes run one after
 * the other, each preparing its own.
 */
public final class SpringBootTestExchange {

    private static volatile String registryUrl;
    private static volatile Path keys;

    private SpringBootTestExchange() {
    }

    /** From {@code @BeforeAll}, with the registry of {@link ApicurioRegistryExtension}. */
    public static void prepare(ApicurioRegistry registry) {
        registryUrl = registry.url();
        keys = freshKeys();
    }

    /** From {@code @DynamicPropertySource}: the registry and keys of the last {@link #prepare}. */
    public static void addTo(DynamicPropertyRegistry properties) {
        properties.add("casebridge.registry-url", () -> registryUrl);
        properties.add("casebridge.keys-dir", () -> keys.toString());
    }

    /** Adds {@code user} (see {@link ServiceContexts#user}) as {@code casebridge.security.users[index]}. */
    public static void addUser(DynamicPropertyRegistry properties, int index, Map<String, String> user) {
        user.forEach((field, value) -> properties.add("casebridge.security.users[" + index + "]." + field, () -> value));
    }

    /** A new directory with a key pair for every unit of the bundled agency directory and a personal-data key. */
    static Path freshKeys() {
        try {
            Path created = Files.createTempDirectory("casebridge-test-keys");
            AgencyKeys.generateMissing(AgencyDirectory.bundled(), created);
            PersonalDataKey.generateMissing(created);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
