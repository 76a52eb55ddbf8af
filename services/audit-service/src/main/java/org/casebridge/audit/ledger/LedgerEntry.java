package org.casebridge.audit.ledger;

import java.time.Instant;

import org.casebridge.platform.integrity.VerifiedEvent;
import org.casebridge.platform.projection.EventJson;
import org.casebridge.rules.unit.UnitIds;

/**
 * One record of a source topic as the audit service keeps it: where it sits in the log, what arrived (the exact
 * bytes and signature, so that anyone can verify it again) and the audit service's own integrity verdict. The
 * event fields are null when the record could not be verified and decoded. The payload is the event's JSON text,
 * the same as the projections' timeline keeps ({@link EventJson}).
 *
 * @param verdict       {@link #VERIFIED}, or why the record is not a valid event (e.g. {@code FORGED_SIGNATURE},
 *                      {@code UNSIGNED}, {@code UnknownSchemaIdException}, {@link #TOMBSTONE})
 * @param verdictDetail what failed, in words; null for a verified event
 */
public record LedgerEntry(String topic, int partition, long offset, String key, Instant appendedAt,
                          String verdict, String verdictDetail,
                          String eventType, String eventId, String caseId, Long sequence, String actingUnit,
                          String officer, Instant occurredAt, String signer, String eventHash, String payload,
                          byte[] wireBytes, byte[] signature) {

    public static final String VERIFIED = "VERIFIED";
    /** A record without a value: no event, but a writer put it on the record, so it is kept. */
    public static final String TOMBSTONE = "TOMBSTONE";

    static LedgerEntry verified(Origin origin, VerifiedEvent event) {
        var meta = event.meta();
        return new LedgerEntry(origin.topic(), origin.partition(), origin.offset(), origin.key(), origin.appendedAt(),
                VERIFIED, null, event.type().simpleName(), meta.getEventId().toString(), meta.getCaseId(),
                meta.getSequence(), UnitIds.idOf(meta.getActingAgency()),
                meta.getOfficer(), meta.getOccurredAt(), event.signerId(), event.eventHash(),
                EventJson.of(event.event()), event.wireBytes(), event.signature());
    }

    static LedgerEntry refused(Origin origin, String verdict, String detail, String signer, byte[] wireBytes,
                               byte[] signature) {
        return new LedgerEntry(origin.topic(), origin.partition(), origin.offset(), origin.key(), origin.appendedAt(),
                verdict, detail, null, null, null, null, null, null, null, signer, null, null, wireBytes, signature);
    }

    /** Where a record sits in the log and when the broker appended it. */
    record Origin(String topic, int partition, long offset, String key, Instant appendedAt) {
    }
}
