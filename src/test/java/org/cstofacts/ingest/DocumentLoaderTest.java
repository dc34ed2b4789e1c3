package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cstofacts.CstoFactsApplication;
import org.cstofacts.document.DocumentService;
import org.cstofacts.document.DocumentSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DocumentLoaderTest {

	@TempDir
	Path data;

	@Test
	void loadsEveryTextFileInNameOrderAndSkipsWhatCannotBeRead() throws Exception {
		Files.writeString(data.resolve("b-second.txt"), "Second Article\n\nText.\n");
		Files.writeString(data.resolve("a-first.txt"), "First Article\n\nText.\n");
		Files.write(data.resolve("c-latin1.txt"), "Zürich Talks\n\nRésumé.\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(data.resolve("d-empty.txt"), "  \n");
		Files.writeString(data.resolve("notes.md"), "Not An Article\n");
		Files.writeString(data.resolve("e-copy.txt"), "First Article\n\nText.\n");

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CstoFactsApplication.class,
				ScriptedExtractor.Configuration.class)
			.web(WebApplicationType.NONE)
			.run("--csto.data-dir=" + data)) {
			assertThat(context.getBean(DocumentService.class).list(Pageable.unpaged()))
				.extracting(DocumentSummary::sourceName)
				.containsExactly("a-first.txt", "b-second.txt");
		}
	}

	@Test
	void readsSavedPagesOnStart() throws Exception {
		Files.write(data.resolve("page.html"), PagesAndBatchesApiTest.page("utf-8-bom.html"));
		Files.write(data.resolve("page-copy.htm"), PagesAndBatchesApiTest.page("utf-8-bom.html"));

		try (ConfigurableApplicationContext context = start("--csto.data-dir.watch=false")) {
			DocumentService documents = context.getBean(DocumentService.class);
			assertThat(documents.list(Pageable.unpaged())).singleElement()
				.satisfies(page -> assertThat(page.title()).isEqualTo("Музей озера снова открыт после ремонта"));
		}
	}

	@Test
	void storesANewFileWhileTheServiceRunsAndTheSameTextOnce() throws Exception {
		Files.writeString(data.resolve("a-first.txt"), "First Article\n\nText.\n");

		try (ConfigurableApplicationContext context = start("--csto.data-dir.poll-interval=100ms",
				"--csto.data-dir.settle-time=200ms")) {
			DocumentService documents = context.getBean(DocumentService.class);
			Files.writeString(data.resolve("b-new.txt"), "New Article\n\nText.\n");
			Files.writeString(data.resolve("c-copy-of-first.txt"), "First Article\n\nText.\n");

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(documents.list(Pageable.unpaged()))
					.extracting(DocumentSummary::sourceName)
					.containsExactly("a-first.txt", "b-new.txt"));

			Files.writeString(data.resolve("b-new.txt"), "New Article, Corrected\n\nText.\n");
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(documents.list(Pageable.unpaged()))
					.extracting(DocumentSummary::title)
					.containsExactly("First Article", "New Article", "New Article, Corrected"));
		}
	}

	@Test
	void watchesNothingWhenTurnedOff() throws Exception {
		try (ConfigurableApplicationContext context = start("--csto.data-dir.watch=false")) {
			assertThat(context.getBean(DocumentLoader.class).isWatching()).isFalse();
		}
	}

	private ConfigurableApplicationContext start(String... arguments) {
		String[] all = new String[arguments.length + 1];
		all[0] = "--csto.data-dir=" + data;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return new SpringApplicationBuilder(CstoFactsApplication.class, ScriptedExtractor.Configuration.class)
			.web(WebApplicationType.NONE)
			.run(all);
	}

}
