package org.cstofacts.ingest.page;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What the page's markup says about its article. Any part is null when the page does not give it.
 *
 * @param headline the article's headline
 * @param publishedAt the publication time as the page states it (the start of the day when it gives a date only)
 * @param publishedOffset the offset from UTC that the page gives with that time, or null when it gives none
 * @param publisher the site, agency or office that published it
 * @param section the part of the site it stands in ({@code Politics}, {@code Press releases})
 * @param author the author or authors, as the page names them
 * @param language the language tag of the page ({@code en}, {@code ru-RU})
 */
public record PageMetadata(String headline, LocalDateTime publishedAt, ZoneOffset publishedOffset, String publisher,
		String section, String author, String language) {
}
