-- The version of the served data, one row shared by every instance on this database. ETags derive from it.
-- Every write transaction bumps it first: the bump commits or rolls back with the write, and the row stays
-- locked until then, so writes of all instances take turns. It starts from the creation time in microseconds,
-- so a tag from an earlier database never matches one from a new database.

create table data_version (
	id integer primary key,
	version bigint not null
);

insert into data_version (id, version) values (1, cast(extract(epoch from current_timestamp) * 1000000 as bigint));
