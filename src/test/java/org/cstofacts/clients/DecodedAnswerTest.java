package org.cstofacts.clients;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DecodedAnswerTest {

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	@Test
	void anAnswerDecodedAsSentHasNoDifference() {
		assertThat(DecodedAnswer.differences(json("{\"id\":1,\"name\":\"A\",\"tags\":[\"x\"],\"venue\":null}"),
				json("{\"name\":\"A\",\"id\":1.0,\"tags\":[\"x\"]}"))).isEmpty();
	}

	@Test
	void aFieldLostOrChangedIsADifferenceNamingItsPath() {
		assertThat(DecodedAnswer.differences(json("{\"a\":{\"b\":[1,2]},\"c\":\"x\"}"), json("{\"a\":{\"b\":[1]}}")))
			.containsExactly("$.a.b: sent [1,2], decoded [1]", "$.c: sent \"x\", decoded null");
	}

	@Test
	void anInstantIsTheSameWrittenWithAnotherOffsetOrPrecision() {
		assertThat(DecodedAnswer.differences(json("{\"t\":\"2024-01-01T06:00:00.500+06:00\"}"),
				json("{\"t\":{\"$date\":\"2024-01-01T00:00:00.500Z\"}}"))).isEmpty();
		assertThat(DecodedAnswer.differences(json("{\"t\":\"2024-01-01T00:00:00Z\"}"),
				json("{\"t\":\"2024-01-01T00:00Z\"}"))).isEmpty();
	}

	@Test
	void aTimeWithoutOffsetReadAsAnInstantWasShiftedByTheClientsZone() {
		assertThat(DecodedAnswer.differences(json("{\"t\":\"2022-05-17T21:50:00\"}"),
				json("{\"t\":{\"$date\":\"2022-05-17T15:50:00.000Z\"}}")))
			.singleElement()
			.asString()
			.contains("$.t", "no offset", "shifted");
	}

}
