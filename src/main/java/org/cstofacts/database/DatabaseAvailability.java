package org.cstofacts.database;

import java.time.Duration;

/**
 * Whether the database answered the last check: the {@link DatabaseMonitor} says so, and the connections the
 * service asks for fail at once while it does not.
 */
final class DatabaseAvailability {

	/** {@link System#nanoTime()} when the database stopped answering, or null while it answers. */
	private volatile Long awaySince;

	boolean isAvailable() {
		return this.awaySince == null;
	}

	/** Marks the database as answering; returns for how long it had not, or null if it had. */
	Duration answered() {
		Long since = this.awaySince;
		this.awaySince = null;
		return (since != null) ? Duration.ofNanos(System.nanoTime() - since) : null;
	}

	/** Marks the database as not answering; returns whether it had answered until now. */
	boolean unanswered() {
		boolean wasAvailable = isAvailable();
		if (wasAvailable) {
			this.awaySince = System.nanoTime();
		}
		return wasAvailable;
	}

}
