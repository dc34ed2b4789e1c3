package org.cstofacts.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cstofacts.CstoFactsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole service started as it is deployed (on a random port), and a client for its HTTP API. */
final class RunningInstance implements AutoCloseable {

	static final String API_KEY = "test-key";

	private static final HttpClient client = HttpClient.newHttpClient();

	private final ConfigurableApplicationContext context;

	private final URI base;

	private RunningInstance(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
	}

	/** Starts the service with {@code --name=value} for each setting, on the postgres profile. */
	static RunningInstance start(Map<String, String> settings) {
		return start(settings, () -> {
		});
	}

	/** As {@link #start(Map)}, telling when logging is set up and before the context starts its beans. */
	static RunningInstance start(Map<String, String> settings, Runnable loggingReady) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=postgres",
				"--csto.api-key=" + API_KEY, "--spring.jmx.enabled=false"));
		settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return new RunningInstance(new SpringApplicationBuilder(CstoFactsApplication.class)
			.listeners((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof ApplicationPreparedEvent) {
					loggingReady.run();
				}
			})
			.run(arguments.toArray(String[]::new)));
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
	}

	HttpResponse<String> postText(String path, String text) {
		return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(text)),
				"Content-Type", "text/plain; charset=UTF-8", "X-API-Key", API_KEY);
	}

	HttpResponse<String> delete(String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), "X-API-Key", API_KEY);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	@Override
	public void close() {
		context.close();
	}

}
