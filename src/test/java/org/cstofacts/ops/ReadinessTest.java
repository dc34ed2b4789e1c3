package org.cstofacts.ops;

import java.io.IOException;
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
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load balancer must not send requests to an instance that has not loaded its articles yet: readiness says
 * OUT_OF_SERVICE until the data directory is loaded, while liveness is UP from the start.
 */
class ReadinessTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void readinessWaitsForTheDataDirectoryToBeLoaded() throws Exception {
		Gate gate = new Gate();
		CompletableFuture<ConfigurableApplicationContext> running = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(CstoFactsApplication.class).initializers(context -> {
				gate.environment = context.getEnvironment();
				context.getBeanFactory().registerSingleton("gateBeforeTheLoader", gate);
			}).run("--server.port=0", "--csto.data-dir=data", "--spring.jmx.enabled=false"));
		String base = "http://127.0.0.1:" + gate.port.get(2, TimeUnit.MINUTES);
		try {
			assertThat(get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
			HttpResponse<String> waiting = get(base + "/actuator/health/readiness");
			assertThat(waiting.statusCode()).isEqualTo(503);
			assertThat(waiting.body()).contains("OUT_OF_SERVICE");
			assertThat(get(base + "/api").body()).contains("\"documents\":0");

			gate.open.countDown();
			Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
			while (get(base + "/actuator/health/readiness").statusCode() != 200) {
				assertThat(Instant.now()).as("readiness within a minute").isBefore(deadline);
				Thread.sleep(10);
			}
			assertThat(get(base + "/api").body()).contains("\"documents\":1");
		}
		finally {
			gate.open.countDown();
			running.get(2, TimeUnit.MINUTES).close();
		}
	}

	private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Runs before the loader (and every other runner): tells the port, then holds the start until opened. */
	static final class Gate implements ApplicationRunner, Ordered {

		final CompletableFuture<Integer> port = new CompletableFuture<>();

		final CountDownLatch open = new CountDownLatch(1);

		volatile Environment environment;

		@Override
		public void run(ApplicationArguments args) throws InterruptedException {
			port.complete(environment.getRequiredProperty("local.server.port", Integer.class));
			open.await();
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}
