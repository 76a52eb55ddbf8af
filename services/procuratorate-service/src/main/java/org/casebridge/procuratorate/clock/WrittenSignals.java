package org.casebridge.procuratorate.clock;

import java.sql.Timestamp;
import java.time.Instant;

import org.casebridge.rules.unit.UnitIds;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signals this service wrote (cb_deadline_signal, db/migration/procuratorate): one row per signal, ever. */
final class WrittenSignals {

    private final JdbcClient jdbc;

    WrittenSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the signal; a DuplicateKeyException when another round, instance or life of the service claimed it. */
    void claim(DueSignal signal, Instant at) {
        jdbc.sql("""
                        insert into cb_deadline_signal (event_id, referral_id, signal, kind, subject, due_at, signer,
                          written_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(signal.eventId().toString(), signal.referralId(), signal.signal(), signal.kind().name(),
                        signal.subject(), Timestamp.from(signal.dueAt()), UnitIds.idOf(signal.signer()),
                        Timestamp.from(at))
                .update();
    }
}
