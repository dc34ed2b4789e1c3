package org.cstofacts.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the service.
 *
 * @param dataDir the directory whose {@code *.txt}, {@code *.html} and {@code *.htm} articles are loaded on start
 * ({@code CSTO_DATA_DIR}); its watching is set under {@code csto.data-dir.*} ({@link DataDirProperties})
 * @param apiKey the key writes must present in {@code X-API-Key} ({@code CSTO_API_KEY}); blank refuses every write
 * @param batch the limits of one {@code POST /api/documents/batch}
 */
@ConfigurationProperties("csto")
public record CstoProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("") String apiKey,
		@DefaultValue Batch batch) {

	public boolean writesEnabled() {
		return apiKey != null && !apiKey.isBlank();
	}

	/**
	 * @param maxArticles how many articles one batch may hold
	 * @param maxBytes how large its body may be
	 */
	public record Batch(@DefaultValue("100") int maxArticles, @DefaultValue("16MB") DataSize maxBytes) {
	}

}
