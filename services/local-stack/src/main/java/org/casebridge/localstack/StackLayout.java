package org.casebridge.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the build put what the stack runs, relative to the repository root: the services' jars, the broker's
 * classpath file and the unpacked registry. {@code ./casebridge} builds them all first.
 *
 * @param repoRoot absolute
 * @param version  the project version in the jar names
 */
public record StackLayout(Path repoRoot, String version) {

    private static final String BUILD_INFO = "/org/casebridge/localstack/build.properties";

    public StackLayout {
        repoRoot = repoRoot.toAbsolutePath().normalize();
    }

    /** The layout under {@code repoRoot} for the version this launcher was built as. */
    public static StackLayout of(Path repoRoot) {
        Properties build = new Properties();
        try (InputStream in = StackLayout.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_INFO + " is missing from the launcher's classpath");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_INFO, e);
        }
        return new StackLayout(repoRoot, build.getProperty("version"));
    }

    /** The runnable jar: spring-boot-maven-plugin's repackaged one, classifier {@code exec} (see the root pom). */
    public Path serviceJar(StackService service) {
        return module("services/" + service.moduleName()).resolve(service.moduleName() + "-" + version + "-exec.jar");
    }

    /** Written by the {@code local-stack-kafka-runtime} module: the broker JVM's classpath, nothing else. */
    public Path brokerClasspathFile() {
        return module("services/local-stack/kafka-runtime").resolve("kafka.classpath");
    }

    /** Apicurio Registry's runnable jar, in the distribution the local-stack build unpacked. */
    public Path registryRunner() {
        return findRegistryRunner().orElseThrow(() -> new MissingBuildException(List.of(registryDir())));
    }

    /** @throws MissingBuildException naming every missing artifact and how to build it */
    public void requireBuilt() {
        List<Path> missing = new ArrayList<>();
        for (StackService service : StackService.values()) {
            if (!Files.isRegularFile(serviceJar(service))) {
                missing.add(serviceJar(service));
            }
        }
        if (!Files.isRegularFile(brokerClasspathFile())) {
            missing.add(brokerClasspathFile());
        }
        if (findRegistryRunner().isEmpty()) {
            missing.add(registryDir());
        }
        if (!missing.isEmpty()) {
            throw new MissingBuildException(missing);
        }
    }

    private Path registryDir() {
        return module("services/local-stack").resolve("apicurio");
    }

    private Optional<Path> findRegistryRunner() {
        if (!Files.isDirectory(registryDir())) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(registryDir(), 2)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-runner.jar")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + registryDir(), e);
        }
    }

    private Path module(String path) {
        return repoRoot.resolve(path).resolve("target");
    }

    /** Something the stack runs has not been built. */
    public static final class MissingBuildException extends StackException {
        MissingBuildException(List<Path> missing) {
            super("not built yet: " + missing + ". ./casebridge up builds everything first; by hand: "
                    + "mvn -B package -DskipTests");
        }
    }
}
