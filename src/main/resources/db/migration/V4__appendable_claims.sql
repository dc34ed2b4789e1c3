-- Claims and sources become ordered lists with a position, so that adding one claim inserts its rows only (an
-- unordered collection is deleted and inserted again as a whole whenever it changes, which made every ingest
-- slower than the one before). The rows stored so far have no position to give; they are derived from the
-- documents, so they are dropped here and the documents marked to be read again: on start the service rebuilds
-- the facts of every marked document (DocumentIngestService.rebuildStale), as after an extractor upgrade.

delete from statement;
delete from country_sources;
delete from country_claim;
delete from country;
delete from organization_sources;
delete from organization_claim;
delete from organization;
delete from person_sources;
delete from person_claim;
delete from person;
delete from event_sources;
delete from event_claim;
delete from event;

alter table country_claim add column position integer not null;
alter table country_claim add constraint country_claim_pk primary key (country_code, position);
alter table country_sources add column position integer not null;
alter table country_sources add constraint country_sources_pk primary key (country_code, position);
alter table organization_claim add column position integer not null;
alter table organization_claim add constraint organization_claim_pk primary key (organization_acronym, position);
alter table organization_sources add column position integer not null;
alter table organization_sources add constraint organization_sources_pk primary key (organization_acronym, position);
alter table person_claim add column position integer not null;
alter table person_claim add constraint person_claim_pk primary key (person_id, position);
alter table person_sources add column position integer not null;
alter table person_sources add constraint person_sources_pk primary key (person_id, position);
alter table event_claim add column position integer not null;
alter table event_claim add constraint event_claim_pk primary key (event_id, position);
alter table event_sources add column position integer not null;
alter table event_sources add constraint event_sources_pk primary key (event_id, position);

update document set extractor_version = concat('rebuild:', extractor_version),
	country_count = 0, organization_count = 0, person_count = 0, event_count = 0, statement_count = 0;

-- The served values of a fact come from its most recent claims: storing with the fact the recency of its latest
-- claim (and of the claim its date is from), and the names of all its claims, lets a new claim be taken in without
-- reading the others (document.FactWriter).
alter table country add column latest_published_at timestamp(6);
alter table country add column latest_document_id bigint;
alter table country add column aliases text not null;
alter table organization add column latest_published_at timestamp(6);
alter table organization add column latest_document_id bigint;
alter table organization add column aliases text not null;
alter table person add column latest_published_at timestamp(6);
alter table person add column latest_document_id bigint;
alter table person add column aliases text not null;
alter table event add column latest_published_at timestamp(6);
alter table event add column latest_document_id bigint;
alter table event add column dated_published_at timestamp(6);
alter table event add column dated_document_id bigint;
