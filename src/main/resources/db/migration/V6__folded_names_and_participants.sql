-- Search ranks a fact by its names folded (exact name, alias, prefix, words) and the people list shows the events
-- each person attended: both were computed in Java over whole tables. The folded names and the participants of
-- each event are stored with the facts, so that the database answers both (SearchService, Attendance).
-- Folding is Java's (kernel.text.Folding), which neither database can repeat, so the rows stored so far are
-- filled by reading their documents again on the next start (DocumentIngestService.rebuildStale), as in V4.

-- Folded names and aliases as '| name | other name |': an exact name is '%| q |%', a prefix '%| q%', a word '% w %'.
alter table country add column folded_names text default '' not null;
alter table country add column folded_aliases text default '' not null;
alter table person add column folded_names text default '' not null;
alter table person add column folded_aliases text default '' not null;
-- An event is found by its label (title, or type when untitled) and by the words of its place, venue, occasion, type.
alter table event add column folded_names text default '' not null;
alter table event add column folded_text text default '' not null;

create table event_participant (
	event_id bigint not null references event (id),
	person_id varchar(200) not null,
	primary key (event_id, person_id)
);

create index event_participant_person on event_participant (person_id);

update document set extractor_version = concat('rebuild:', extractor_version);
