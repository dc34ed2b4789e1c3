package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

}
