package org.cstofacts.ops;

import org.junit.jupiter.api.Test;

import org.cstofacts.version.DataVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The data version lives in the database, so that every instance serving it derives the same ETags, and it
 * changes with the write that changes the data, never before and never without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "csto.data-dir=target/no-articles", "csto.data-version.max-age=500ms" })
class StoredDataVersionTest {

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private JdbcTemplate database;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void aChangeStoredByAnotherInstanceIsSeenOnceTheVersionReadIsOlderThanTheMaxAge() throws InterruptedException {
		long before = dataVersion.current();

		database.update("update data_version set version = version + 7");

		assertThat(dataVersion.current()).isEqualTo(before);
		Thread.sleep(600);
		assertThat(dataVersion.current()).isEqualTo(before + 7);
	}

	@Test
	void aCommittedWriteChangesTheVersion() {
		long before = dataVersion.current();

		transaction.executeWithoutResult(status -> dataVersion.changed());

		assertThat(dataVersion.current()).isGreaterThan(before);
	}

	@Test
	void aWriteThatRollsBackLeavesTheVersionAsItWas() {
		long before = dataVersion.current();

		transaction.executeWithoutResult(status -> {
			dataVersion.changed();
			status.setRollbackOnly();
		});

		assertThat(dataVersion.current()).isEqualTo(before);
	}

	@Test
	void theVersionCannotChangeOutsideTheWriteTransaction() {
		long before = dataVersion.current();

		assertThatIllegalStateException().isThrownBy(dataVersion::changed);
		assertThat(dataVersion.current()).isEqualTo(before);
	}

	@Test
	void aNewDatabaseStartsBeyondTheVersionsOfEarlierOnesSoOldTagsNeverMatch() {
		assertThat(dataVersion.current()).isGreaterThan(1_700_000_000_000_000L);
	}

}
