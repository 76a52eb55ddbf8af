package org.casebridge.localstack.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository the tests check, found from the module directory Maven runs them in. */
final class Repository {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private Repository() {
    }

    static Path file(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Expected " + relative + " in the repository at " + ROOT);
        }
        return path;
    }

    static String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String relative) {
        return Files.exists(ROOT.resolve(relative));
    }

    /** Every service module: a {@code services/*-service} directory with a pom (the shared modules and local-stack are not services). */
    static List<String> serviceModules() {
        try (Stream<Path> children = Files.list(ROOT.resolve("services"))) {
            return children.filter(dir -> dir.getFileName().toString().endsWith("-service"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the service reads: its own application.yml over the platform module's shared defaults. */
    static ServiceConfiguration configurationOf(String module) {
        return ServiceConfiguration.of(
                read("services/" + module + "/src/main/resources/application.yml"),
                read("services/platform/src/main/resources/casebridge-defaults.yml"));
    }
}
