package org.cstofacts.document;

/**
 * The bytes an article came as, before it was read into its text: a saved web page, or a text in the charset it was
 * sent in.
 *
 * @param mediaType its media type with the charset it was read in ({@code text/html;charset=windows-1251})
 * @param content the bytes as received
 */
public record DocumentOriginal(String mediaType, byte[] content) {
}
