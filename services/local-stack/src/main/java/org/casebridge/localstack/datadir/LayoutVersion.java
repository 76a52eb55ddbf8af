package org.casebridge.localstack.datadir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casebridge.localstack.StackException;

/**
 * The layout version of a data directory, in its {@value #FILE_NAME} file. A launcher that changes where or
 * how it keeps files raises {@link #CURRENT}; an older directory is then refused instead of half-read.
 */
public final class LayoutVersion {

    /**
     * 2: as 1 (kafka/, registry/ (H2), keys/, one folder per service, logs/), but each service's database holds
     * only the migrations of the modules it is built from: police, court and audit databases of layout 1 hold the
     * sender's draft tables, which Flyway would refuse as applied migrations it no longer knows. A new service
     * keeps the layout: it only adds its folder and log, and its demo accounts join demo-users.txt on the next
     * start (procuratorate, in layout 2).
     */
    public static final int CURRENT = 2;
    public static final String FILE_NAME = "VERSION";

    private LayoutVersion() {
    }

    static Path file(DataDir dataDir) {
        return dataDir.root().resolve(FILE_NAME);
    }

    /**
     * Accepts a directory of the current layout, and makes a missing or empty one into a new data directory.
     *
     * @throws IncompatibleDataDirException for any other directory, with the advice to reset
     */
    public static void checkOrCreate(DataDir dataDir) {
        Path file = file(dataDir);
        try {
            if (!dataDir.exists() || dataDir.isEmpty()) {
                Files.createDirectories(dataDir.root());
                Files.writeString(file, CURRENT + System.lineSeparator(), StandardCharsets.UTF_8);
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw new IncompatibleDataDirException(dataDir, "has files but no " + FILE_NAME + " file");
            }
            String found = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!found.equals(Integer.toString(CURRENT))) {
                throw new IncompatibleDataDirException(dataDir, "has layout version '" + found
                        + "', this launcher reads version " + CURRENT);
            }
        } catch (IOException e) {
            throw new StackException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /** A data directory this launcher cannot use as it is. */
    public static final class IncompatibleDataDirException extends StackException {
        IncompatibleDataDirException(DataDir dataDir, String problem) {
            super("data directory " + dataDir.root() + " " + problem + ". Start over with --reset (wipes it) "
                    + "or use another --data-dir.");
        }
    }
}
