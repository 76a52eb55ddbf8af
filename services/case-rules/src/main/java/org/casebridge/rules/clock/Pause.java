package org.casebridge.rules.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch during which a clock does not run, e.g. from SupplementRequested to SupplementProvided. A pause that
 * is still open has no end yet: pass "now" as {@code until} to get the provisional due time.
 */
public record Pause(Instant from, Instant until) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new InvalidPauseException("pause ends at " + until + ", before it starts at " + from);
        }
    }
}
