package org.cstofacts.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The service's data source, which refuses a connection at once while the database does not answer: no request
 * then waits for the pool's timeout, so writes fail fast (a 503) and threads stay free for the reads that can still
 * be answered from memory. It closes the pool it wraps when the application closes.
 */
class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

	/** SQLSTATE of "connection exception: client unable to establish connection". */
	static final String UNABLE_TO_CONNECT = "08001";

	private final DatabaseAvailability availability;

	FailFastDataSource(DataSource pool, DatabaseAvailability availability) {
		super(pool);
		this.availability = availability;
	}

	@Override
	public Connection getConnection() throws SQLException {
		refuseWhileAway();
		return super.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		refuseWhileAway();
		return super.getConnection(username, password);
	}

	private void refuseWhileAway() throws SQLTransientConnectionException {
		if (!this.availability.isAvailable()) {
			throw new SQLTransientConnectionException("The database does not answer", UNABLE_TO_CONNECT);
		}
	}

	@Override
	public void close() throws Exception {
		if (obtainTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

}
