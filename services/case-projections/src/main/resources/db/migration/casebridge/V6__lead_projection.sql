-- Shared by every agency service: the lead projection (线索通报), read from the leads topic.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

-- One row per lead; the match columns (patch, parcel) and the division, offence and notification time come from
-- LeadNotified and never change: they are what duplicate detection, lists and subscriptions filter on.
create table cb_lead (
    lead_id         varchar(100) primary key,
    status          varchar(40)  not null,
    notifier        varchar(40)  not null,
    handling_code   varchar(4)   not null,
    investigator    varchar(40),
    outcome         varchar(20),
    merged_into     varchar(100),
    referral_id     varchar(100),
    division_code   varchar(6)   not null,
    offence_article integer      not null,
    patch_id        varchar(100),
    parcel_id       varchar(100),
    notified_at     timestamp with time zone not null,
    head_sequence   bigint       not null,
    head_hash       varchar(64)  not null,
    updated_at      timestamp with time zone not null
);

create index cb_lead_notifier on cb_lead (notifier, status);
create index cb_lead_patch on cb_lead (patch_id);
create index cb_lead_parcel on cb_lead (parcel_id);

-- The units a lead was raised to (resolved when it was raised) and whether each acknowledged it.
create table cb_lead_addressee (
    lead_id      varchar(100) not null,
    unit         varchar(40)  not null,
    acknowledged boolean      not null,
    position     integer      not null,
    primary key (lead_id, unit)
);

create index cb_lead_addressee_unit on cb_lead_addressee (unit);

-- Id numbers of the suspects a lead names: one of the things that make two leads the same.
create table cb_lead_suspect (
    lead_id   varchar(100) not null,
    id_number varchar(40)  not null,
    primary key (lead_id, id_number)
);

create index cb_lead_suspect_id on cb_lead_suspect (id_number);

-- Every event seen for a lead, accepted or not (same shape as cb_referral_event).
create table cb_lead_event (
    event_id         varchar(36)   primary key,
    lead_id          varchar(100)  not null,
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

create index cb_lead_event_timeline on cb_lead_event (lead_id, sequence_no);
