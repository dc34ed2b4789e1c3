package org.cstofacts.ingest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cstofacts.CstoFactsApplication;

/**
 * The service in a JVM of its own, started from the test classpath on a free port, so that a test can kill it as the
 * operating system would ({@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL).
 */
final class ServiceProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final Path log;

	private final URI base;

	private ServiceProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	/** Starts the service with these {@code --name=value} arguments and waits until it answers {@code GET /api}. */
	static ServiceProcess start(Path log, String... arguments) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				CstoFactsApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--spring.jmx.enabled=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		ServiceProcess service = new ServiceProcess(process, log, port);
		service.awaitAnswer();
		return service;
	}

	URI base() {
		return this.base;
	}

	/** Kills the JVM at once, with no shutdown of any kind, and waits until it is gone. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The service survived SIGKILL for 30 s");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void awaitAnswer() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (true) {
			if (!this.process.isAlive() || Instant.now().isAfter(deadline)) {
				close();
				throw new IllegalStateException("The service did not answer GET /api; its log ends with:\n" + logTail());
			}
			try {
				HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(this.base.resolve("/api")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// still starting
			}
			Thread.sleep(200);
		}
	}

	private String logTail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			return free.getLocalPort();
		}
	}

}
