-- The audit ledger: every record of every source topic, exactly as it arrived, with the integrity verdict the
-- audit service reached on its own (it does not trust the agencies' consumers). Its own Flyway history table
-- (audit_schema_history): these versions never interleave with exchange-kit's shared projection migrations.
-- Portable SQL: H2 (embedded default) and PostgreSQL (production).

create table audit_record (
    topic          varchar(200)  not null,
    partition_no   integer       not null,
    offset_no      bigint        not null,
    record_key     varchar(200),
    appended_at    timestamp with time zone not null,
    verdict        varchar(40)   not null,
    verdict_detail varchar(2000),
    event_type     varchar(60),
    event_id       varchar(36),
    case_id        varchar(200),
    sequence_no    bigint,
    acting_unit    varchar(40),
    officer        varchar(100),
    occurred_at    timestamp with time zone,
    signer         varchar(100),
    event_hash     varchar(64),
    payload        text,
    wire_bytes     bytea,
    signature      bytea,
    primary key (topic, partition_no, offset_no)
);

-- A case's history in log order; the key is the case id even when the value cannot be decoded.
create index audit_record_case on audit_record (record_key, partition_no, offset_no);
create index audit_record_verdict on audit_record (verdict, topic, partition_no, offset_no);
