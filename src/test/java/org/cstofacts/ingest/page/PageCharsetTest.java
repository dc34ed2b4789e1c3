package org.cstofacts.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageCharsetTest {

	private static final String PARAGRAPH = "Паром между Порт-Амселем и Соррёнскими островами впервые будет ходить "
			+ "всю зиму, решил во вторник региональный транспортный совет.";

	private final PageReader reader = new PageReader();

	private static byte[] page(String head, String paragraph, Charset charset) {
		return ("<html><head>" + head + "<title>Паром</title></head><body><p>" + paragraph + "</p><p>" + paragraph
				+ "</p></body></html>").getBytes(charset);
	}

	@Test
	void readsAWindows1251PageThatDeclaresNoCharset() {
		Page page = reader.read(PageReaderTest.bytes("windows-1251-undeclared.html"), null);

		assertThat(page.charset().name()).isEqualTo("windows-1251");
		assertThat(page.text()).contains("«Наши дети наконец смогут каждый день ездить в школу в город», — сказала Пия "
				+ "Соренсен");
	}

	@Test
	void readsAKoi8RPageThatDeclaresNoCharset() {
		Page page = reader.read(PageReaderTest.bytes("koi8-r-undeclared.html"), null);

		assertThat(page.charset().name()).isEqualTo("KOI8-R");
		assertThat(page.text()).startsWith("Паромная линия на острова будет работать всю зиму\n\nПаром между "
				+ "Порт-Амселем и Соррёнскими островами");
	}

	@Test
	void readsAWindows1252PageThatDeclaresNoCharsetWithItsAccentsAndCurlyQuotes() {
		Page page = reader.read(PageReaderTest.bytes("windows-1252-undeclared.html"), null);

		assertThat(page.charset().name()).isEqualTo("windows-1252");
		assertThat(page.text()).contains("The small café on the quay", "naïve-style",
				"“We cook what the fishermen bring in the morning,” said its owner, Renée Dufort.");
	}

	@Test
	void honoursAUtf8ByteOrderMarkOverTheCharsetOfTheHttpHeader() {
		Page page = reader.read(PageReaderTest.bytes("utf-8-bom.html"), "windows-1251");

		assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(page.metadata().headline()).isEqualTo("Музей озера снова открыт после ремонта");
		assertThat(page.text()).doesNotContain("\uFEFF").contains("снова открыл двери — через два года");
	}

	@Test
	void honoursAUtf16ByteOrderMark() {
		byte[] text = page("", PARAGRAPH, StandardCharsets.UTF_16LE);
		byte[] marked = new byte[text.length + 2];
		marked[0] = (byte) 0xFF;
		marked[1] = (byte) 0xFE;
		System.arraycopy(text, 0, marked, 2, text.length);

		Page page = reader.read(marked, null);

		assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(page.text()).isEqualTo("Паром\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n");
	}

	@Test
	void takesTheCharsetOfTheHttpHeaderBeforeTheOneThePageDeclares() {
		byte[] mislabelled = page("<meta charset=\"utf-8\">", PARAGRAPH, Charset.forName("windows-1251"));

		assertThat(reader.read(mislabelled, "windows-1251").text()).contains(PARAGRAPH);
	}

	@Test
	void takesTheCharsetThePageDeclaresWhenTheHeaderGivesNone() {
		// ISO-8859-5 puts Cyrillic where no guess from the bytes would look for it: only the declaration reads it.
		Charset iso88595 = Charset.forName("ISO-8859-5");

		Page declared = reader.read(page("<meta charset=\"iso-8859-5\">", PARAGRAPH, iso88595), null);
		Page httpEquiv = reader.read(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-5\">",
				PARAGRAPH, iso88595), null);

		assertThat(declared.charset()).isEqualTo(iso88595);
		assertThat(declared.text()).contains(PARAGRAPH);
		assertThat(httpEquiv.text()).contains(PARAGRAPH);
	}

	@Test
	void passesOverACharsetNoOneKnowsAndReadsOn() {
		byte[] page = page("<meta charset=\"windows-1251\">", PARAGRAPH, Charset.forName("windows-1251"));

		assertThat(reader.read(page, "x-no-such-charset").text()).contains(PARAGRAPH);
		assertThat(reader.read(page, "\"bad name!\"").text()).contains(PARAGRAPH);
	}

	@Test
	void readsAPageLabelledLatin1AsWindows1252AsBrowsersDo() {
		String paragraph = "“We cook what the fishermen bring in the morning,” said its owner, a café keeper in "
				+ "Port Amsel who has run the place for thirty years.";

		Page page = reader.read(page("", paragraph, Charset.forName("windows-1252")), "ISO-8859-1");

		assertThat(page.charset().name()).isEqualTo("windows-1252");
		assertThat(page.text()).contains(paragraph);
	}

}
