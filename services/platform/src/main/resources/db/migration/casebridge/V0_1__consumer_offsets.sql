-- Every service that applies events: the next offset per consumer group and partition, stored in the same
-- transaction as what the records changed, so that a restart resumes exactly after the last applied record.
-- Portable SQL: runs on H2 (embedded default) and PostgreSQL (production).

create table cb_consumer_offset (
    consumer_group varchar(200) not null,
    topic          varchar(200) not null,
    partition_no   integer      not null,
    next_offset    bigint       not null,
    primary key (consumer_group, topic, partition_no)
);
