package org.cstofacts.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Node.js with the npm packages pinned in {@code src/test/clients/package-lock.json} (the linters, the TypeScript
 * compiler, jsonld.js, schema-dts), installed with {@code npm ci} into {@code target/consumer-tests/node} once: a later
 * run finds them there and installs again only when the lock file changed. The work of the tests that use them
 * goes into folders under it, where Node resolves the packages.
 */
final class NodeTools {

	static final Path SOURCES = Path.of("src/test/clients");

	private static final Path HOME = Path.of("target/consumer-tests/node").toAbsolutePath();

	private static final String LOCK = "package-lock.json";

	/** No tool may report usage or look for updates: CI reaches no other host than the package registries. */
	private static final Map<String, String> QUIET = Map.of("REDOCLY_TELEMETRY", "off",
			"REDOCLY_SUPPRESS_UPDATE_NOTICE", "true", "NO_UPDATE_NOTIFIER", "1", "SCARF_ANALYTICS", "false",
			"DO_NOT_TRACK", "1", "npm_config_audit", "false", "npm_config_fund", "false");

	private static NodeTools installed;

	private NodeTools() {
	}

	/** The tools, installed if they are not yet; aborts (skips) the calling test where Node.js or npm is missing. */
	static synchronized NodeTools installed() {
		assumeTrue(Command.onPath("node") && Command.onPath("npm"),
				"Node.js and npm are not on the PATH: this test needs them (.ci/run installs them)");
		if (installed == null) {
			install();
			installed = new NodeTools();
		}
		return installed;
	}

	private static void install() {
		try {
			Files.createDirectories(HOME);
			Path lock = SOURCES.resolve(LOCK);
			Path installedLock = HOME.resolve("node_modules").resolve(".installed-" + LOCK);
			if (Files.exists(installedLock) && Files.mismatch(lock, installedLock) == -1) {
				return;
			}
			Files.copy(SOURCES.resolve("package.json"), HOME.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
			Files.copy(lock, HOME.resolve(LOCK), StandardCopyOption.REPLACE_EXISTING);
			Command.of(HOME, List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"))
				.with(QUIET)
				.run("npm-ci", Duration.ofMinutes(10))
				.succeeded();
			Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A folder for one test's work, emptied, under the tools' folder so that Node finds the packages from it. */
	Path workFolder(String name) {
		Path folder = HOME.resolve(name);
		try {
			FileSystemUtils.deleteRecursively(folder);
			Files.createDirectories(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs an executable the packages installed ({@code tsc}, {@code spectral}, {@code redocly}...) in {@code folder}. */
	Command.Finished bin(Path folder, String name, Duration timeout, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(HOME.resolve("node_modules/.bin").resolve(name).toString());
		command.addAll(List.of(arguments));
		return Command.of(folder, command).with(QUIET).run(name, timeout);
	}

	/** Runs a script with node in {@code folder}, with more variables of the environment (a time zone, say). */
	Command.Finished node(Path folder, Map<String, String> environment, Duration timeout, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add("node");
		command.addAll(List.of(arguments));
		Map<String, String> variables = new HashMap<>(QUIET);
		variables.putAll(environment);
		return Command.of(folder, command).with(variables).run("node", timeout);
	}

}
