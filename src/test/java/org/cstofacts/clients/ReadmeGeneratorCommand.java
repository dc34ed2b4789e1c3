package org.cstofacts.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command of README.md that generates a client with the OpenAPI Generator command line, run as a user would run
 * it, but with the address of the live document after {@code -i} and a folder of the build after {@code -o}. The
 * build copies the generator's jar, of the version the pom names, into {@code target/consumer-tests}: a README that
 * names another version finds no jar there.
 */
final class ReadmeGeneratorCommand {

	private static final Path README = Path.of("README.md");

	private static final Path JARS = Path.of("target/consumer-tests");

	private static final String START = "java -jar openapi-generator-cli-";

	private final List<String> words;

	private ReadmeGeneratorCommand(List<String> words) {
		this.words = words;
	}

	/** The README's command for generator {@code name} (its {@code -g}). */
	static ReadmeGeneratorCommand forGenerator(String name) {
		List<ReadmeGeneratorCommand> commands = commands().stream()
			.filter((command) -> name.equals(command.option("-g")))
			.toList();
		assertThat(commands).as("README.md commands generating a %s client", name).hasSize(1);
		return commands.get(0);
	}

	/** Every command of the README that starts with {@value #START}, continuation lines joined. */
	private static List<ReadmeGeneratorCommand> commands() {
		List<ReadmeGeneratorCommand> commands = new ArrayList<>();
		StringBuilder command = null;
		for (String line : readme()) {
			String text = line.strip();
			if (command == null && text.startsWith(START)) {
				command = new StringBuilder();
			}
			if (command != null) {
				boolean continues = text.endsWith("\\");
				command.append(' ').append(continues ? text.substring(0, text.length() - 1) : text);
				if (!continues) {
					commands.add(new ReadmeGeneratorCommand(Arrays.asList(command.toString().strip().split("\\s+"))));
					command = null;
				}
			}
		}
		return commands;
	}

	private static List<String> readme() {
		try {
			return Files.readAllLines(README);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String option(String name) {
		int at = this.words.indexOf(name);
		return (at >= 0 && at + 1 < this.words.size()) ? this.words.get(at + 1) : null;
	}

	/** Generates the client from {@code document} (a URL) into {@code output}, which it empties first. */
	void generate(String document, Path output) {
		Path jar = JARS.resolve(this.words.get(2)).toAbsolutePath();
		assertThat(jar).as("the generator jar README.md names, as the build copies it").exists();
		List<String> arguments = new ArrayList<>(this.words);
		arguments.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
		arguments.set(2, jar.toString());
		arguments.set(arguments.indexOf("-i") + 1, document);
		arguments.set(arguments.indexOf("-o") + 1, output.toAbsolutePath().toString());
		Command.of(output.getParent(), arguments)
			.run("openapi-generator-" + option("-g"), Duration.ofMinutes(5))
			.succeeded();
	}

}
