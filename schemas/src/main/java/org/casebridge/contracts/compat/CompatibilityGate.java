package org.casebridge.contracts.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * BACKWARD_TRANSITIVE check of the current contracts against every released version: a reader built from
 * today's schema must decode every event ever written, because the log is the record and is replayed from
 * the beginning. An event type that was released may not disappear either.
 */
public final class CompatibilityGate {

    private CompatibilityGate() {
    }

    /** Every violation, empty when the current schemas may be released. */
    public static List<Violation> check(Map<String, Schema> current, List<Release> releases) {
        List<Violation> violations = new ArrayList<>();
        for (Release release : releases) {
            release.schemas().forEach((fullName, released) -> {
                Schema reader = current.get(fullName);
                if (reader == null) {
                    violations.add(new Violation(fullName, release.name(),
                            "event type was removed; events of it remain in the log (make a new event type instead)"));
                    return;
                }
                var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, released).getResult();
                if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE) {
                    for (Incompatibility incompatibility : result.getIncompatibilities()) {
                        violations.add(new Violation(fullName, release.name(), incompatibility.getType() + " at "
                                + incompatibility.getLocation() + ": " + incompatibility.getMessage()));
                    }
                }
            });
        }
        return violations;
    }

    /**
     * Why a schema cannot be released.
     *
     * @param fullName the event's full record name
     * @param release  the release it cannot read
     * @param reason   Avro's explanation
     */
    public record Violation(String fullName, String release, String reason) {
        @Override
        public String toString() {
            return fullName + " cannot read release " + release + ": " + reason;
        }
    }
}
