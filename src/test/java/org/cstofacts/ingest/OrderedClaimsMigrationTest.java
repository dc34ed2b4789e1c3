package org.cstofacts.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cstofacts.CstoFactsApplication;
import org.cstofacts.extraction.ArticleExtractor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written before claims had positions: the migration drops the derived rows it cannot order, and the
 * next start reads the stored articles again, so nothing a user stored is lost.
 */
class OrderedClaimsMigrationTest {

	private static final String ARTICLE = """
			Leaders Meet In Minsk

			The presidents of Armenia and Belarus met in Minsk on Monday.
			""";

	@TempDir
	Path directory;

	@Test
	void factsStoredWithoutPositionsAreRebuiltFromTheirArticleOnTheNextStart() throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("db/csto-facts") + ";WRITE_DELAY=0";
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(dataSource).target("3").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				insert into document (id, title, content_sha256, body, extractor_version, stored_at, country_count,
					organization_count, person_count, event_count, statement_count)
				values (1, 'Leaders Meet In Minsk', :sha, :body, 'an-earlier-extractor', current_timestamp, 1, 0, 0, 0, 0)
				""").param("sha", DocumentIngestService.sha256(ARTICLE)).param("body", ARTICLE).update();
		jdbc.sql("insert into country (code, iso_alpha2, name, member, search_text) values ('ARM', 'AM', 'Armenia', true, ' armenia ')")
			.update();
		jdbc.sql("insert into country_claim (country_code, document_id, member) values ('ARM', 1, true)").update();
		jdbc.sql("insert into country_sources (country_code, document_id, start_offset, end_offset) values ('ARM', 1, 40, 47)")
			.update();

		Path data = Files.createDirectories(directory.resolve("data"));
		try (ConfigurableApplicationContext started = new SpringApplicationBuilder(CstoFactsApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--csto.data-dir=" + data)) {
			String current = started.getBean(ArticleExtractor.class).version();
			assertThat(jdbc.sql("select extractor_version from document where id = 1").query(String.class).single())
				.isEqualTo(current);
			assertThat(jdbc.sql("select country_code from country_claim order by country_code, position")
				.query(String.class)
				.list()).contains("ARM", "BLR");
			assertThat(jdbc.sql("select count(*) from country_sources where position is null").query(Long.class).single())
				.isZero();
			assertThat(jdbc.sql("select country_count from document where id = 1").query(Integer.class).single())
				.isGreaterThanOrEqualTo(2);
		}
	}

}
