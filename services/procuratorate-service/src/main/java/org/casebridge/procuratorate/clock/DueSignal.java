package org.casebridge.procuratorate.clock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.AgencyRef;
import org.casebridge.contracts.common.EventMeta;
import org.casebridge.contracts.common.HandlingCode;
import org.casebridge.contracts.referral.Deadline;
import org.casebridge.contracts.referral.DeadlineBreached;
import org.casebridge.contracts.referral.DeadlineKind;
import org.casebridge.contracts.referral.DeadlineWarning;
import org.casebridge.rules.referral.deadline.DeadlineSignal;
import org.casebridge.rules.unit.UnitIds;

/**
 * A warning or breach that one running clock of a referral is due to give, and the event that gives it.
 *
 * @param referralId   the referral
 * @param kind         the clock's kind
 * @param subject      its decision period or the judicial suggestion's number, else null: with the kind and the
 *                     due instant, what tells a referral's clocks apart
 * @param responsible  the unit that must act, {@code TYPE:code}
 * @param dueAt        the clock's due instant
 * @param warnAt       from when it warns
 * @param rule         {@code <rule id>@<rule set version>}
 * @param handlingCode the referral's, so that the signal is shown to whoever may see the referral
 * @param signer       the procuratorate that supervises the referral
 * @param breach       a breach, else a warning
 */
record DueSignal(String referralId, DeadlineKind kind, String subject, String responsible, Instant dueAt, Instant warnAt,
                 String rule,
                 HandlingCode handlingCode, AgencyRef signer, boolean breach) {

    /**
     * Derived from the clock and the signal alone, so that every instance and every restart writes the same id for
     * it, and a consumer applies it once however many copies reach the log. A clock whose due instant moves (a
     * supplement paused it) is another clock here, and signals again.
     */
    UUID eventId() {
        String clock = String.join("|", "deadline-signal", referralId, kind.name(), subject == null ? "" : subject,
                Long.toString(dueAt.toEpochMilli()), signal());
        return UUID.nameUUIDFromBytes(clock.getBytes(StandardCharsets.UTF_8));
    }

    /** When the signal is due: the warning instant, or the first millisecond after the due instant. */
    Instant dueToSignalAt() {
        return breach ? dueAt.plusMillis(1) : warnAt;
    }

    /** {@code WARNING} or {@code BREACHED}. */
    String signal() {
        return breach ? DeadlineSignal.BREACHED : DeadlineSignal.WARNING;
    }

    /** The signed event's content, given at {@code givenAt} by the monitor as {@code officer}; beside the chain. */
    SpecificRecord event(Instant givenAt, String officer) {
        EventMeta meta = EventMeta.newBuilder().setEventId(eventId()).setCaseId(referralId).setSequence(0)
                .setPreviousHash(null).setOccurredAt(givenAt).setActingAgency(signer).setOfficer(officer)
                .setHandlingCode(handlingCode).build();
        Deadline deadline = Deadline.newBuilder().setKind(kind).setDueAt(dueAt)
                .setResponsible(UnitIds.refOf(responsible)).setRule(rule).build();
        return breach ? new DeadlineBreached(meta, deadline) : new DeadlineWarning(meta, deadline);
    }
}
