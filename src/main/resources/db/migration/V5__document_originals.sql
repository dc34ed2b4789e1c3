-- The bytes each article came as (a saved web page, a text in its own charset) and their media type, so that a
-- better reader can derive the text again later; kept apart from the document row, which every list reads.
-- Documents stored before this migration have none: their original was not kept.
create table document_original (
	document_id bigint primary key references document (id),
	media_type varchar(255) not null,
	content bytea not null
);

-- The offset from UTC that the article or its page gives with its publication time (+06:00), when it gives one.
alter table document add column published_offset varchar(9);
