package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.stereotype.Component;

/** Lets a write through only with the configured API key; with none configured, no write gets through. */
@Component
class ApiKeyGuard {

	private final CstoProperties properties;

	ApiKeyGuard(CstoProperties properties) {
		this.properties = properties;
	}

	/** @throws WriteRefusedException 403 when writes are disabled, 401 when the key is missing or wrong */
	void check(String presented) {
		if (!properties.writesEnabled()) {
			throw WriteRefusedException.writesDisabled();
		}
		if (presented == null || presented.isEmpty()) {
			throw WriteRefusedException.missingKey();
		}
		// Comparing digests in constant time tells an attacker neither the key's content nor its length.
		if (!MessageDigest.isEqual(digest(presented), digest(properties.apiKey()))) {
			throw WriteRefusedException.wrongKey();
		}
	}

	private static byte[] digest(String key) {
		return DocumentIngestService.sha256(key).getBytes(StandardCharsets.US_ASCII);
	}

}
