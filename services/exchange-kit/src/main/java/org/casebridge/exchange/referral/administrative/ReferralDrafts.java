package org.casebridge.exchange.referral.administrative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drafts table. Every read and write names the unit: a draft belongs to the unit that created it, and any of
 * its officers may continue it; another unit's draft does not exist for the caller.
 */
final class ReferralDrafts {

    private static final String COLUMNS = "draft_id, unit, created_by, updated_by, created_at, updated_at, version, content";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferralDrafts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    ReferralDraft create(String unit, String user, JsonNode content, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into cb_referral_draft (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, 1, ?)")
                .params(id, unit, user, user, utc(now), utc(now), json.writeValueAsString(content)).update();
        return find(unit, id).orElseThrow();
    }

    Optional<ReferralDraft> find(String unit, String draftId) {
        return jdbc.sql("select " + COLUMNS + " from cb_referral_draft where unit = ? and draft_id = ?")
                .params(unit, draftId).query(this::draft).optional();
    }

    /** The unit's drafts, the most recently changed first. */
    List<ReferralDraft> list(String unit, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from cb_referral_draft where unit = ? "
                        + "order by updated_at desc, draft_id offset ? rows fetch next ? rows only")
                .params(unit, (long) page * size, size).query(this::draft).list();
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

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
