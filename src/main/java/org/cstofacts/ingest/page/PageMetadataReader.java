package org.cstofacts.ingest.page;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's markup says about its article, each part from the first source that gives it: the
 * schema.org article of its JSON-LD, then its OpenGraph and {@code article:} meta tags, then its
 * {@code <time datetime>} (for the publication time), its first {@code <h1>} (for the headline) and its
 * {@code <title>}, which also names the site.
 */
final class PageMetadataReader {

	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•]{1,2}\\s+");

	PageMetadata read(Document page) {
		JsonLdArticle article = JsonLdArticle.in(page);
		String publisher = first(article, JsonLdArticle::publisher, meta(page, "og:site_name"));
		String headline = first(article, JsonLdArticle::headline, meta(page, "og:title"));
		if (headline == null) {
			headline = firstHeading(page);
		}
		Title title = title(page, publisher);
		headline = headline != null ? headline : title.headline();
		publisher = publisher != null ? publisher : title.site();
		if (headline != null && publisher != null) {
			// Many sites give og:title the page's title, site name and all.
			String withoutSite = around(headline, publisher);
			headline = withoutSite != null ? withoutSite : headline;
		}
		PublishedTime published = PublishedTime.parse(first(article, JsonLdArticle::datePublished,
				meta(page, "article:published_time")));
		if (published == null) {
			published = PublishedTime.parse(timeElement(page));
		}
		String author = first(article, JsonLdArticle::author, meta(page, "author"));
		if (author == null) {
			String linked = meta(page, "article:author");
			author = linked == null || linked.startsWith("http") ? null : linked;
		}
		return new PageMetadata(headline, published == null ? null : published.local(),
				published == null ? null : published.offset(), publisher,
				first(article, JsonLdArticle::section, meta(page, "article:section")), author, language(page, article));
	}

	private static String first(JsonLdArticle article, Function<JsonLdArticle, String> part, String otherwise) {
		String value = article == null ? null : part.apply(article);
		return value != null ? value : otherwise;
	}

	/** A meta tag's content, by {@code property} as OpenGraph has it or by {@code name} as many sites write it. */
	private static String meta(Document page, String key) {
		for (Element meta : page.select("meta[content]")) {
			if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
				String content = InlineText.collapse(meta.attr("content"));
				if (!content.isEmpty()) {
					return content;
				}
			}
		}
		return null;
	}

	/** The time marked as the publication's, else the first in the article, else the first on the page. */
	private static String timeElement(Document page) {
		for (String query : new String[] { "[itemprop=datePublished][content]", "time[itemprop=datePublished]",
				"time[pubdate][datetime]", "article time[datetime]", "main time[datetime]", "time[datetime]" }) {
			Element time = page.selectFirst(query);
			if (time != null) {
				return time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
			}
		}
		return null;
	}

	private static String firstHeading(Document page) {
		Element heading = page.selectFirst("article h1, main h1");
		if (heading == null) {
			heading = page.selectFirst("h1");
		}
		String text = heading == null ? "" : InlineText.collapse(heading.text());
		return text.isEmpty() ? null : text;
	}

	/**
	 * The headline and site a page's {@code <title>} gives: {@code Leaders Meet | Daily Planet},
	 * {@code Daily Planet - World - Leaders Meet}. The site is the part at the other end from the headline, when the
	 * site name is known or a heading of the page repeats the headline.
	 */
	private static Title title(Document page, String siteName) {
		String title = InlineText.collapse(page.title());
		if (title.isEmpty()) {
			return new Title(null, null);
		}
		if (siteName != null) {
			String headline = around(title, siteName);
			return new Title(headline != null ? headline : title, siteName);
		}
		for (String heading : page.select("h1, h2, h3").eachText()) {
			String repeated = InlineText.collapse(heading);
			String site = repeated.isEmpty() ? null : around(title, repeated);
			if (site != null) {
				String[] parts = TITLE_SEPARATOR.split(site);
				return new Title(repeated, title.startsWith(repeated) ? parts[parts.length - 1] : parts[0]);
			}
		}
		return new Title(title, null);
	}

	/** The title without {@code part} when the title begins or ends with it, set apart by a separator. */
	private static String around(String title, String part) {
		String separated = "(?i)^(?:" + Pattern.quote(part) + TITLE_SEPARATOR.pattern() + "(.+)|(.+?)"
				+ TITLE_SEPARATOR.pattern() + Pattern.quote(part) + ")$";
		Matcher matcher = Pattern.compile(separated).matcher(title);
		if (!matcher.matches()) {
			return null;
		}
		return (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip();
	}

	private record Title(String headline, String site) {
	}

	private static String language(Document page, JsonLdArticle article) {
		String language = article == null ? null : article.language();
		if (language == null) {
			Element html = page.selectFirst("html[lang]");
			language = html == null ? null : html.attr("lang").strip();
		}
		if (language == null || language.isEmpty()) {
			String locale = meta(page, "og:locale");
			language = locale == null ? null : locale.replace('_', '-');
		}
		return language == null || language.isEmpty() ? null : language;
	}

}
