package org.casebridge.platform.command;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The events not yet acknowledged by the broker, in {@code cb_outbox} (V10 migration). */
final class OutboxTable {

    private final JdbcClient jdbc;

    OutboxTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PendingEvent event, Instant recordedAt, Instant attemptAfter) {
        jdbc.sql("""
                        insert into cb_outbox (event_id, topic, record_key, headers, payload, recorded_at, attempt_after, attempts)
                        values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(event.eventId(), event.topic(), event.key(), encode(event.headers()), event.value(),
                        Timestamp.from(recordedAt), Timestamp.from(attemptAfter))
                .update();
    }

    /** The broker acknowledged the event. */
    void sent(String eventId) {
        jdbc.sql("delete from cb_outbox where event_id = ?").param(eventId).update();
    }

    boolean holds(String eventId) {
        return jdbc.sql("select count(*) from cb_outbox where event_id = ?").param(eventId).query(Integer.class)
                .single() > 0;
    }

    /**
     * Locks and answers the oldest events due for an attempt; rows another instance holds are skipped, so that
     * each event is sent by one relay at a time. Call in a transaction: the locks last until it ends.
     */
    List<PendingEvent> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        select event_id, topic, record_key, headers, payload from cb_outbox
                        where attempt_after <= ? order by recorded_at fetch first ? rows only for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query(OutboxTable::pendingEvent)
                .list();
    }

    /** The attempt failed: the next one not before {@code attemptAfter}. */
    void postpone(String eventId, Instant attemptAfter) {
        jdbc.sql("update cb_outbox set attempt_after = ?, attempts = attempts + 1 where event_id = ?")
                .params(Timestamp.from(attemptAfter), eventId).update();
    }

    int size() {
        return jdbc.sql("select count(*) from cb_outbox").query(Integer.class).single();
    }

    private static PendingEvent pendingEvent(ResultSet row, int number) throws SQLException {
        return new PendingEvent(row.getString("event_id"), row.getString("topic"), row.getString("record_key"),
                decode(row.getBytes("headers")), row.getBytes("payload"));
    }

    /** Headers in order, each as its UTF-8 key and its value, length-prefixed (a null value as length -1). */
    static byte[] encode(List<Header> headers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(headers.size());
            for (Header header : headers) {
                byte[] key = header.key().getBytes(StandardCharsets.UTF_8);
                out.writeInt(key.length);
                out.write(key);
                out.writeInt(header.value() == null ? -1 : header.value().length);
                if (header.value() != null) {
                    out.write(header.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Header> decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int count = in.readInt();
            List<Header> headers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String key = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                int length = in.readInt();
                headers.add(new RecordHeader(key, length < 0 ? null : in.readNBytes(length)));
            }
            return headers;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable outbox headers", e);
        }
    }
}
