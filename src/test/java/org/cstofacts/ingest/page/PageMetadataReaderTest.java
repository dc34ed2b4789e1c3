package org.cstofacts.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataReaderTest {

	private final PageMetadataReader reader = new PageMetadataReader();

	private PageMetadata read(String head, String body) {
		return reader.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Ferry runs all winter | Lakeside Daily; Ferry runs all winter",
			"Ferry runs all winter - Lakeside Daily; Ferry runs all winter",
			"Lakeside Daily :: Ferry runs all winter; Ferry runs all winter",
			"Ferry - and bus - run all winter — Lakeside Daily; Ferry - and bus - run all winter",
			"Lakeside Daily at ninety: a history | Archive; Lakeside Daily at ninety: a history | Archive" })
	void takesTheHeadlineFromTheTitleWithoutTheSiteNameItKnows(String title, String headline) {
		PageMetadata metadata = read("<title>" + title + "</title><meta property=\"og:site_name\" content=\"Lakeside "
				+ "Daily\">", "");

		assertThat(metadata.headline()).isEqualTo(headline);
		assertThat(metadata.publisher()).isEqualTo("Lakeside Daily");
	}

	@Test
	void takesHeadlineAndSiteFromTheTitleWhenAHeadingRepeatsTheHeadline() {
		PageMetadata metadata = read("<title>Ministry of Lakes - News - Commission meets in Velden</title>",
				"<h2>Commission meets in Velden</h2>");

		assertThat(metadata.headline()).isEqualTo("Commission meets in Velden");
		assertThat(metadata.publisher()).isEqualTo("Ministry of Lakes");
	}

	@Test
	void takesTheSiteNameOutOfAnOpenGraphTitleThatCarriesIt() {
		PageMetadata metadata = read("<meta property=\"og:title\" content=\"Ferry runs all winter | Lakeside Daily\">"
				+ "<meta property=\"og:site_name\" content=\"Lakeside Daily\">", "");

		assertThat(metadata.headline()).isEqualTo("Ferry runs all winter");
	}

	@Test
	void takesTheWholeTitleWhenNothingTellsTheSiteApart() {
		PageMetadata metadata = read("<title>Ministry of Lakes - News - Commission meets in Velden</title>", "");

		assertThat(metadata.headline()).isEqualTo("Ministry of Lakes - News - Commission meets in Velden");
		assertThat(metadata.publisher()).isNull();
	}

	@Test
	void prefersTheJsonLdArticleToOpenGraphAndOpenGraphToTheTitleAndHeading() {
		PageMetadata metadata = read("""
				<title>Title headline | Site</title>
				<meta property="og:title" content="OpenGraph headline">
				<meta property="og:site_name" content="OpenGraph site">
				<meta property="article:published_time" content="2031-01-02T03:04:00+01:00">
				<script type="application/ld+json">{"@type": "WebSite", "name": "Not an article"}</script>
				<script type="application/ld+json">
				  {"@type": "NewsArticle", "headline": "JSON-LD headline", "datePublished": "2031-05-06T07:08:00-04:00",
				   "publisher": {"@type": "Organization", "name": "JSON-LD agency"}, "author": {"name": "Ada Brook"}}
				</script>""", "<h1>Heading headline</h1><time datetime=\"2031-09-09\">9 September</time>");

		assertThat(metadata).isEqualTo(new PageMetadata("JSON-LD headline", LocalDateTime.parse("2031-05-06T07:08"),
				ZoneOffset.ofHours(-4), "JSON-LD agency", null, "Ada Brook", null));
	}

	@Test
	void takesTheTimeAndHeadlineFromTheArticleWhenTheHeadHasNoMetadata() {
		PageMetadata metadata = read("<title>Regatta | Amsel Sports</title>", """
				<aside><time datetime="2030-01-01">a sidebar story's date</time></aside>
				<article><h1>Rowing club wins the lake regatta</h1>
				<p>Posted <time datetime="2031-08-03T16:45">3 August</time></p></article>""");

		assertThat(metadata.headline()).isEqualTo("Rowing club wins the lake regatta");
		assertThat(metadata.publishedAt()).isEqualTo(LocalDateTime.parse("2031-08-03T16:45"));
		assertThat(metadata.publishedOffset()).isNull();
	}

	@Test
	void takesTheLanguageFromTheOpenGraphLocaleWhenThePageHasNoLangAttribute() {
		assertThat(read("<meta property=\"og:locale\" content=\"ru_RU\">", "").language()).isEqualTo("ru-RU");
	}

	@Test
	void leavesAnAuthorGivenAsALinkOut() {
		assertThat(read("<meta property=\"article:author\" content=\"https://site.example/ada\">", "").author())
			.isNull();
	}

}
