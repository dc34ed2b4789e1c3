package org.cstofacts.ingest.page;

/**
 * The page holds no article text: once navigation, banners, link lists and the like are set aside, too little
 * running text is left to read facts from (an index page, an error page, a page that builds its text by script).
 */
public class NoArticleTextException extends RuntimeException {

	NoArticleTextException(String detail) {
		super(detail);
	}

}
