package org.cstofacts.version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
 * {@code csto.data-version.max-age}. A write of this instance drops it when it commits, so the instance's own
 * writes show at once; writes of another instance show within the max age. Without a database (the web slices of
 * the tests) it lives in memory, seeded with the start time in microseconds.
 */
@Component
@EnableConfigurationProperties(DataVersionProperties.class)
public class DataVersion {

	private final @Nullable JdbcOperations database;

	private final long maxAgeNanos;

	private final AtomicLong memory = new AtomicLong(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));

	/** Counts the commits of this instance's writes: a version read before the latest one is not served. */
	private final AtomicLong commits = new AtomicLong();

	private volatile @Nullable Read lastRead;

	public DataVersion(@Nullable JdbcOperations database, DataVersionProperties properties) {
		this.database = database;
		this.maxAgeNanos = properties.maxAge().toNanos();
	}

	public long current() {
		if (this.database == null) {
			return this.memory.get();
		}
		long now = System.nanoTime();
		Read read = this.lastRead;
		if (read != null && read.commit() == this.commits.get() && now - read.at() < this.maxAgeNanos) {
			return read.version();
		}
		long commit = this.commits.get();
		Long version = this.database.queryForObject("select version from data_version where id = 1", Long.class);
		if (version == null) {
			throw new IllegalStateException("Table data_version has no version: the migrations did not run");
		}
		this.lastRead = new Read(version, commit, now);
		return version;
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
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DataVersion.this.commits.incrementAndGet();
			}
		});
	}

	/** A version as read from the database, after the given count of commits, at the given nano time. */
	private record Read(long version, long commit, long at) {
	}

}
