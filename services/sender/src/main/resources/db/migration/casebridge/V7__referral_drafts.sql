-- Referral drafts of the administrative agencies: the unit's own work in progress, never on the log until it is
-- submitted (then the draft is deleted and the referral lives in the projection like any other).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_referral_draft (
    draft_id   varchar(36)  primary key,
    unit       varchar(40)  not null,
    created_by varchar(100) not null,
    updated_by varchar(100) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint       not null,
    content    text         not null
);

create index cb_referral_draft_unit on cb_referral_draft (unit, updated_at);
