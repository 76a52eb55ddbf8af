-- The officers an H3 (restricted) referral is shown to, from its ReferralSubmitted; fixed once submitted.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_referral_named_officer (
    referral_id varchar(100) not null,
    unit        varchar(40)  not null,
    username    varchar(100) not null,
    primary key (referral_id, unit, username)
);
