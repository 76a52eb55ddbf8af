-- The legal clock's warnings and breaches of each referral (DeadlineWarning, DeadlineBreached: events beside the
-- case's hash chain, ADR 0006), as accepted from the log: what lists flag and the procuratorate's queue escalates.
-- Portable SQL: runs on H2 and PostgreSQL.
create table cb_referral_signal (
    event_id     varchar(36)  primary key,
    referral_id  varchar(100) not null,
    signal       varchar(10)  not null,
    kind         varchar(30)  not null,
    responsible  varchar(40)  not null,
    due_at       timestamp with time zone not null,
    rule_ref     varchar(120) not null,
    given_at     timestamp with time zone not null
);

create index cb_referral_signal_referral on cb_referral_signal (referral_id, kind, due_at);

-- The running clocks by warning and due instant: what the procuratorate's deadline monitor scans each round
-- (done_at is null for a running clock, so each index's range holds running clocks only).
create index cb_referral_deadline_running_warn on cb_referral_deadline (done_at, warn_at);
create index cb_referral_deadline_running_due on cb_referral_deadline (done_at, due_at);
