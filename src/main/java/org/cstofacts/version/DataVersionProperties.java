package org.cstofacts.version;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fresh the data version must be.
 * @param maxAge how long an instance answers with the version it last read before reading it again. Writes of the
 * instance itself are seen at once; writes of other instances on the same database within this time. Zero reads
 * the database for every request.
 */
@ConfigurationProperties("csto.data-version")
public record DataVersionProperties(@DefaultValue("100ms") Duration maxAge) {

}
