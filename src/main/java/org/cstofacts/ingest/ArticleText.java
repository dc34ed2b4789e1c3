package org.cstofacts.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Turns the bytes of an article into its text, refusing what is not text in the declared encoding.
 */
final class ArticleText {

	private ArticleText() {
	}

	/**
	 * @throws WriteRefusedException (400) when the bytes are not valid in the charset, hold control characters
	 * of binary data, or hold no text at all
	 */
	public static String decode(byte[] bytes, Charset charset) {
		String text;
		try {
			text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notText) {
			throw WriteRefusedException.unreadable("The article is not valid " + charset.name() + " text.");
		}
		return check(text);
	}

	/** @throws WriteRefusedException (400) when the text is blank or holds control characters of binary data */
	public static String check(String text) {
		if (text == null || text.isBlank()) {
			throw WriteRefusedException.unreadable("The article text is empty or blank.");
		}
		if (text.chars().anyMatch(ArticleText::binary)) {
			throw WriteRefusedException.unreadable("The article holds control characters: it looks like binary data, "
					+ "not text.");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static boolean binary(int c) {
		return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
	}

}
