package org.cstofacts.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.cstofacts.version.ApplicationVersion;
import org.cstofacts.version.DataVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Strong ETags and conditional GETs for the API. A representation is fully determined by the data version,
 * the build, the URI with its query and the {@code Accept} header, so the tag is a digest of those: it costs
 * a hash of a short string per request, and a client whose tag still matches gets {@code 304} without the
 * controller (or the database) running at all.
 * <p>
 * Only successful answers carry the validators: an error must not be cached as if it were the resource.
 */
class ConditionalGetFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "no-cache";

	static final List<String> VARY = List.of(HttpHeaders.ACCEPT, HttpHeaders.ORIGIN);

	private final DataVersion dataVersion;

	private final ApplicationVersion applicationVersion;

	ConditionalGetFilter(DataVersion dataVersion, ApplicationVersion applicationVersion) {
		this.dataVersion = dataVersion;
		this.applicationVersion = applicationVersion;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		boolean read = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
		return !read || !ApiCorsConfigurationSource.isApi(request.getRequestURI()
			.substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String entityTag = entityTagOf(request);
		IfNoneMatch condition = IfNoneMatch.parse(request.getHeader(HttpHeaders.IF_NONE_MATCH));
		if (condition.matches(entityTag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			addValidators(response, entityTag);
			return;
		}
		if (condition.isAny()) {
			answerAnyMatch(request, response, chain, entityTag);
			return;
		}
		ValidatorsOnSuccess validated = new ValidatorsOnSuccess(response, entityTag);
		chain.doFilter(request, validated);
		validated.addValidatorsIfSuccessful();
	}

	/**
	 * {@code If-None-Match: *} asks for 304 whenever the resource exists, which only the controller knows: its
	 * answer is held back and replaced by 304 if it was a success.
	 */
	private void answerAnyMatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String entityTag) throws ServletException, IOException {
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, held);
		if (isSuccess(held.getStatus())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			addValidators(response, entityTag);
		}
		else {
			held.copyBodyToResponse();
		}
	}

	String entityTagOf(HttpServletRequest request) {
		String accept = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
		String key = String.join("\n", Long.toString(this.dataVersion.current()), this.applicationVersion.value(),
				request.getRequestURI(), String.valueOf(request.getQueryString()), accept);
		byte[] digest = sha256(key.getBytes(StandardCharsets.UTF_8));
		return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

	private static void addValidators(HttpServletResponse response, String entityTag) {
		response.setHeader(HttpHeaders.ETAG, entityTag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		String present = String.join(",", response.getHeaders(HttpHeaders.VARY)).toLowerCase(Locale.ROOT);
		for (String header : VARY) {
			if (!present.contains(header.toLowerCase(Locale.ROOT))) {
				response.addHeader(HttpHeaders.VARY, header);
			}
		}
	}

	private static boolean isSuccess(int status) {
		return status >= 200 && status < 300;
	}

	/**
	 * Adds the validators just before the first byte of a successful answer is written (or at the end, for an
	 * answer without a body), when the status is final but the headers can still be set.
	 */
	private static final class ValidatorsOnSuccess extends HttpServletResponseWrapper {

		private final String entityTag;

		private boolean decided;

		ValidatorsOnSuccess(HttpServletResponse response, String entityTag) {
			super(response);
			this.entityTag = entityTag;
		}

		void addValidatorsIfSuccessful() {
			if (this.decided || isCommitted()) {
				return;
			}
			this.decided = true;
			if (isSuccess(getStatus())) {
				addValidators((HttpServletResponse) getResponse(), this.entityTag);
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			addValidatorsIfSuccessful();
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			addValidatorsIfSuccessful();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			addValidatorsIfSuccessful();
			super.flushBuffer();
		}

	}

}
