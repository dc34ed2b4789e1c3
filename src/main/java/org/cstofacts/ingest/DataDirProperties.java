package org.cstofacts.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the data directory is watched while the service runs.
 *
 * @param watch whether new and changed files are ingested while the service runs ({@code csto.data-dir.watch})
 * @param pollInterval how often the directory is looked at
 * @param settleTime how long a file must keep its size and modification time before it is read: a file still being
 * written is not read half-way
 */
@ConfigurationProperties("csto.data-dir")
record DataDirProperties(@DefaultValue("true") boolean watch, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("1s") Duration settleTime) {
}
