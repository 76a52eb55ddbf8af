package org.casebridge.sender.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casebridge.platform.command.RequestDigest;
import org.casebridge.platform.web.IdempotencyKeyReusedException;
import org.casebridge.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drafts table. Every read and write names the unit: a draft belongs to the unit that created it, and any of
 * its officers may continue it; another unit's draft does not exist for the caller. Each draft was created with an
 * Idempotency-Key ({@code cb_referral_draft_key}, which outlives the draft), so that a retried create finds the draft
 * it made.
 */
final class ReferralDrafts {

    private static final String COLUMNS = "draft_id, unit, created_by, updated_by, created_at, updated_at, version, content";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    ReferralDrafts(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * A new draft, or the one the key already made from the same content (a retry gets it as it is now). The draft
     * and its key are written in one transaction, so a key is never recorded without its draft; a second create with
     * the key (a retry, or a concurrent twin that lost the insert) reads the first one's record instead.
     *
     * @throws IdempotencyKeyReusedException the key made a draft from other content
     * @throws NotFoundException             the key's draft was since submitted or deleted (no new one is made)
     */
    ReferralDraft create(String unit, String key, String user, JsonNode content, Instant now) {
        String text = json.writeValueAsString(content);
        String requestSha256 = RequestDigest.of(text);
        String id = UUID.randomUUID().toString();
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("insert into cb_referral_draft_key (unit, idem_key, request_sha256, draft_id, created_at) "
                                + "values (?, ?, ?, ?, ?)")
                        .params(unit, key, requestSha256, id, utc(now)).update();
                jdbc.sql("insert into cb_referral_draft (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, 1, ?)")
                        .params(id, unit, user, user, utc(now), utc(now), text).update();
            });
            return find(unit, id).orElseThrow();
        } catch (DuplicateKeyException keyTaken) {
            return madeBefore(unit, key, requestSha256);
        }
    }

    private ReferralDraft madeBefore(String unit, String key, String requestSha256) {
        KeyRecord made = jdbc.sql("select request_sha256, draft_id from cb_referral_draft_key where unit = ? and idem_key = ?")
                .params(unit, key).query((row, n) -> new KeyRecord(row.getString(1), row.getString(2))).single();
        if (!made.requestSha256().equals(requestSha256)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return find(unit, made.draftId()).orElseThrow(() -> new NotFoundException("draft " + made.draftId()
                + ", created with Idempotency-Key " + key + ", was since submitted or deleted"));
    }

    Optional<ReferralDraft> find(String unit, String draftId) {
        return jdbc.sql("select " + COLUMNS + " from cb_referral_draft where unit = ? and draft_id = ?")
                .params(unit, draftId).query(this::draft).optional();
    }

    /** The unit's drafts, the most recently changed first. */
    List<ReferralDraft> list(String unit, long offset, int size) {
        return jdbc.sql("select " + COLUMNS + " from cb_referral_draft where unit = ? "
                        + "order by updated_at desc, draft_id offset ? rows fetch next ? rows only")
                .params(unit, offset, size).query(this::draft).list();
    }

    long count(String unit) {
        return jdbc.sql("select count(*) from cb_referral_draft where unit = ?").param(unit).query(Long.class).single();
    }

    /** Replaces the content if the draft is still at {@code version}; false when it is not (or is gone). */
    boolean update(String unit, String draftId, long version, String user, JsonNode content, Instant now) {
        return jdbc.sql("update cb_referral_draft set content = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                        + "where unit = ? and draft_id = ? and version = ?")
                .params(json.writeValueAsString(content), user, utc(now), unit, draftId, version).update() == 1;
    }

    boolean delete(String unit, String draftId) {
        return jdbc.sql("delete from cb_referral_draft where unit = ? and draft_id = ?").params(unit, draftId)
                .update() == 1;
    }

    private ReferralDraft draft(ResultSet row, int rowNumber) throws SQLException {
        return new ReferralDraft(row.getString("draft_id"), row.getString("unit"), row.getString("created_by"),
                row.getString("updated_by"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getLong("version"),
                json.readTree(row.getString("content")));
    }

    private record KeyRecord(String requestSha256, String draftId) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
