package org.cstofacts.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cstofacts.CstoFactsApplication;
import org.cstofacts.document.DocumentService;
import org.cstofacts.document.DocumentSummary;
import org.cstofacts.person.PersonService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/** Two runs of the service, one after the other, on one database file: the second serves what the first stored. */
class RestartKeepsEverythingTest {

	@TempDir
	Path directory;

	private ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(CstoFactsApplication.class, ScriptedExtractor.Configuration.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/csto-facts") + ";WRITE_DELAY=0",
					"--csto.data-dir=" + data);
	}

	@Test
	void aRestartKeepsEveryLoadedAndPostedArticleWithItsFacts() throws Exception {
		Path data = Files.createDirectories(directory.resolve("data"));
		Files.writeString(data.resolve("first.txt"), "Loaded From The Data Directory\n\nText.\n");
		TestArticle posted = TestArticle.of("Posted Through The API", "Anna Example met Boris Sample.")
			.person("Anna Example", "Prime Minister", null, null);

		Long postedId;
		try (ConfigurableApplicationContext first = start(data)) {
			String text = first.getBean(ScriptedExtractor.class).script(posted);
			postedId = first.getBean(DocumentIngestService.class).ingest(text, "posted").document().id();
			assertThat(first.getBean(DocumentService.class).count()).isEqualTo(2);
		}

		try (ConfigurableApplicationContext second = start(data)) {
			DocumentService documents = second.getBean(DocumentService.class);
			assertThat(documents.list(Pageable.unpaged())).extracting(DocumentSummary::title)
				.containsExactlyInAnyOrder("Loaded From The Data Directory", "Posted Through The API");
			assertThat(documents.get(postedId).text()).isEqualTo(posted.text());
			assertThat(second.getBean(PersonService.class).get("anna-example").sources()).isNotEmpty();
		}
	}

}
