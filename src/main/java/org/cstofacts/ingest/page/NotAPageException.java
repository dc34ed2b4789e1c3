package org.cstofacts.ingest.page;

/**
 * The bytes are not a web page in any charset: they hold control characters, as binary data does.
 */
public class NotAPageException extends RuntimeException {

	NotAPageException(String detail) {
		super(detail);
	}

}
