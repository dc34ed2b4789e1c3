package org.cstofacts.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cstofacts.CstoFactsApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written before facts kept their folded names and events their participants: the next start reads the
 * stored articles again, so that search and the people's events find the facts stored before.
 */
class FoldedNamesMigrationTest {

	private static final String ARTICLE = """
			Leaders Meet In Minsk

			The presidents of Armenia and Belarus met in Minsk on Monday.
			""";

	@TempDir
	Path directory;

	@Test
	void factsStoredWithoutFoldedNamesAreRebuiltFromTheirArticleOnTheNextStart() throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("db/csto-facts") + ";WRITE_DELAY=0";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(dataSource).target("4").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				insert into document (id, title, content_sha256, body, extractor_version, stored_at, country_count,
					organization_count, person_count, event_count, statement_count)
				values (1, 'Leaders Meet In Minsk', :sha, :body, 'an-earlier-extractor', current_timestamp, 1, 0, 0, 0, 0)
				""").param("sha", DocumentIngestService.sha256(ARTICLE)).param("body", ARTICLE).update();
		jdbc.sql("""
				insert into country (code, iso_alpha2, name, member, search_text, aliases, latest_document_id)
				values ('ARM', 'AM', 'Armenia', true, ' armenia ', 'Armenia', 1)
				""").update();
		jdbc.sql("insert into country_claim (country_code, document_id, member, aliases, position) values ('ARM', 1, true, 'Armenia', 0)")
			.update();

		Path data = Files.createDirectories(directory.resolve("data"));
		try (ConfigurableApplicationContext started = new SpringApplicationBuilder(CstoFactsApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--csto.data-dir=" + data)) {
			assertThat(jdbc.sql("select folded_names from country where code = 'ARM'").query(String.class).single())
				.startsWith("| armenia |");
			assertThat(jdbc.sql("select folded_names from country where code = 'BLR'").query(String.class).single())
				.startsWith("| belarus |");
			assertThat(jdbc.sql("select count(*) from country where folded_names = ''").query(Long.class).single())
				.isZero();
		}
	}

}
