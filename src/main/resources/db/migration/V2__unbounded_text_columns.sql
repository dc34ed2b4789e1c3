-- Titles, names, headings and joined alias lists come from article text of any length: a title line
-- longer than a column must not make an article impossible to store. Keys keep their bounds.

alter table document alter column title set data type text;
alter table document alter column publisher set data type text;
alter table document alter column category set data type text;
alter table document alter column source_name set data type text;
alter table document_section alter column heading set data type text;

alter table country alter column name set data type text;
alter table country alter column official_name set data type text;
alter table country alter column search_text set data type text;
alter table country_claim alter column official_name set data type text;
alter table country_claim alter column aliases set data type text;

alter table organization alter column name set data type text;
alter table organization_claim alter column name set data type text;
alter table organization_claim alter column aliases set data type text;

alter table person alter column name set data type text;
alter table person alter column title set data type text;
alter table person alter column organization set data type text;
alter table person alter column search_text set data type text;
alter table person_claim alter column name set data type text;
alter table person_claim alter column title set data type text;
alter table person_claim alter column organization set data type text;
alter table person_claim alter column roles set data type text;
alter table person_claim alter column aliases set data type text;

alter table event alter column title set data type text;
alter table event alter column place set data type text;
alter table event alter column venue set data type text;
alter table event alter column occasion set data type text;
alter table event alter column search_text set data type text;
alter table event_claim alter column title set data type text;
alter table event_claim alter column place set data type text;
alter table event_claim alter column venue set data type text;
alter table event_claim alter column occasion set data type text;
alter table event_claim alter column participants set data type text;

alter table statement alter column speaker_name set data type text;
alter table statement alter column topic set data type text;
