package org.cstofacts.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service watches its database.
 * @param checkInterval the time between two checks that the database answers
 * @param checkTimeout how long a check waits for the answer before the database counts as away
 */
@ConfigurationProperties("csto.database")
public record DatabaseProperties(@DefaultValue("500ms") Duration checkInterval,
		@DefaultValue("2s") Duration checkTimeout) {

}
