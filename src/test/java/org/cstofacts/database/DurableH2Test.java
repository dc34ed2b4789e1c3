package org.cstofacts.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DurableH2Test {

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:file:/some/path", "jdbc:h2:file:./var/csto-facts", "jdbc:h2:./relative",
			"jdbc:h2:~/in-home", "jdbc:h2:tcp://db-host/~/served", "JDBC:H2:FILE:/upper/case",
			"jdbc:h2:file:/with/settings;MODE=PostgreSQL;AUTO_SERVER=TRUE" })
	void anyH2DatabaseInAFileWritesEachCommitBeforeItReturns(String url) {
		assertThat(DurableH2.durable(url)).isEqualTo(url + ";WRITE_DELAY=0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:file:/chosen;WRITE_DELAY=500", "jdbc:h2:file:/chosen;write_delay=0",
			"jdbc:h2:file:/chosen; Write_Delay = 100" })
	void aWriteDelayTheUrlSetsItselfIsLeftAsWritten(String url) {
		assertThat(DurableH2.durable(url)).isEqualTo(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:mem:throw-away", "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
			"jdbc:postgresql://localhost:5432/csto_facts", "jdbc:postgresql://h/db?options=-c%20x=WRITE_DELAY" })
	void otherDatabasesAreLeftAlone(String url) {
		assertThat(DurableH2.durable(url)).isEqualTo(url);
	}

}
