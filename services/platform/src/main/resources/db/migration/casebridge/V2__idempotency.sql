-- Commands taken with an Idempotency-Key, written before their event is published: a retry with the same key
-- and the same request answers the recorded outcome again; the same key with another request is refused.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_idempotency (
    acting_unit    varchar(40)  not null,
    idem_key       varchar(200) not null,
    request_sha256 varchar(64)  not null,
    event_id       varchar(36)  not null,
    referral_id    varchar(100) not null,
    created_at     timestamp with time zone not null,
    primary key (acting_unit, idem_key)
);
