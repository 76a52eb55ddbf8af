package org.casebridge.contracts.compat;

import java.nio.file.Path;
import java.util.List;

/**
 * Freezes the current event schemas as the next release, after checking them against every earlier one.
 * Run when a version of the contracts ships:
 * {@code mvn -pl schemas compile exec:java} (configured in schemas/pom.xml).
 */
public final class SchemaRelease {

    private SchemaRelease() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "schemas/released");
        List<Release> releases = ReleaseFiles.readAll(directory);
        var current = CurrentContracts.eventSchemas();
        List<CompatibilityGate.Violation> violations = CompatibilityGate.check(current, releases);
        if (!violations.isEmpty()) {
            violations.forEach(System.err::println);
            throw new IllegalStateException(violations.size() + " incompatible change(s); nothing released");
        }
        int next = releases.isEmpty() ? 1 : Integer.parseInt(releases.get(releases.size() - 1).name()) + 1;
        System.out.println("released " + current.size() + " event schemas as " + ReleaseFiles.write(directory, next, current));
    }
}
