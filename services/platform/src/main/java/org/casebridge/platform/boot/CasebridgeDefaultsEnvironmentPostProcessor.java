package org.casebridge.platform.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@value #RESOURCE} as the property source of least precedence, so every service shares one set of
 * defaults and its own application.yml, profiles, environment and command line override any of them.
 * A document of the file that has {@code spring.config.activate.on-profile} applies only under that profile.
 */
final class CasebridgeDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "casebridge-defaults.yml";
    private static final String ON_PROFILE = "spring.config.activate.on-profile";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        List<PropertySource<?>> documents = load();
        // Later documents override earlier ones, as in application.yml: add from the last, each one below the previous.
        for (int i = documents.size() - 1; i >= 0; i--) {
            PropertySource<?> document = documents.get(i);
            Object onProfile = document.getProperty(ON_PROFILE);
            if (onProfile == null || environment.matchesProfiles(onProfile.toString())) {
                sources.addLast(document);
            }
        }
    }

    // After config data, which resolves the active profiles that the documents are matched against.
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static List<PropertySource<?>> load() {
        try {
            return new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + " from the platform module", e);
        }
    }
}
