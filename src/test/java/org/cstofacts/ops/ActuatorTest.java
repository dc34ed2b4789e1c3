package org.cstofacts.ops;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What operations may see of the running service, and where: the probes, build details and metrics on the
 * management port, which listens on the loopback only, and nothing of the Actuator on the service's port, which an
 * anonymous caller reaches.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "csto.data-dir=target/no-articles")
class ActuatorTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthAndBothProbesAreUpOnceStarted(String path) throws Exception {
		HttpResponse<String> answer = management(path);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void infoNamesTheBuild() throws Exception {
		assertThat(management("/actuator/info").body()).contains("\"artifact\":\"csto-facts\"")
			.contains("\"version\":")
			.contains("\"time\":");
	}

	@Test
	void infoNamesTheCommitWhenBuiltFromAGitCheckout() throws Exception {
		assumeThat(new ClassPathResource("git.properties").exists()).as("built from a git checkout").isTrue();

		assertThat(management("/actuator/info").body()).contains("\"git\":").contains("\"commit\":");
	}

	@Test
	void prometheusScrapesTheMetricsOfTheJvmThePoolAndTheRequests() throws Exception {
		service("/api");

		assertThat(management("/actuator/prometheus").body()).contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections")
			.contains("http_server_requests_seconds_count");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
			"/actuator/metrics", "/actuator/loggers", "/actuator/mappings", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/flyway", "/actuator/conditions", "/actuator/scheduledtasks",
			"/actuator/sbom", "/actuator/health/db", "/actuator/health/database" })
	void nothingElseOfTheActuatorIsExposed(String path) throws Exception {
		assertThat(management(path).statusCode()).isEqualTo(404);
	}

	@Test
	void theServiceCannotBeShutDownOverHttp() throws Exception {
		HttpResponse<String> answer = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/shutdown"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isBetween(400, 499);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/actuator/info", "/actuator/prometheus" })
	void anAnonymousCallerOfTheServicePortSeesNothingOfTheActuator(String path) throws Exception {
		HttpResponse<String> answer = service(path);

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).doesNotContain("csto-facts\",\"version").doesNotContain("jvm_");
	}

	@Test
	void theManagementPortListensOnTheLoopbackOnly() throws Exception {
		Optional<InetAddress> outside = addressOtherThanTheLoopback();
		assumeThat(outside).as("this machine has an address other than the loopback").isPresent();

		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(outside.get(), this.managementPort), 2000);
			}
		});
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(outside.get(), this.port), 2000);
		}
	}

	private static Optional<InetAddress> addressOtherThanTheLoopback() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.filter(ActuatorTest::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp() && !network.isLoopback();
		}
		catch (SocketException unreadable) {
			return false;
		}
	}

	private HttpResponse<String> management(String path) throws IOException, InterruptedException {
		return get(this.managementPort, path);
	}

	private HttpResponse<String> service(String path) throws IOException, InterruptedException {
		return get(this.port, path);
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
