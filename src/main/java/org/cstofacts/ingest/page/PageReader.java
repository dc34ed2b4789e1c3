package org.cstofacts.ingest.page;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cstofacts.ingest.page.ArticleBody.Kind;
import org.cstofacts.ingest.page.ArticleBody.TextBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved web page as an article: its metadata from the markup, and the plain text the extraction pipeline
 * reads, laid out as an article file is, so that every span of a fact points into that text:
 *
 * <pre>
 * Headline
 *
 * Publisher | Section | 9 April 2021, 18:40 | By Author
 *
 * First paragraph.
 *
 * Section heading
 *
 * Paragraph.
 * </pre>
 *
 * It holds no state: one reader serves every thread.
 */
public final class PageReader {

	/** Less running text than this is a page without an article: an index, an error page, a cookie wall. */
	static final int MIN_ARTICLE_LETTERS = 150;

	/**
	 * Pages carry a stray control character now and then (a paste into a content system); binary data carries one in
	 * every few bytes.
	 */
	private static final int MAX_CONTROL_CHARACTERS_PER_THOUSAND = 1;

	/** The pipeline reads a longer line as a paragraph, not as a byline. */
	private static final int MAX_BYLINE_LENGTH = 160;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final String VISIBLE_DATE = "[class~=(?i)(^|[\\s_-])(date|pubdate|published|timestamp)($|[\\s_-])]";

	private final PageMetadataReader metadataReader = new PageMetadataReader();

	/**
	 * @param page the page's bytes as they were served or saved
	 * @param declaredCharset the charset the HTTP {@code Content-Type} gave, or null; a label no one knows is passed
	 * over
	 * @throws NotAPageException when the bytes are binary data, not a page
	 * @throws NoArticleTextException when the page holds no article text
	 */
	public Page read(byte[] page, String declaredCharset) {
		Charset charset = PageCharset.of(page, declaredCharset);
		String html = PageCharset.decode(page, charset);
		long controls = html.chars().filter(PageReader::isControl).count();
		if (controls * 1000 > (long) html.length() * MAX_CONTROL_CHARACTERS_PER_THOUSAND) {
			throw new NotAPageException("The page is not text: " + controls + " of its " + html.length()
					+ " characters are control characters, as in binary data.");
		}
		Document document = Jsoup.parse(html);
		PageMetadata metadata = metadataReader.read(document);
		String visibleDate = metadata.publishedAt() == null ? visibleDate(document) : null;
		List<TextBlock> blocks = ArticleBody.read(document, metadata.headline());
		int letters = blocks.stream()
			.filter(block -> block.kind() == Kind.PARAGRAPH)
			.mapToInt(block -> (int) block.text().chars().filter(Character::isLetter).count())
			.sum();
		if (letters < MIN_ARTICLE_LETTERS) {
			throw new NoArticleTextException("The page holds no article text: once navigation, link lists, banners "
					+ "and the like are set aside, " + letters + " letters of running text are left, fewer than the "
					+ MIN_ARTICLE_LETTERS + " an article has.");
		}
		return new Page(text(metadata, visibleDate, blocks), metadata, charset);
	}

	private static boolean isControl(int c) {
		return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
	}

	private static String text(PageMetadata metadata, String visibleDate, List<TextBlock> blocks) {
		List<String> lines = new ArrayList<>();
		List<TextBlock> body = new ArrayList<>(blocks);
		lines.add(metadata.headline() != null ? metadata.headline() : body.remove(0).text());
		String byline = byline(metadata, visibleDate);
		if (byline != null) {
			lines.add(byline);
		}
		body.forEach(block -> lines.add(block.text()));
		return String.join("\n\n", lines) + "\n";
	}

	/**
	 * Publisher, section, publication time and author as the pipeline's byline reader takes them; none when the
	 * line would be a lone name, which the pipeline would read as a heading.
	 */
	private static String byline(PageMetadata metadata, String visibleDate) {
		List<String> parts = new ArrayList<>();
		if (metadata.publisher() != null) {
			parts.add(metadata.publisher());
		}
		if (metadata.section() != null && !metadata.section().equalsIgnoreCase(metadata.publisher())) {
			parts.add(metadata.section());
		}
		String when = metadata.publishedAt() != null ? when(metadata.publishedAt()) : visibleDate;
		if (when != null) {
			parts.add(when);
		}
		if (metadata.author() != null) {
			parts.add("By " + metadata.author());
		}
		while (String.join(" | ", parts).length() > MAX_BYLINE_LENGTH && parts.size() > 1) {
			parts.remove(parts.size() - 1);
		}
		return parts.size() > 1 || when != null ? String.join(" | ", parts) : null;
	}

	private static String when(LocalDateTime publishedAt) {
		String day = DAY.format(publishedAt);
		return publishedAt.toLocalTime().equals(LocalTime.MIDNIGHT) ? day : day + ", " + CLOCK.format(publishedAt);
	}

	/**
	 * A page that gives its date in words only: the date shown with the article (else anywhere on the page), as it
	 * is written.
	 */
	private static String visibleDate(Document page) {
		for (String scope : new String[] { "article ", "main ", "" }) {
			String date = page.select(scope + VISIBLE_DATE)
				.stream()
				.map(element -> InlineText.collapse(element.text()))
				.filter(text -> text.length() <= 60 && text.chars().anyMatch(Character::isDigit))
				.findFirst()
				.orElse(null);
			if (date != null) {
				return date;
			}
		}
		return null;
	}

}
