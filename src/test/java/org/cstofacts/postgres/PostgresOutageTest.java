package org.cstofacts.postgres;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.cstofacts.database.DatabaseLink;
import org.cstofacts.database.DatabaseOutageBehaviour;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outage behaviour on PostgreSQL ({@link DatabaseOutageBehaviour}), the server reached through a link the test
 * cuts; and a network that drops every packet, which only the driver's timeouts and the database monitor end.
 */
class PostgresOutageTest extends DatabaseOutageBehaviour {

	/** More than the 32 request threads of the service. */
	private static final int WAITING_CLIENTS = 40;

	private String schema;

	@Override
	protected DatabaseLink openLink() throws Exception {
		this.schema = PostgresServer.createSchema();
		URI server = serverOf(PostgresServer.url());
		return DatabaseLink.to(server.getHost(), server.getPort());
	}

	@Override
	protected Map<String, String> databaseSettings(int linkPort) {
		String url = PostgresServer.urlOf(this.schema);
		String throughTheLink = url.replaceFirst(serverOf(url).getAuthority(), "127.0.0.1:" + linkPort);
		return Map.of("spring.profiles.active", "postgres", "csto.test.postgres.skip", "true", "spring.datasource.url",
				throughTheLink, "spring.datasource.username", PostgresServer.username(), "spring.datasource.password",
				PostgresServer.password());
	}

	@Override
	protected void dropDatabase() {
		PostgresServer.dropSchema(this.schema);
	}

	@Test
	void whileTheNetworkDropsEveryPacketRequestsBeyondTheThreadsFailFastAndLivenessAnswersAtOnce() throws Exception {
		this.link.stall();

		ExecutorService clients = Executors.newFixedThreadPool(WAITING_CLIENTS);
		try {
			List<Future<HttpResponse<String>>> waiting = new ArrayList<>();
			for (int client = 0; client < WAITING_CLIENTS; client++) {
				waiting.add(clients.submit(() -> send(get(api(), "/api/statements?q=" + UUID.randomUUID()),
						Duration.ofSeconds(15))));
			}
			for (int probe = 0; probe < 10; probe++) {
				assertThat(send(get(management(), "/actuator/health/liveness"), Duration.ofSeconds(2)).statusCode())
					.isEqualTo(200);
				Thread.sleep(200);
			}
			awaitReadiness(503);
			for (Future<HttpResponse<String>> answer : waiting) {
				assertDatabaseUnavailable(answer.get(30, TimeUnit.SECONDS));
			}
			assertDatabaseUnavailable(send(post(article("sent into a stalled network")), Duration.ofSeconds(15)));
		}
		finally {
			clients.shutdownNow();
		}
	}

	private static URI serverOf(String jdbcUrl) {
		return URI.create(jdbcUrl.substring("jdbc:".length()));
	}

}
