-- Events of recorded commands that the broker has not acknowledged yet, exactly as signed: written in the same
-- transaction as the command's Idempotency-Key, deleted once the broker acknowledged the event. What stays
-- (the broker was down, the service died mid-send) the relay of any instance sends again.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_outbox (
    event_id      varchar(36)  not null primary key,
    topic         varchar(200) not null,
    record_key    varchar(100) not null,
    headers       bytea        not null,
    payload       bytea        not null,
    recorded_at   timestamp with time zone not null,
    -- Not before: the command's own send is still under way until then, or the last attempt failed.
    attempt_after timestamp with time zone not null,
    attempts      integer      not null
);

create index cb_outbox_due on cb_outbox (attempt_after);
