package org.cstofacts.kernel.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the API is published ({@code csto.public-base-url}, e.g. {@code https://facts.example.org}): what the service
 * serves names itself by it, in the OpenAPI document's server and the ids of the JSON-LD export. Empty by default,
 * and then both are relative to wherever the service was reached. Never taken from a request, whose Host header
 * any client chooses.
 *
 * @param publicBaseUrl an absolute http(s) URL without query or fragment, or empty
 */
@ConfigurationProperties("csto")
public record PublicAddress(@DefaultValue("") String publicBaseUrl) {

	public PublicAddress {
		publicBaseUrl = publicBaseUrl.strip();
		while (publicBaseUrl.endsWith("/")) {
			publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
		}
		if (!publicBaseUrl.isEmpty()) {
			URI url = URI.create(publicBaseUrl);
			if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null
					|| url.getQuery() != null || url.getFragment() != null) {
				throw new IllegalArgumentException(
						"csto.public-base-url must be an http or https URL without query or fragment, was " + publicBaseUrl);
			}
		}
	}

	/** The address of {@code path} (which starts with a slash): absolute when configured, else relative to the service. */
	public String of(String path) {
		return this.publicBaseUrl + path;
	}

	/** The server of the OpenAPI document: the configured URL, or {@code /}, the host the document was read from. */
	public String server() {
		return this.publicBaseUrl.isEmpty() ? "/" : this.publicBaseUrl;
	}

}
