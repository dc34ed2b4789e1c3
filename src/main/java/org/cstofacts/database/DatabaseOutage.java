package org.cstofacts.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;

/**
 * What the service does while the database does not answer: refuse what needs it with a 503 that says when to try
 * again, and go on answering what it holds in memory.
 */
public final class DatabaseOutage {

	/** How long a client should wait before it tries again: a few checks of the database. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * SQLSTATE prefixes of a database out of reach: the class of connection exceptions (SQL:2016), and PostgreSQL's
	 * shut down, crashed or not accepting connections yet.
	 */
	private static final List<String> OUT_OF_REACH = List.of("08", "57P");

	/**
	 * What HikariCP throws, without a SQLSTATE, when a connection it evicted after a connection error is used again:
	 * a write's rollback then fails with it, and Spring throws that rather than the error that broke the connection.
	 */
	private static final String EVICTED_CONNECTION = "Connection is closed";

	/** Causes looked at, at most: a chain that loops must not loop here. */
	private static final int MAX_CAUSES = 32;

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure comes from a database out of reach: no connection to be had, or one that broke or timed
	 * out, rather than a statement the database refused.
	 */
	public static boolean explains(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && isOutOfReach(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOutOfReach(SQLException failure) {
		String state = failure.getSQLState();
		return (state != null) ? OUT_OF_REACH.stream().anyMatch(state::startsWith)
				: EVICTED_CONNECTION.equals(failure.getMessage());
	}

}
