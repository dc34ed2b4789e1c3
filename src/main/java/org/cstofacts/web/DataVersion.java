package org.cstofacts.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The version of the data the API serves. Every committed write bumps it, and every ETag derives from it,
 * so a client's cached answer is valid exactly as long as the data has not changed.
 * <p>
 * It lives in memory only. Seeding it with the start time in microseconds keeps a version of one run from
 * matching one of a later run (which may have loaded other articles) unless writes outpace the clock.
 */
@Component
public class DataVersion {

	private final AtomicLong version = new AtomicLong(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));

	public long current() {
		return this.version.get();
	}

	/** Called after every committed write. */
	public void changed() {
		this.version.incrementAndGet();
	}

}
