-- The Idempotency-Key each draft was created with: a client that retries a create (its answer was lost) gets the
-- draft it already made instead of a second one. Kept apart from cb_referral_draft so that the key outlives its
-- draft: a retry after the draft was submitted or deleted says so instead of creating it again.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_referral_draft_key (
    unit           varchar(40)  not null,
    idem_key       varchar(200) not null,
    request_sha256 varchar(64)  not null,
    draft_id       varchar(36)  not null,
    created_at     timestamp with time zone not null,
    primary key (unit, idem_key)
);
