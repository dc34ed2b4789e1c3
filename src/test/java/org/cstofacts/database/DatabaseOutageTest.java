package org.cstofacts.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

	@Test
	void noConnectionToBeHadIsAnOutage() {
		assertThat(DatabaseOutage.explains(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseOutage.explains(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new IllegalStateException(new SQLTransientConnectionException("The database does not answer",
						FailFastDataSource.UNABLE_TO_CONNECT))))).isTrue();
	}

	@Test
	void aConnectionThatBrokeOrAServerShuttingDownIsAnOutage() {
		assertThat(DatabaseOutage.explains(new DataAccessResourceFailureException("could not execute statement",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
		assertThat(DatabaseOutage.explains(new SQLException("terminating connection due to administrator command",
				"57P01"))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolEvictedIsAnOutage() {
		assertThat(DatabaseOutage.explains(new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
	}

	@Test
	void aStatementTheDatabaseRefusedIsNoOutage() {
		assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseOutage.explains(new SQLException("canceling statement due to statement timeout", "57014")))
			.isFalse();
		assertThat(DatabaseOutage.explains(new SQLException("Connection is closed?", (String) null))).isFalse();
		assertThat(DatabaseOutage.explains(new IllegalStateException("Connection is closed"))).isFalse();
	}

}
