package org.cstofacts.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of API answers.
 * @param enabled whether repeated reads are answered from memory ({@code true} by default)
 * @param maxSize the most memory the cached answers may hold together
 * @param maxEntrySize the largest answer kept; larger ones (a big export) are computed each time
 */
@ConfigurationProperties("csto.response-cache")
public record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("1MB") DataSize maxEntrySize) {

}
