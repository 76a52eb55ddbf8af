-- The legal clock's warnings and breaches this service wrote (ADR 0006): one row per signal, written in the
-- transaction that puts the signed event into the outbox (cb_outbox), so that a signal is written once however
-- many instances run and however often one restarts. The key is the event id, derived from the clock and the
-- signal. Portable SQL: runs on H2 and PostgreSQL.
create table cb_deadline_signal (
    event_id    varchar(36)  primary key,
    referral_id varchar(100) not null,
    signal      varchar(10)  not null,
    kind        varchar(30)  not null,
    subject     varchar(100),
    due_at      timestamp with time zone not null,
    signer      varchar(40)  not null,
    written_at  timestamp with time zone not null
);

-- The monitor's "not written yet" check, one probe per running clock it considers.
create index cb_deadline_signal_clock on cb_deadline_signal (referral_id, kind, due_at, signal);
