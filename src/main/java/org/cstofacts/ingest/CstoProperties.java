package org.cstofacts.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service.
 *
 * @param dataDir the directory whose {@code *.txt} articles are loaded on start ({@code CSTO_DATA_DIR})
 * @param apiKey the key writes must present in {@code X-API-Key} ({@code CSTO_API_KEY}); blank refuses every write
 */
@ConfigurationProperties("csto")
public record CstoProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("") String apiKey) {

	public boolean writesEnabled() {
		return apiKey != null && !apiKey.isBlank();
	}

}
