package org.cstofacts.version;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataVersionTest {

	@Test
	void everyChangeGivesANewVersion() {
		DataVersion version = new DataVersion(null, new DataVersionProperties(Duration.ZERO));
		long before = version.current();

		version.changed();

		assertThat(version.current()).isNotEqualTo(before);
		assertThat(version.current()).isEqualTo(version.current());
	}

	@Test
	void aLaterRunStartsBeyondTheVersionsOfAnEarlierOne() throws InterruptedException {
		DataVersion earlier = new DataVersion(null, new DataVersionProperties(Duration.ZERO));
		earlier.changed();
		earlier.changed();
		Thread.sleep(1);

		assertThat(new DataVersion(null, new DataVersionProperties(Duration.ZERO)).current()).isGreaterThan(earlier.current());
	}

}
