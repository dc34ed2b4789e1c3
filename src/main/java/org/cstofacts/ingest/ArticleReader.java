package org.cstofacts.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cstofacts.document.DocumentOriginal;
import org.cstofacts.ingest.page.NoArticleTextException;
import org.cstofacts.ingest.page.NotAPageException;
import org.cstofacts.ingest.page.Page;
import org.cstofacts.ingest.page.PageReader;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads the bytes of an article, sent or found in the data directory, into the text the pipeline reads: a text
 * file as it is, a web page by taking out its article. What is not an article is refused here, before anything is
 * stored.
 */
@Component
class ArticleReader {

	private final PageReader pages = new PageReader();

	/** Whether a file of this name is an article: a text file or a saved page. */
	static boolean isArticleFile(String name) {
		String lowerCase = name.toLowerCase(Locale.ROOT);
		return lowerCase.endsWith(".txt") || isPageFile(lowerCase);
	}

	private static boolean isPageFile(String lowerCaseName) {
		return lowerCaseName.endsWith(".html") || lowerCaseName.endsWith(".htm");
	}

	static boolean isPage(MediaType type) {
		return MediaType.TEXT_HTML.equalsTypeAndSubtype(type) || MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(type);
	}

	/**
	 * @throws WriteRefusedException (400) when the bytes are not text in the charset, or blank
	 */
	Article text(byte[] bytes, Charset charset, String sourceName) {
		String text = ArticleText.decode(bytes, charset);
		return new Article(text, sourceName, new DocumentOriginal("text/plain;charset=" + charset.name(), bytes), null);
	}

	/**
	 * @param type {@code text/html} or {@code application/xhtml+xml}, with the charset the sender declared, if any
	 * @throws WriteRefusedException 400 when the bytes are not a page, 422 when the page holds no article text
	 */
	Article page(byte[] bytes, MediaType type, String sourceName) {
		Page page;
		try {
			page = pages.read(bytes, type.getParameter("charset"));
		}
		catch (NotAPageException binary) {
			throw WriteRefusedException.unreadable(binary.getMessage());
		}
		catch (NoArticleTextException noArticle) {
			throw WriteRefusedException.noArticleText(noArticle.getMessage());
		}
		String mediaType = type.getType() + "/" + type.getSubtype() + ";charset=" + page.charset().name();
		return new Article(ArticleText.check(page.text()), sourceName, new DocumentOriginal(mediaType, bytes),
				page.metadata().publishedOffset());
	}

	/** A file of the data directory: UTF-8 text, or a page in whatever charset it declares or its bytes show. */
	Article file(Path file) throws IOException {
		String name = file.getFileName().toString();
		byte[] bytes = Files.readAllBytes(file);
		return isPageFile(name.toLowerCase(Locale.ROOT)) ? page(bytes, MediaType.TEXT_HTML, name)
				: text(bytes, StandardCharsets.UTF_8, name);
	}

}
