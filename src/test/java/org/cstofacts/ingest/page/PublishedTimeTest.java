package org.cstofacts.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTimeTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "none", value = {
			"2031-04-09T18:40:00+06:00; 2031-04-09T18:40; +06:00",
			"2031-04-09T18:40:12.345+0600; 2031-04-09T18:40:12; +06:00",
			"2031-04-09 18:40:00 +03; 2031-04-09T18:40; +03:00",
			"2031-04-09T18:40:00Z; 2031-04-09T18:40; Z",
			"2031-04-09T18:40; 2031-04-09T18:40; none",
			"2031-04-09; 2031-04-09T00:00; none" })
	void readsTheTimeAndKeepsTheOffsetThePageGives(String value, String local, String offset) {
		assertThat(PublishedTime.parse(value)).isEqualTo(new PublishedTime(LocalDateTime.parse(local),
				offset == null ? null : ZoneOffset.of(offset)));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "April 9, 2031", "2031-02-30", "09.04.2031 18:40", "2031-04-09T25:00" })
	void readsNothingFromWhatIsNotAnIsoDate(String value) {
		assertThat(PublishedTime.parse(value)).isNull();
	}

}
