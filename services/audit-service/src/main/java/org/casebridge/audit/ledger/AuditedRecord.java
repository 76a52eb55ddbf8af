package org.casebridge.audit.ledger;

import java.time.Instant;

/**
 * A ledger record as an auditor reads it: the audit service's integrity verdict on the record and, for a valid
 * referral event, the verdict every consumer reached on it in the case's chain and lifecycle (ACCEPTED, CONFLICT,
 * ILLEGAL_TRANSITION, ...). The bytes and the signature are base64, for verifying again outside CaseBridge.
 */
record AuditedRecord(String topic, int partition, long offset, String key, Instant appendedAt,
                     String integrity, String integrityDetail, String lifecycle, String lifecycleReason,
                     String eventType, String eventId, Long sequence, String actingUnit, String officer,
                     Instant occurredAt, String signer, String eventHash, String payload, byte[] wireBytes,
                     byte[] signature) {

    static AuditedRecord of(LedgerEntry entry, String lifecycle, String lifecycleReason) {
        return new AuditedRecord(entry.topic(), entry.partition(), entry.offset(), entry.key(), entry.appendedAt(),
                entry.verdict(), entry.verdictDetail(), lifecycle, lifecycleReason, entry.eventType(), entry.eventId(),
                entry.sequence(), entry.actingUnit(), entry.officer(), entry.occurredAt(), entry.signer(),
                entry.eventHash(), entry.payload(), entry.wireBytes(), entry.signature());
    }
}
