package org.cstofacts.ingest.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Decides how the bytes of a page are read, as browsers do: a byte order mark, then the charset of the HTTP
 * header, then the page's own {@code <meta charset>} or {@code http-equiv} declaration, then a guess from the
 * bytes. The mark comes first because it cannot be there by accident, whereas servers often send a default
 * charset for pages they never looked into.
 */
final class PageCharset {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final Charset KOI8_R = Charset.forName("KOI8-R");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Browsers read pages labelled Latin-1 or ASCII as Windows-1252, whose curly quotes such pages do use. */
	private static final Set<String> READ_AS_WINDOWS_1252 = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1",
			"us-ascii", "ascii", "cp1252", "windows-1252");

	/** Browsers look for the declaration in the first 1,024 bytes; pages with long heads put it later. */
	private static final int DECLARATION_SCAN_BYTES = 8192;

	private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

	private PageCharset() {
	}

	/**
	 * @param declared the charset the HTTP header gave, or null
	 */
	static Charset of(byte[] page, String declared) {
		Charset marked = byteOrderMark(page);
		if (marked != null) {
			return marked;
		}
		Charset charset = known(declared);
		if (charset == null) {
			charset = declaredInPage(page);
		}
		return charset != null ? charset : sniffed(page);
	}

	/** The page as text, without its byte order mark; bytes the charset does not know become U+FFFD. */
	static String decode(byte[] page, Charset charset) {
		String html = new String(page, charset);
		return html.startsWith("\uFEFF") ? html.substring(1) : html;
	}

	private static Charset byteOrderMark(byte[] page) {
		if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
			return StandardCharsets.UTF_8;
		}
		if (startsWith(page, 0xFE, 0xFF)) {
			return StandardCharsets.UTF_16BE;
		}
		if (startsWith(page, 0xFF, 0xFE)) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	private static boolean startsWith(byte[] page, int... mark) {
		if (page.length < mark.length) {
			return false;
		}
		for (int i = 0; i < mark.length; i++) {
			if ((page[i] & 0xFF) != mark[i]) {
				return false;
			}
		}
		return true;
	}

	/** The charset a label names, or null for a label no one can read. */
	private static Charset known(String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		String name = label.strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
		if (READ_AS_WINDOWS_1252.contains(name)) {
			return WINDOWS_1252;
		}
		try {
			return Charset.isSupported(name) ? Charset.forName(name) : null;
		}
		catch (IllegalCharsetNameException unreadable) {
			return null;
		}
	}

	private static Charset declaredInPage(byte[] page) {
		// Every charset a page can declare itself in writes its markup in ASCII, which Latin-1 reads byte for byte.
		String head = new String(page, 0, Math.min(page.length, DECLARATION_SCAN_BYTES), StandardCharsets.ISO_8859_1);
		for (Element meta : Jsoup.parse(head).select("meta[charset], meta[http-equiv~=(?i)^content-type$][content]")) {
			Charset charset = known(meta.hasAttr("charset") ? meta.attr("charset") : parameter(meta));
			if (charset != null) {
				// A page read byte by byte as ASCII cannot be UTF-16: such a declaration means UTF-8 (HTML standard).
				return charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
			}
		}
		return null;
	}

	private static String parameter(Element meta) {
		Matcher charset = CHARSET_PARAMETER.matcher(meta.attr("content"));
		return charset.find() ? charset.group(1) : null;
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8 (pages in other charsets almost never are); else a Cyrillic charset when
	 * the letters above ASCII come in words, as Russian text does, and Windows-1252 when they stand alone among
	 * ASCII letters, as accents of Western languages do.
	 */
	private static Charset sniffed(byte[] page) {
		if (validUtf8(page)) {
			return StandardCharsets.UTF_8;
		}
		int high = 0;
		int letters = 0;
		int lettersInWords = 0;
		int upperHalf = 0;
		for (int i = 0; i < page.length; i++) {
			int b = page[i] & 0xFF;
			if (b < 0x80) {
				continue;
			}
			high++;
			if (b < 0xC0) {
				continue;
			}
			letters++;
			if (b >= 0xE0) {
				upperHalf++;
			}
			if (i > 0 && (page[i - 1] & 0xFF) >= 0xC0 || i + 1 < page.length && (page[i + 1] & 0xFF) >= 0xC0) {
				lettersInWords++;
			}
		}
		if (letters * 2 < high || lettersInWords * 2 < letters) {
			return WINDOWS_1252;
		}
		// Running text is mostly small letters: Windows-1251 puts them at 0xE0-0xFF, KOI8-R at 0xC0-0xDF.
		return upperHalf * 2 >= letters ? WINDOWS_1251 : KOI8_R;
	}

	private static boolean validUtf8(byte[] page) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(page));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

}
