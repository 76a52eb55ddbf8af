package org.casebridge.exchange.referral.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.exchange.clock.DeadlineStatus;
import org.casebridge.exchange.clock.LegalClock;
import org.casebridge.exchange.referral.ReferralStatus;
import org.casebridge.exchange.referral.TimelineEntry;
import org.junit.jupiter.api.Test;

class ReferralDeadlinesTest {

    private static final ReferralDeadlines DEADLINES = new ReferralDeadlines(LegalClock.bundled());
    // Monday 2 March 2026, 09:30 in Shanghai.
    private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void dueForReceiptTwentyFourHoursAfterSubmissionAndOverdueAfterwards() {
        List<TimelineEntry> timeline = List.of(entry("ReferralSubmitted", SUBMITTED));

        NextDue due = DEADLINES.next(ReferralStatus.SUBMITTED, timeline, SUBMITTED.plusSeconds(3600)).orElseThrow();
        NextDue late = DEADLINES.next(ReferralStatus.SUBMITTED, timeline, SUBMITTED.plusSeconds(25 * 3600)).orElseThrow();

        assertThat(due.kind()).isEqualTo(DeadlineKind.RECEIPT);
        assertThat(due.dueAt()).isEqualTo(SUBMITTED.plusSeconds(24 * 3600));
        assertThat(due.overdue()).isFalse();
        assertThat(late.overdue()).isTrue();
        assertThat(late.status()).isEqualTo(DeadlineStatus.BREACHED);
    }

    @Test
    void extendsTheDecisionByTheDaysASupplementRequestPausedIt() {
        Instant receipt = SUBMITTED.plusSeconds(3600);
        List<TimelineEntry> unpaused = List.of(entry("ReferralSubmitted", SUBMITTED), entry("ReceiptSigned", receipt));
        List<TimelineEntry> paused = List.of(unpaused.get(0), unpaused.get(1),
                entry("SupplementRequested", receipt.plusSeconds(3600)),
                // Provided two days later: the pause spans two nights.
                entry("SupplementProvided", receipt.plusSeconds(49 * 3600)));

        NextDue plain = DEADLINES.next(ReferralStatus.RECEIVED, unpaused, receipt).orElseThrow();
        NextDue extended = DEADLINES.next(ReferralStatus.RECEIVED, paused, receipt).orElseThrow();

        assertThat(plain.kind()).isEqualTo(DeadlineKind.DECISION);
        // Three days from Monday: Thursday 5 March, end of day in Shanghai.
        assertThat(plain.dueAt()).isEqualTo(Instant.parse("2026-03-05T15:59:59.999Z"));
        assertThat(extended.dueAt()).isEqualTo(Instant.parse("2026-03-09T15:59:59.999Z"));
    }

    @Test
    void waitsOnTheSupplementWhileOneIsRequestedAndOnNothingOnceFiled() {
        Instant requested = SUBMITTED.plusSeconds(7200);
        List<TimelineEntry> timeline = List.of(entry("ReferralSubmitted", SUBMITTED),
                entry("ReceiptSigned", SUBMITTED.plusSeconds(3600)), entry("SupplementRequested", requested));

        assertThat(DEADLINES.next(ReferralStatus.SUPPLEMENT_REQUESTED, timeline, requested).orElseThrow().kind())
                .isEqualTo(DeadlineKind.SUPPLEMENT);
        assertThat(DEADLINES.next(ReferralStatus.FILED, timeline, requested)).isEmpty();
    }

    private static TimelineEntry entry(String type, Instant at) {
        return new TimelineEntry(type + at, "RF-150203-2026-000001", 1, type, "FORESTRY:150200", "张晓明", at,
                "00", TimelineEntry.ACCEPTED, null, 0, 0, "{}");
    }
}
