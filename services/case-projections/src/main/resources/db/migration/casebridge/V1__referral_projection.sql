-- Shared by every agency service and audit: the referral projection (its offsets: the platform's V0_1).
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_referral (
    referral_id          varchar(100) primary key,
    status               varchar(40)  not null,
    sender               varchar(40)  not null,
    receiver             varchar(40)  not null,
    handling_code        varchar(4)   not null,
    procuratorate        varchar(40),
    court                varchar(40),
    evidence_handed_over boolean      not null,
    head_sequence        bigint       not null,
    head_hash            varchar(64)  not null,
    submitted_at         timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);

create index cb_referral_receiver on cb_referral (receiver, status);
create index cb_referral_sender on cb_referral (sender, status);

create table cb_referral_suggestion (
    referral_id       varchar(100) not null,
    suggestion_number varchar(100) not null,
    addressee         varchar(40)  not null,
    primary key (referral_id, suggestion_number)
);

-- Every event seen for a referral, accepted or not: the timeline, the idempotency record (event ids are
-- unique) and what audit and the command path read back.
create table cb_referral_event (
    event_id         varchar(36)   primary key,
    referral_id      varchar(100)  not null,
    sequence_no      bigint        not null,
    event_type       varchar(60)   not null,
    acting_unit      varchar(40)   not null,
    officer          varchar(100)  not null,
    occurred_at      timestamp with time zone not null,
    event_hash       varchar(64)   not null,
    verdict          varchar(30)   not null,
    reason           varchar(1000),
    source_partition integer       not null,
    source_offset    bigint        not null,
    payload          text          not null
);

create index cb_referral_event_timeline on cb_referral_event (referral_id, sequence_no);
