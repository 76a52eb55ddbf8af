-- The legal clocks of each referral, stored when its events are applied (derived from them alone, so a rebuild
-- stores the same), and the state of a projection rebuild. Portable SQL: runs on H2 and PostgreSQL.
-- A database migrated from V2 has no clocks for the referrals it already holds: rebuild it once
-- (casebridge.projection.rebuild-on-start=true, or POST /api/admin/projection/rebuild).

-- The clock a referral waits on first (see ReferralDeadlines.next): what lists filter and sort on. Null when it
-- waits on none; "overdue" is computed in the query against the current time.
alter table cb_referral add column due_kind varchar(30);
alter table cb_referral add column due_period varchar(10);
alter table cb_referral add column due_at timestamp with time zone;
alter table cb_referral add column due_warn_at timestamp with time zone;
alter table cb_referral add column due_rule varchar(120);
alter table cb_referral add column due_responsible varchar(40);

-- Each list selects the referrals of one unit in one role (see ReferralListQuery) and sorts them by due date.
create index cb_referral_sender_due on cb_referral (sender, due_at);
create index cb_referral_receiver_due on cb_referral (receiver, due_at);
create index cb_referral_court_due on cb_referral (court, due_at);

-- Every clock of a referral, running or done: the detail's deadlines and the timeline's verdicts (MET/BREACHED).
create table cb_referral_deadline (
    referral_id     varchar(100) not null,
    position_no     integer      not null,
    kind            varchar(30)  not null,
    decision_period varchar(10),
    subject         varchar(100),
    responsible     varchar(40)  not null,
    start_at        timestamp with time zone not null,
    due_at          timestamp with time zone,
    warn_at         timestamp with time zone,
    rule_ref        varchar(120) not null,
    alternative     boolean      not null,
    paused_since    timestamp with time zone,
    done_at         timestamp with time zone,
    done_sequence   bigint,
    outcome         varchar(10),
    primary key (referral_id, position_no)
);

-- One row per consumer group: whether a rebuild of its projection runs (commands wait while it does), shared by
-- every instance of the service through the database.
create table cb_projection_rebuild (
    consumer_group varchar(200) primary key,
    state          varchar(20)  not null,
    requested_by   varchar(200) not null,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    failure        varchar(1000)
);

-- What the rebuild replays: per partition, the log's first offset and its end when the rebuild started.
create table cb_projection_rebuild_partition (
    consumer_group varchar(200) not null,
    topic          varchar(200) not null,
    partition_no   integer      not null,
    start_offset   bigint       not null,
    end_offset     bigint       not null,
    primary key (consumer_group, topic, partition_no)
);
