package org.cstofacts.export;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
		String csv = Csv.of(List.of("id", "text"),
				List.of(Arrays.asList(1, "he said \"yes\", then left"), Arrays.asList(2, "two\nlines"), Arrays.asList(3, null)));

		assertThat(csv).isEqualTo("id,text\r\n1,\"he said \"\"yes\"\", then left\"\r\n2,\"two\nlines\"\r\n3,\r\n");
	}

	@Test
	void aListIsOneFieldHoldingAJsonArraySoThatNoValueMakesItAmbiguous() {
		String csv = Csv.of(List.of("aliases", "attended"),
				List.of(Arrays.asList(List.of("Smith; John", "J. \"Jack\" Smith"), List.of(3L, 5L)),
						Arrays.asList(List.of(), List.of())));

		assertThat(csv).isEqualTo("aliases,attended\r\n\"[\"\"Smith; John\"\",\"\"J. \\\"\"Jack\\\"\" Smith\"\"]\",\"[3,5]\"\r\n[],[]\r\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-5 degrees", "@SUM(A1)", "\tleft", "\rback" })
	void aTextASpreadsheetWouldRunAsAFormulaIsNeutralisedWithAnApostrophe(String text) {
		String field = Csv.of(List.of("text"), List.of(Arrays.asList(text))).split("\r\n", 2)[1];

		assertThat(field).startsWith(text.startsWith("\r") ? "\"'" : "'").contains(text.substring(1).strip());
	}

	@Test
	void numbersAndTextsWithAFormulaSignInsideAreWrittenAsTheyAre() {
		assertThat(Csv.of(List.of("n", "text"), List.of(Arrays.asList(-3, "a = b"))))
			.isEqualTo("n,text\r\n-3,a = b\r\n");
	}

}
