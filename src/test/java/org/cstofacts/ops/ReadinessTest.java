package org.cstofacts.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.cstofacts.CstoFactsApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load balancer must not send requests to an instance that has not loaded its articles yet. The loader runs
 * before the web servers listen, so nothing answers before the data directory is loaded; once they do, liveness is
 * UP and readiness stays OUT_OF_SERVICE until the whole start is done.
 */
class ReadinessTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void nothingAnswersBeforeTheDataDirectoryIsLoadedAndReadinessWaitsForTheWholeStart() throws Exception {
		int port = freePort();
		int managementPort = freePort();
		Gate gate = new Gate();
		CompletableFuture<ConfigurableApplicationContext> running = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(CstoFactsApplication.class)
				.initializers(context -> context.getBeanFactory().registerSingleton("gateAfterTheLoader", gate))
				.run("--server.port=" + port, "--management.server.port=" + managementPort, "--csto.data-dir=data",
						"--spring.jmx.enabled=false"));
		String base = "http://127.0.0.1:" + port;
		String management = "http://127.0.0.1:" + managementPort;
		try {
			HttpResponse<String> firstAnswer = null;
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (firstAnswer == null) {
				assertThat(Instant.now()).as("an answer within three minutes").isBefore(deadline);
				if (running.isCompletedExceptionally()) {
					running.join();
				}
				firstAnswer = answerOrNull(base + "/api");
				Thread.sleep(10);
			}
			assertThat(firstAnswer.body()).contains("\"documents\":1");
			// The management port opens right after the service's, and liveness is UP once the context has started.
			HttpResponse<String> liveness = null;
			while (liveness == null || liveness.statusCode() != 200) {
				assertThat(Instant.now()).as("liveness UP within three minutes").isBefore(deadline);
				liveness = answerOrNull(management + "/actuator/health/liveness");
				Thread.sleep(10);
			}
			HttpResponse<String> waiting = get(management + "/actuator/health/readiness");
			assertThat(waiting.statusCode()).isEqualTo(503);
			assertThat(waiting.body()).contains("OUT_OF_SERVICE");

			gate.open.countDown();
			while (get(management + "/actuator/health/readiness").statusCode() != 200) {
				assertThat(Instant.now()).as("ready within three minutes").isBefore(deadline);
				Thread.sleep(10);
			}
		}
		finally {
			gate.open.countDown();
			running.get(3, TimeUnit.MINUTES).close();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			return free.getLocalPort();
		}
	}

	private HttpResponse<String> answerOrNull(String uri) throws InterruptedException {
		try {
			return get(uri);
		}
		catch (IOException notListeningYet) {
			return null;
		}
	}

	private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The last step of the start: holds it until opened, with the web server up and the articles loaded. */
	static final class Gate implements ApplicationRunner {

		final CountDownLatch open = new CountDownLatch(1);

		@Override
		public void run(ApplicationArguments args) throws InterruptedException {
			open.await();
		}

	}

}
