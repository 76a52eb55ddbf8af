package org.casebridge.rules.clock;

import java.time.Duration;
import java.time.Instant;

/** How long before the due time the clock warns; configured as {@code 25%} or an ISO-8601 duration ({@code PT6H}). */
public sealed interface WarningLead {

    /** The warning instant, never before the clock's start. */
    Instant warnAt(Instant start, Instant due);

    /** A share of the whole period from the start to the (rolled, paused) due time. */
    record Percent(int percent) implements WarningLead {

        public Percent {
            if (percent < 1 || percent > 99) {
                throw new IllegalArgumentException("a warning share must be 1% to 99%, not " + percent + "%");
            }
        }

        @Override
        public Instant warnAt(Instant start, Instant due) {
            long periodMillis = Duration.between(start, due).toMillis();
            return due.minusMillis(periodMillis * percent / 100);
        }
    }

    /** A fixed lead before the due time. */
    record Fixed(Duration lead) implements WarningLead {

        public Fixed {
            if (lead.isNegative() || lead.isZero()) {
                throw new IllegalArgumentException("a warning lead must be positive, not " + lead);
            }
        }

        @Override
        public Instant warnAt(Instant start, Instant due) {
            Instant warnAt = due.minus(lead);
            return warnAt.isBefore(start) ? start : warnAt;
        }
    }
}
