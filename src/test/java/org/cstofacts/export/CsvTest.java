package org.cstofacts.export;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndListsJoined() {
		String csv = Csv.of(List.of("id", "text", "roles"),
				List.of(Arrays.asList(1, "he said \"yes\", then left", List.of("President", "Chair")),
						Arrays.asList(2, null, List.of())));

		assertThat(csv).isEqualTo("id,text,roles\r\n1,\"he said \"\"yes\"\", then left\",President; Chair\r\n2,,\r\n");
	}

}
