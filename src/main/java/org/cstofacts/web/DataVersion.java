package org.cstofacts.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the data the API serves. Every write changes it, and every ETag derives from it, so a client's
 * cached answer is valid exactly as long as the data has not changed.
 * <p>
 * It is a row of the database (table {@code data_version}), shared by every instance that serves that database,
 * so an ETag from one instance is right on every other: reading it is one lookup by primary key. Without a
 * database (the web slices of the tests) it lives in memory, seeded with the start time in microseconds.
 */
@Component
public class DataVersion {

	private final @Nullable JdbcOperations database;

	private final AtomicLong memory = new AtomicLong(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));

	public DataVersion(@Nullable JdbcOperations database) {
		this.database = database;
	}

	public long current() {
		if (this.database == null) {
			return this.memory.get();
		}
		Long version = this.database.queryForObject("select version from data_version where id = 1", Long.class);
		if (version == null) {
			throw new IllegalStateException("Table data_version has no version: the migrations did not run");
		}
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
	}

}
