package org.cstofacts.version;

import java.time.Duration;

/**
 * The RFC 9211 {@code Cache-Status} field of an answer served from the last known data version while the database
 * does not confirm it: a hit of the service's own cache, stale for as many seconds ({@code ttl} negative) as the
 * version has gone unconfirmed. Answers of a confirmed version carry no such field.
 */
public final class CacheStatus {

	public static final String HEADER = "Cache-Status";

	/** The cache's name in the field: the service. */
	static final String CACHE = "csto-facts";

	private CacheStatus() {
	}

	public static String stale(Duration unconfirmedFor) {
		long seconds = Math.max(1, (unconfirmedFor.toMillis() + 999) / 1000);
		return CACHE + "; hit; ttl=-" + seconds + "; detail=database-unavailable";
	}

}
