package org.cstofacts.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the API and its OpenAPI document: reading is open to the configured read origins, writing only to
 * the write origins. The policy is chosen by the request's {@code Origin} because a path-based source cannot
 * tell a read from a write to the same path.
 */
class ApiCorsConfigurationSource implements CorsConfigurationSource {

	private static final List<String> READ_METHODS = List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name());

	private static final List<String> WRITE_METHODS = List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
			HttpMethod.POST.name(), HttpMethod.DELETE.name());

	private static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION);

	private static final Duration PREFLIGHT_CACHE = Duration.ofHours(1);

	private final CorsConfiguration read;

	private final CorsConfiguration write;

	ApiCorsConfigurationSource(CorsProperties properties) {
		this.read = configuration(properties.allowedOrigins(), READ_METHODS, List.of(HttpHeaders.IF_NONE_MATCH));
		this.write = configuration(properties.writeOrigins(), WRITE_METHODS,
				List.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.CONTENT_TYPE, "X-API-Key"));
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!isApi(path) && !path.startsWith("/v3/api-docs")) {
			return null;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return (origin != null && this.write.checkOrigin(origin) != null) ? this.write : this.read;
	}

	static boolean isApi(String path) {
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static CorsConfiguration configuration(List<String> origins, List<String> methods,
			List<String> headers) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(origins);
		configuration.setAllowedMethods(methods);
		configuration.setAllowedHeaders(headers);
		configuration.setExposedHeaders(EXPOSED_HEADERS);
		configuration.setMaxAge(PREFLIGHT_CACHE);
		return configuration;
	}

}
