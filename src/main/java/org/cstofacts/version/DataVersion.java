package org.cstofacts.version;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.cstofacts.database.DatabaseOutage;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the data the API serves. Every write changes it, and every ETag derives from it, so a client's
 * cached answer is valid exactly as long as the data has not changed.
 * <p>
 * It is a row of the database (table {@code data_version}), shared by every instance that serves that database,
 * so an ETag from one instance is right on every other. Every read of the API needs it, twice (ETag and response
 * cache): reading the row each time took a pooled connection per request, so the version read is kept for
 * {@code csto.data-version.max-age}, and once it is older, one request reads it again while the others go on with
 * the one held. A write of this instance holds the version it committed at once, so its own writes show at once;
 * writes of another instance show within the max age.
 * <p>
 * While the database does not answer, no request waits for it here: the last version known is served, and
 * {@link #unconfirmedFor()} says for how long it has not been confirmed, so that answers derived from it can be
 * marked. Without a database (the web slices of the tests) it lives in memory, seeded with the start time in
 * microseconds.
 */
@Component
@EnableConfigurationProperties(DataVersionProperties.class)
public class DataVersion {

	private static final String READ = "select version from data_version where id = 1";

	private final @Nullable JdbcOperations database;

	private final long maxAgeNanos;

	private final AtomicLong memory = new AtomicLong(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));

	/** The newest version known, read from the database or committed by a write of this instance. */
	private final AtomicReference<@Nullable Read> newest = new AtomicReference<>();

	/** Held by the one request that reads the version again for all. */
	private final AtomicBoolean reading = new AtomicBoolean();

	public DataVersion(@Nullable JdbcOperations database, DataVersionProperties properties) {
		this.database = database;
		this.maxAgeNanos = properties.maxAge().toNanos();
	}

	public long current() {
		if (this.database == null) {
			return this.memory.get();
		}
		long now = System.nanoTime();
		Read held = this.newest.get();
		if (held != null && (now - held.triedAt() < this.maxAgeNanos || !this.reading.compareAndSet(false, true))) {
			return held.version();
		}
		try {
			return remember(Read.confirmed(read(this.database), now)).version();
		}
		catch (DataAccessException failure) {
			if (held == null || !DatabaseOutage.explains(failure)) {
				throw failure;
			}
			return remember(held.unconfirmedAt(now)).version();
		}
		finally {
			if (held != null) {
				this.reading.set(false);
			}
		}
	}

	/**
	 * How long the version served has gone without the database confirming it, once a read of it failed because
	 * the database did not answer; empty while it answers.
	 */
	public Optional<Duration> unconfirmedFor() {
		Read held = this.newest.get();
		if (held == null || !held.unconfirmed()) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofNanos(System.nanoTime() - held.confirmedAt()));
	}

	/**
	 * Marks the data as changed by the current write transaction, before it merges any fact. The new version
	 * commits or rolls back with the write, and until then the version row stays locked: writes of every instance
	 * on the database take turns from this call on, and readers never see a version ahead of the data.
	 * @throws IllegalStateException outside a transaction, where the change could be seen before the data
	 */
	public void changed() {
		if (this.database == null) {
			this.memory.incrementAndGet();
			return;
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("The data version changes inside the write transaction, not after it");
		}
		this.database.update("update data_version set version = version + 1 where id = 1");
		long committed = read(this.database);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				remember(Read.confirmed(committed, System.nanoTime()));
			}
		});
	}

	private static long read(JdbcOperations database) {
		Long version = database.queryForObject(READ, Long.class);
		if (version == null) {
			throw new IllegalStateException("Table data_version has no version: the migrations did not run");
		}
		return version;
	}

	/** Versions only grow: a read that started before a commit of this instance never hides that commit. */
	private Read remember(Read read) {
		return this.newest.accumulateAndGet(read,
				(held, given) -> (held == null || given.version() >= held.version()) ? given : held);
	}

	/**
	 * A version as the database gave it, at {@code confirmedAt}, and when it was last tried ({@code triedAt}), in
	 * {@link System#nanoTime()}; unconfirmed when that last try failed.
	 */
	private record Read(long version, long confirmedAt, long triedAt, boolean unconfirmed) {

		static Read confirmed(long version, long at) {
			return new Read(version, at, at, false);
		}

		Read unconfirmedAt(long at) {
			return new Read(this.version, this.confirmedAt, at, true);
		}

	}

}
