package org.cstofacts.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program the consumer tests run in a process of its own (the OpenAPI Generator, npm, node), with its output kept
 * in files beside the work so that a failure can be read afterwards.
 */
final class Command {

	private final List<String> arguments;

	private final Path directory;

	private final Map<String, String> environment;

	private Command(List<String> arguments, Path directory, Map<String, String> environment) {
		this.arguments = List.copyOf(arguments);
		this.directory = directory;
		this.environment = Map.copyOf(environment);
	}

	static Command of(Path directory, List<String> arguments) {
		return new Command(arguments, directory, Map.of());
	}

	Command with(Map<String, String> environment) {
		return new Command(this.arguments, this.directory, environment);
	}

	/** Runs it to its end; a program still running after {@code timeout} is killed and fails the test. */
	Finished run(String name, Duration timeout) {
		try {
			Files.createDirectories(this.directory);
			Path stdout = this.directory.resolve(name + ".out");
			Path stderr = this.directory.resolve(name + ".err");
			ProcessBuilder builder = new ProcessBuilder(this.arguments).directory(this.directory.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile());
			builder.environment().putAll(this.environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new AssertionError("%s did not end within %s: %s".formatted(name, timeout, this.arguments));
			}
			return new Finished(this.arguments, process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
					Files.readString(stderr, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("could not run " + this.arguments, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running " + this.arguments, ex);
		}
	}

	/** Whether {@code program} is an executable on the PATH. */
	static boolean onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(java.io.File.pathSeparator)) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
				return true;
			}
		}
		return false;
	}

	record Finished(List<String> arguments, int exitCode, String stdout, String stderr) {

		/** Fails the test, with what the program said, unless it ended well. */
		Finished succeeded() {
			if (this.exitCode != 0) {
				throw new AssertionError("%s ended with %d%nstdout: %s%nstderr: %s".formatted(this.arguments,
						this.exitCode, tail(this.stdout), tail(this.stderr)));
			}
			return this;
		}

		private static String tail(String text) {
			return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
		}

	}

}
