package org.casebridge.platform.registry;

import static org.apache.avro.SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/** Confluent's compatibility levels, checked with Avro's own reader/writer rules. */
enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    static CompatibilityLevel parse(String level) {
        try {
            return valueOf(level.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException("unknown compatibility level '" + level + "'", 422,
                    InvalidSchemaException.INVALID_COMPATIBILITY_LEVEL);
        }
    }

    /** Whether the candidate may follow the versions (oldest first) of a subject. */
    boolean allows(Schema candidate, List<Schema> versions) {
        if (this == NONE || versions.isEmpty()) {
            return true;
        }
        List<Schema> checked = name().endsWith("_TRANSITIVE") ? versions : List.of(versions.get(versions.size() - 1));
        return checked.stream().allMatch(existing -> allowsAfter(candidate, existing));
    }

    private boolean allowsAfter(Schema candidate, Schema existing) {
        boolean backward = canRead(candidate, existing);
        boolean forward = canRead(existing, candidate);
        return switch (this) {
            case BACKWARD, BACKWARD_TRANSITIVE -> backward;
            case FORWARD, FORWARD_TRANSITIVE -> forward;
            default -> backward && forward;
        };
    }

    private static boolean canRead(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType() == COMPATIBLE;
    }
}
