-- The duplicate index holds no id numbers: a suspect is matched by the keyed hash of the id number (HMAC-SHA-256
-- under the service's personal-data key), and cb_lead_suspect_key names the key that made the hashes. The
-- service derives the hashes from its accepted LeadNotified events when it starts with a key other than the
-- one named here (LeadProjection.rekey), so the clear numbers go now. Portable SQL: H2 and PostgreSQL.

drop table cb_lead_suspect;

create table cb_lead_suspect (
    lead_id varchar(100) not null,
    id_hash varchar(64)  not null,
    primary key (lead_id, id_hash)
);

create index cb_lead_suspect_hash on cb_lead_suspect (id_hash);

-- One row, always there, so that instances starting together take turns re-keying (select ... for update).
create table cb_lead_suspect_key (
    fingerprint varchar(16) not null
);

insert into cb_lead_suspect_key (fingerprint) values ('');
