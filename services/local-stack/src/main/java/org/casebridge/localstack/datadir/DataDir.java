package org.casebridge.localstack.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.casebridge.localstack.StackException;
import org.casebridge.localstack.StackService;

/**
 * The one directory that holds every file of a local stack: broker log segments, the registry's database,
 * agency keys, each service's data and every log. Deleting it (or {@code --reset}) starts from nothing.
 *
 * @param root absolute
 */
public record DataDir(Path root) {

    public DataDir {
        root = root.toAbsolutePath().normalize();
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String part) {
        return logs().resolve(part + ".log");
    }

    public Path keys() {
        return root.resolve("keys");
    }

    /** server.properties, the Log4j configuration and, under {@code data}, the log segments. */
    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path registry() {
        return root.resolve("registry");
    }

    public Path service(StackService service) {
        return root.resolve(service.shortName());
    }

    public boolean exists() {
        return Files.isDirectory(root);
    }

    /**
     * Deletes the whole directory. Refuses a directory the launcher did not make (no VERSION file), so that a
     * mistyped {@code --data-dir} cannot wipe someone's home.
     *
     * @return whether there was anything to wipe
     */
    public boolean wipe() {
        if (!exists() || isEmpty()) {
            return false;
        }
        if (!Files.isRegularFile(LayoutVersion.file(this))) {
            throw new StackException(root + " has files but no " + LayoutVersion.FILE_NAME
                    + " file, so it is not a CaseBridge data directory; --reset leaves it alone. "
                    + "Choose another --data-dir or delete it yourself.");
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(DataDir::delete);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    boolean isEmpty() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new StackException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
