package org.cstofacts.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Checks every {@code csto.database.check-interval} that the database answers, on a connection of its own. The
 * pool cannot tell: its connections may all be busy with requests while the database is fine, or all stuck while
 * it is away. A check that fails, or has no answer within {@code csto.database.check-timeout} whatever the
 * driver's own timeouts, marks the database away; the first that succeeds marks it back.
 */
class DatabaseMonitor implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseMonitor.class);

	/** Before the loader of the data directory, the first to use the database. */
	private static final int BEFORE_THE_LOADER = -100;

	private final HikariDataSource pool;

	private final DatabaseAvailability availability;

	private final DatabaseProperties properties;

	private volatile ScheduledExecutorService schedule;

	/** Runs the checks, so that one stuck in the driver never holds up the schedule. */
	private volatile ExecutorService checker;

	/** The check under way, touched by the schedule's thread only. */
	private Future<?> check;

	/** Touched by the checker's thread only. */
	private Connection connection;

	DatabaseMonitor(HikariDataSource pool, DatabaseAvailability availability, DatabaseProperties properties) {
		this.pool = pool;
		this.availability = availability;
		this.properties = properties;
	}

	@Override
	public void start() {
		this.checker = Executors.newSingleThreadExecutor((task) -> daemon(task, "database-check"));
		this.schedule = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "database-monitor"));
		long interval = this.properties.checkInterval().toMillis();
		this.schedule.scheduleWithFixedDelay(this::awaitCheck, interval, interval, TimeUnit.MILLISECONDS);
	}

	/** Closes the monitor's connection before the pool closes, unless a check is stuck on it. */
	@Override
	public void stop() {
		this.schedule.shutdownNow();
		this.checker.submit(this::closeConnection);
		this.checker.shutdown();
		try {
			this.checker.awaitTermination(this.properties.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		ScheduledExecutorService running = this.schedule;
		return running != null && !running.isShutdown();
	}

	@Override
	public int getPhase() {
		return BEFORE_THE_LOADER;
	}

	/** Starts a check unless the last one is still stuck, and waits for it at most the check timeout. */
	private void awaitCheck() {
		if (this.check == null || this.check.isDone()) {
			this.check = this.checker.submit(() -> {
				checkConnection();
				return null;
			});
		}
		try {
			this.check.get(this.properties.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
			Duration away = this.availability.answered();
			if (away != null) {
				log.info("The database answers again, after {} ms away", away.toMillis());
			}
		}
		catch (ExecutionException failed) {
			away(failed.getCause().toString());
		}
		catch (TimeoutException late) {
			away("no answer within " + this.properties.checkTimeout().toMillis() + " ms");
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
	}

	private void away(String reason) {
		if (this.availability.unanswered()) {
			log.warn("The database does not answer ({}): until it does, what needs it is refused with 503 and reads "
					+ "are answered from memory where they can be", reason);
		}
	}

	private void checkConnection() throws SQLException {
		if (this.connection != null && this.connection.isValid(timeoutSeconds())) {
			return;
		}
		closeConnection();
		Properties settings = new Properties();
		settings.putAll(this.pool.getDataSourceProperties());
		if (this.pool.getUsername() != null) {
			settings.setProperty("user", this.pool.getUsername());
		}
		if (this.pool.getPassword() != null) {
			settings.setProperty("password", this.pool.getPassword());
		}
		this.connection = DriverManager.getConnection(this.pool.getJdbcUrl(), settings);
	}

	private int timeoutSeconds() {
		return (int) Math.max(1, this.properties.checkTimeout().toSeconds());
	}

	private void closeConnection() {
		if (this.connection == null) {
			return;
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// A connection to a database that went away may fail to close: it is dropped all the same.
		}
		this.connection = null;
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
