package org.casebridge.exchange.referral.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DecisionPeriod;
import org.casebridge.exchange.clock.Due;
import org.casebridge.exchange.clock.LegalClock;
import org.casebridge.exchange.clock.Pause;
import org.casebridge.exchange.referral.ReferralStatus;
import org.casebridge.exchange.referral.TimelineEntry;

/**
 * The deadline a referral is waiting on, from its accepted events and the legal clock: the receipt while
 * SUBMITTED (from the submission or the latest forward), the decision while RECEIVED (from the receipt, paused
 * by supplement requests; the 3-day period, the one every case starts with) and the supplement while
 * SUPPLEMENT_REQUESTED. Other statuses wait on nothing this API tracks yet.
 */
final class ReferralDeadlines {

    private final LegalClock clock;

    ReferralDeadlines(LegalClock clock) {
        this.clock = clock;
    }

    Optional<NextDue> next(ReferralStatus status, List<TimelineEntry> accepted, Instant now) {
        Due due = switch (status) {
            case SUBMITTED -> clock.due(DeadlineKind.RECEIPT, lastOf(accepted, "ReferralSubmitted", "ReferralForwarded"));
            case RECEIVED -> decision(accepted, now);
            case SUPPLEMENT_REQUESTED -> clock.due(DeadlineKind.SUPPLEMENT, lastOf(accepted, "SupplementRequested"));
            default -> null;
        };
        if (due == null) {
            return Optional.empty();
        }
        return Optional.of(new NextDue(due.kind(), due.dueAt(), due.rule(), due.statusAt(now, null),
                due.overdueAt(now, null)));
    }

    private Due decision(List<TimelineEntry> accepted, Instant now) {
        Instant receipt = lastOf(accepted, "ReceiptSigned");
        List<Pause> pauses = new ArrayList<>();
        Instant pausedAt = null;
        for (TimelineEntry entry : accepted) {
            if (entry.occurredAt().isBefore(receipt)) {
                continue;
            }
            if (entry.eventType().equals("SupplementRequested")) {
                pausedAt = entry.occurredAt();
            } else if (entry.eventType().equals("SupplementProvided") && pausedAt != null) {
                pauses.add(new Pause(pausedAt, entry.occurredAt()));
                pausedAt = null;
            }
        }
        return clock.due(DeadlineKind.DECISION, DecisionPeriod.DAYS_3, receipt, pauses);
    }

    private static Instant lastOf(List<TimelineEntry> accepted, String... eventTypes) {
        Instant last = null;
        for (TimelineEntry entry : accepted) {
            for (String type : eventTypes) {
                if (entry.eventType().equals(type)) {
                    last = entry.occurredAt();
                }
            }
        }
        if (last == null) {
            throw new IllegalStateException("no accepted " + String.join(" or ", eventTypes) + " in the timeline");
        }
        return last;
    }
}
