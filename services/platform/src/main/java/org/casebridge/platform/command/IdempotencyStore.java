package org.casebridge.platform.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commands taken per (acting unit, Idempotency-Key), in {@code cb_idempotency} (V2 migration), for referrals and
 * leads alike (its {@code referral_id} column holds the case id).
 */
final class IdempotencyStore {

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecordedCommand> find(String unitId, String key) {
        return jdbc.sql("select request_sha256, event_id, referral_id from cb_idempotency where acting_unit = ? and idem_key = ?")
                .params(unitId, key)
                .query((rs, row) -> new RecordedCommand(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Records the command; a {@code DuplicateKeyException} when a concurrent request with the same key recorded
     * one first (thrown, so that the transaction it is part of rolls back).
     */
    void claim(String unitId, String key, RecordedCommand command, Instant at) {
        jdbc.sql("""
                        insert into cb_idempotency (acting_unit, idem_key, request_sha256, event_id, referral_id, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(unitId, key, command.requestSha256(), command.eventId(), command.caseId(), Timestamp.from(at))
                .update();
    }

    /**
     * @param requestSha256 hex SHA-256 of the command name, its target and the canonical request body
     * @param eventId       the event the command published
     * @param caseId        the case it acted on (a new case's generated id included)
     */
    record RecordedCommand(String requestSha256, String eventId, String caseId) {
    }
}
