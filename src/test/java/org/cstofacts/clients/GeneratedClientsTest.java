package org.cstofacts.clients;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as the users of generated clients meet it: the Java (okhttp-gson) and TypeScript (fetch) clients, made
 * from the live {@code /v3/api-docs} by the commands README.md gives, compile with a program written against them
 * and call every operation against the live service (reads, problems, writes with the key given once, both export
 * formats); each answer must be one the document describes and come out of the client as the service sent it.
 */
@LiveService
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientsTest {

	private static final Path ARTICLES = NodeTools.SOURCES.resolve("articles");

	/** Far from UTC, so that a time a client reads in its own zone shows. */
	private static final String CLIENT_ZONE = "Asia/Almaty";

	@LocalServerPort
	private int port;

	private DocumentedAnswers document;

	@BeforeAll
	void readTheDocument() {
		this.document = new DocumentedAnswers(RestClient.create(base()).get().uri("/v3/api-docs").retrieve()
			.body(String.class));
	}

	@Test
	void theJavaClientCallsEveryOperationAndDecodesEveryAnswerAsSent() throws Exception {
		Path work = Path.of("target/consumer-tests/java").toAbsolutePath();
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		ReadmeGeneratorCommand.forGenerator("java").generate(base() + "/v3/api-docs", work.resolve("client"));
		Path classes = compile(work.resolve("client/src/main/java"), NodeTools.SOURCES.resolve("java"),
				work.resolve("classes"));

		ConsumerRecords records;
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			Method run = loader.loadClass("org.cstofacts.consumer.JavaConsumer")
				.getMethod("run", String.class, String.class, List.class);
			records = ConsumerRecords.of("Java", (String) run.invoke(null, base(), LiveService.API_KEY, articles()));
		}

		records.assertEveryOperationWasAnsweredAsDocumentedAndDecodedAsSent(this.document);
		assertBothFormsOfThePublicationTimeWereRead(records);
		JsonNode tolerance = records.get("tolerance");
		assertThat(tolerance.path("error").asString(null)).as("an event with a field and a type added later").isNull();
		assertThat(tolerance.path("type").asString()).isEqualTo("UNKNOWN_DEFAULT_OPEN_API");
		assertThat(tolerance.path("fieldAddedLater").asString()).isEqualTo("some value");
	}

	@Test
	void theTypeScriptClientCallsEveryOperationAndDecodesEveryAnswerAsSent() throws IOException {
		NodeTools node = NodeTools.installed();
		Path work = node.workFolder("typescript");
		ReadmeGeneratorCommand.forGenerator("typescript-fetch").generate(base() + "/v3/api-docs", work.resolve("client"));
		for (String file : List.of("consumer.ts", "tsconfig.json")) {
			Files.copy(NodeTools.SOURCES.resolve("typescript").resolve(file), work.resolve(file),
					StandardCopyOption.REPLACE_EXISTING);
		}
		node.bin(work, "tsc", Duration.ofMinutes(5), "-p", "tsconfig.json").succeeded();

		List<String> arguments = new ArrayList<>(List.of("out/consumer.js", base(), LiveService.API_KEY));
		articleFiles().forEach((file) -> arguments.add(file.toAbsolutePath().toString()));
		String printed = node.node(work, Map.of("TZ", CLIENT_ZONE), Duration.ofMinutes(5), arguments.toArray(String[]::new))
			.succeeded()
			.stdout();

		ConsumerRecords records = ConsumerRecords.of("TypeScript", printed);
		records.assertEveryOperationWasAnsweredAsDocumentedAndDecodedAsSent(this.document);
		assertBothFormsOfThePublicationTimeWereRead(records);
	}

	/**
	 * One article gives its time with an offset ({@code GMT+5}), the other without: the client read each as the
	 * string it was sent, neither moved to a zone.
	 */
	private static void assertBothFormsOfThePublicationTimeWereRead(ConsumerRecords records) {
		List<String> read = new ArrayList<>();
		for (JsonNode call : records.get("calls")) {
			if (call.path("operation").asString().equals("listDocuments")) {
				call.path("decoded")
					.path("content")
					.forEach((document) -> read.add(document.path("publishedAt").asString(null)));
			}
		}
		assertThat(read).contains("2021-03-03T09:15:00", "2021-04-05T18:30:00+05:00");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static List<Path> articleFiles() throws IOException {
		try (Stream<Path> files = Files.list(ARTICLES)) {
			return files.filter((file) -> file.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static List<String> articles() throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path file : articleFiles()) {
			texts.add(Files.readString(file, StandardCharsets.UTF_8));
		}
		return texts;
	}

	/** Compiles the sources of both folders against the test class path (which holds the client's libraries). */
	private static Path compile(Path generated, Path consumer, Path classes) throws IOException {
		Files.createDirectories(classes);
		List<Path> sources = new ArrayList<>();
		for (Path folder : List.of(generated, consumer)) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter((file) -> file.toString().endsWith(".java")).forEach(sources::add);
			}
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
					"-proc:none", "-nowarn", "-encoding", "UTF-8");
			boolean compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
				.call();
			List<String> errors = diagnostics.getDiagnostics()
				.stream()
				.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
				.map((diagnostic) -> diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": "
						+ diagnostic.getMessage(Locale.ROOT))
				.toList();
			assertThat(errors).as("errors compiling the generated Java client with the consumer program").isEmpty();
			assertThat(compiled).isTrue();
		}
		return classes;
	}

}
