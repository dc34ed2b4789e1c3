package org.cstofacts.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Pages written for the purpose, in the layouts news sites, agencies and ministries use (invented names). */
class PageReaderTest {

	private final PageReader reader = new PageReader();

	static byte[] bytes(String name) {
		try (InputStream in = PageReaderTest.class.getResourceAsStream("/pages/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test page " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private Page read(String name) {
		return reader.read(bytes(name), null);
	}

	@Test
	void readsAnAgencyPageByItsNewsArticleJsonLdInAGraph() {
		Page page = read("agency-json-ld.html");

		assertThat(page.metadata()).isEqualTo(new PageMetadata(
				"Lake council agrees on water accord after night of talks", LocalDateTime.parse("2031-04-09T18:40"),
				ZoneOffset.ofHours(6), "Borealis Wire", "World", "Ilse Varga, Tomas Reed", "en"));
		assertThat(page.text()).isEqualTo("""
				Lake council agrees on water accord after night of talks

				Borealis Wire | World | 9 April 2031, 18:40 | By Ilse Varga, Tomas Reed

				Delegates at the lakeside hall in Port Amsel. Photo: Borealis Wire

				PORT AMSEL, April 9 (Borealis Wire) - The five members of the Lake Council agreed on Wednesday on a \
				water accord that sets how much each may draw from the shared basin, after talks that ran through the \
				night in the lakeside town of Port Amsel.

				Council chair Mirela Dask said the accord would be signed by the heads of state at a summit in Velden \
				on 12 May.

				Quotas for ten years

				Under the accord, each member keeps its current quota for ten years, and a joint commission will \
				measure the level of the lake every month.

				“Nobody got everything they wanted tonight, and that is why this accord will hold.” — Mirela Dask, \
				council chair

				Farmers' unions in two member states had asked for larger quotas in the dry months, a request the \
				accord leaves to the commission.

				"We will publish every measurement," the commission's future head, Oskar Lind, told reporters.
				""");
	}

	@Test
	void leavesOutTheCookieBannerNavigationShareBarRelatedLinksCreditsTagsAndFooter() {
		String text = read("agency-json-ld.html").text();

		assertThat(text).doesNotContain("cookies", "Sport", "Home", "Share on", "Related", "Lake levels fall",
				"Reporting by", "Water\n", "©", "dataLayer", "tracking");
	}

	@Test
	void readsANewspaperPageByItsOpenGraphTagsAndKeepsTheStandfirstAboveTheTextBox() {
		Page page = read("newspaper-open-graph.html");

		assertThat(page.metadata()).isEqualTo(new PageMetadata("Harbour city hosts first festival of northern choirs",
				LocalDateTime.parse("2031-06-14T09:15"), ZoneOffset.ofHours(1), "The Valley Courier", "Culture",
				"Hana Berg", "en-GB"));
		assertThat(page.text()).startsWith("""
				Harbour city hosts first festival of northern choirs

				The Valley Courier | Culture | 14 June 2031, 09:15 | By Hana Berg

				Choirs from nine towns sang in Port Amsel on Saturday, and the organisers want to make it a yearly \
				event.

				More than four hundred singers""")
			.contains("\n\nA choir for every town\n\n")
			.endsWith("\n\nTickets for the evening concert sold out within a day, the council said.\n");
	}

	@Test
	void leavesOutCommentsSidebarsTagsAndTheMenuOfANewspaperPage() {
		String text = read("newspaper-open-graph.html").text();

		assertThat(text).doesNotContain("Subscribe", "Home", "wonderful day", "comments", "Most read", "Ferry timetable",
				"Weather", "Tags", "Quay Street", "09.15 BST");
	}

	@Test
	void readsAGovernmentPressReleaseLaidOutInTablesInsideAForm() {
		Page page = read("government-press-release.html");

		assertThat(page.metadata().headline()).isEqualTo("On the meeting of the Lake Commission in Velden");
		assertThat(page.metadata().publisher()).isEqualTo("Ministry of Water Affairs of the Republic of Velmaria");
		assertThat(page.metadata().publishedAt()).as("the page gives its date in words only").isNull();
		assertThat(page.text()).isEqualTo("""
				On the meeting of the Lake Commission in Velden

				Ministry of Water Affairs of the Republic of Velmaria | 12.03.2031, 16:30

				On 12 March 2031, a regular meeting of the Lake Commission was held in Velden under the chairmanship \
				of the Minister of Water Affairs of the Republic of Velmaria A.B. Korsak.

				The meeting was attended by the heads of the water agencies of the member states and by the Secretary \
				of the Commission E.V. Lunde.

				Opening the meeting, Minister A.B. Korsak noted: «The measurements of the last winter show that the \
				level of the lake has been stable for the first time in six years.»

				The members of the Commission approved:
				- the plan of measurements for 2031-2032;
				- the budget of the joint laboratory.

				The next meeting of the Commission will be held in Port Amsel in September 2031.

				Press Service of the Ministry of Water Affairs
				""");
	}

	@Test
	void keepsTheTextThatAdsAndReadAlsoLinksSplitInItsOrderWithoutThem() {
		Page page = read("split-by-ads-and-read-also.html");

		assertThat(page.metadata().publishedOffset()).isEqualTo(ZoneOffset.UTC);
		assertThat(page.text()).isEqualTo("""
				Ferry line to the islands will run all winter

				Lakeside Daily | 2 October 2031, 07:30

				The ferry between Port Amsel and the Sorren islands will keep running through the winter for the \
				first time, the regional transport board decided on Tuesday.

				Until now the line closed from November to March, and the four hundred people who live on the \
				islands all year had to rely on a weekly supply boat.

				The board will lease a second, ice-class vessel from a shipping company in Velden, at a cost it put \
				at 1.2 million a year.

				Islanders had campaigned for a winter service for more than a decade. "Our children can finally go \
				to school in town every day," said Pia Sorensen, who heads the islands' residents' association.

				The first winter crossing is planned for 3 November, weather permitting.
				""");
	}

	@Test
	void passesOverAJsonLdBlockThatIsNotJsonAndTakesTheOpenGraphTags() {
		Page page = read("malformed-json-ld.html");

		assertThat(page.metadata()).isEqualTo(new PageMetadata("Museum of the lake reopens after two years of repairs",
				LocalDateTime.parse("2031-05-20T11:00"), ZoneOffset.ofHours(2), "Velden Herald", null, null, "en"));
		assertThat(page.text()).startsWith("Museum of the lake reopens after two years of repairs\n\n"
				+ "Velden Herald | 20 May 2031, 11:00\n\nThe museum of the lake");
	}

	@Test
	void readsJsonLdWrittenWithTrailingCommasLineBreaksInStringsAndEntities() {
		Page page = read("lenient-json-ld.html");

		assertThat(page.metadata()).isEqualTo(new PageMetadata("Rowing club wins the lake regatta & the cup",
				LocalDateTime.parse("2031-08-03T16:45"), ZoneOffset.ofHours(3), "Amsel Sports", null, "Lena Stroem",
				null));
	}

	@Test
	void reportsAPageWithoutArticleTextWhenOnlyACookieNoticeHeadingsAndLinksAreLeft() {
		assertThatThrownBy(() -> read("no-article-index.html")).isInstanceOf(NoArticleTextException.class)
			.hasMessageContaining("no article text")
			.hasMessageContaining("0 letters");
	}

	@Test
	void reportsAPageThatBuildsItsTextByScriptAndAnErrorPageAsPagesWithoutArticleText() {
		byte[] script = """
				<html><head><title>Lake council agrees on water accord</title></head>
				<body><div id="app"></div><script>render({"text": "The five members of the Lake Council agreed on \
				Wednesday on a water accord that sets how much each may draw from the shared basin."})</script></body>
				</html>""".getBytes(StandardCharsets.UTF_8);
		byte[] notFound = """
				<html><head><title>Page not found | Borealis Wire</title></head>
				<body><h1>Page not found</h1><p>The page you asked for does not exist or was moved.</p>
				<p><a href="/">Back to the front page</a></p></body></html>""".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read(script, null)).isInstanceOf(NoArticleTextException.class);
		assertThatThrownBy(() -> reader.read(notFound, null)).isInstanceOf(NoArticleTextException.class);
	}

	@Test
	void refusesBinaryDataAsNotAPage() {
		byte[] binary = new byte[64 * 1024];
		new Random(15).nextBytes(binary);

		assertThatThrownBy(() -> reader.read(binary, null)).isInstanceOf(NotAPageException.class)
			.hasMessageContaining("control characters");
	}

	@Test
	void readsAPageWithAStrayControlCharacterAndLeavesItOut() {
		byte[] page = new String(bytes("agency-json-ld.html"), StandardCharsets.UTF_8).replace("Port Amsel.",
				"Port Amsel.\u0002").getBytes(StandardCharsets.UTF_8);

		assertThat(reader.read(page, null).text()).contains("lakeside town of Port Amsel.\n").doesNotContain("\u0002");
	}

	@Test
	void readsNestingTooDeepForTheParserAsAPageWithoutArticleText() {
		byte[] deep = ("<div>".repeat(100_000) + "<script type=\"application/ld+json\">" + "[".repeat(100_000)
				+ "</script>").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read(deep, null)).isInstanceOf(NoArticleTextException.class);
	}

}
