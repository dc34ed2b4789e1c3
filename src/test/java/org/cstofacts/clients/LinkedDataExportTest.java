package org.cstofacts.clients;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD export as consumers of linked data meet it: it reads without the network, in schema.org's terms
 * only, and names each fact the same whatever host name it was fetched by.
 */
@LiveService
class LinkedDataExportTest {

	private static final String GRAPH = "/api/export/graph";

	@LocalServerPort
	private int port;

	@Test
	void theGraphExpandsOfflineWithoutLossInSchemaOrgTermsValidForEachType() throws IOException {
		NodeTools node = NodeTools.installed();
		Path work = node.workFolder("linked-data");
		Files.writeString(work.resolve("graph.json"), RestClient.create(base()).get().uri(GRAPH).retrieve()
			.body(String.class));
		Files.copy(NodeTools.SOURCES.resolve("linked-data-check.mjs"), work.resolve("linked-data-check.mjs"),
				StandardCopyOption.REPLACE_EXISTING);

		String problems = node.node(work, Map.of(), Duration.ofMinutes(5), "linked-data-check.mjs",
				"graph.json", base() + GRAPH).succeeded().stdout();

		assertThat(JsonMapper.shared().readTree(problems)).as("what jsonld.js and schema-dts find wrong").isEmpty();
	}

	@Test
	void theGraphNamesEveryFactTheSameWhateverHostItWasFetchedBy() throws IOException {
		String viaLoopback = fetchGraph("127.0.0.1:" + this.port);
		String viaAnotherName = fetchGraph("facts.attacker.example");

		assertThat(viaAnotherName).doesNotContain("attacker.example").isEqualTo(viaLoopback);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The graph's body, asked for with the given Host header (which the JDK's HTTP clients do not let a caller set),
	 * over HTTP/1.0 so that the body comes whole rather than in chunks.
	 */
	private String fetchGraph(String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + GRAPH + " HTTP/1.0\r\nHost: " + host + "\r\nAccept: application/ld+json\r\n"
					+ "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer.lines().findFirst()).hasValueSatisfying((status) -> assertThat(status).contains(" 200"));
			return answer.substring(answer.indexOf("\r\n\r\n") + 4);
		}
	}

}
