package org.cstofacts.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstofacts.web.DataVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a repeated read of the API with the bytes of the first answer for as long as the data has not changed.
 * <p>
 * A GET under {@code /api} is fully determined by the data version, the URI with its query and the {@code Accept}
 * header (the ETags rest on the same fact), and reads far outnumber writes. Profiled under wrk
 * ({@code bench/reads.sh}), nearly all the time of a hot read went into JPA queries and mapping them to DTOs;
 * an answer from here costs a lookup and a copy.
 * <p>
 * The data version is part of the key: no answer of an older version is ever served, and the first request that
 * sees a new version drops the older answers. The version is read before the answer is computed, and a write
 * bumps it only after its commit, so an answer kept under a version never holds older data than that version.
 * <p>
 * Only {@code 200} answers are kept, with their media type and the headers the handler set, within a total size
 * (Caffeine evicts the least valuable first, so a flood of one-off queries cannot crowd out the hot reads).
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	/** Recomputed for every answer, or meaningless to replay. */
	private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "transfer-encoding",
			"date");

	/** How long a request waits for the same answer computed by another before computing its own. */
	private static final Duration SHARED_ANSWER_WAIT = Duration.ofSeconds(10);

	/** Per-client state: an answer that sets it is never shared. */
	private static final String SET_COOKIE = "set-cookie";

	private final DataVersion dataVersion;

	private final int maxEntryBytes;

	private final Cache<Key, Answer> answers;

	/**
	 * The reads being answered now, by key. After a write every hot read misses at once; the first request of
	 * each key computes the answer and the others wait for it, so the database sees one query per key and not
	 * one per waiting connection (measured under bench/load.sh: without this, reads timed out behind each write).
	 */
	private final ConcurrentMap<Key, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();

	/** The newest data version seen: every cached answer is of this version or about to be dropped. */
	private final AtomicLong newestVersion = new AtomicLong(Long.MIN_VALUE);

	ResponseCacheFilter(DataVersion dataVersion, long maxBytes, int maxEntryBytes) {
		this.dataVersion = dataVersion;
		this.maxEntryBytes = maxEntryBytes;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Answer answer) -> key.weight() + answer.weight())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !HttpMethod.GET.matches(request.getMethod()) || !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long version = this.dataVersion.current();
		dropAnswersBefore(version);
		Key key = Key.of(version, request);
		Answer cached = this.answers.getIfPresent(key);
		if (cached != null) {
			cached.replay(request, response);
			return;
		}
		CompletableFuture<Answer> mine = new CompletableFuture<>();
		CompletableFuture<Answer> earlier = this.computing.putIfAbsent(key, mine);
		if (earlier != null) {
			Answer shared = awaitQuietly(earlier);
			if (shared != null) {
				shared.replay(request, response);
			}
			else {
				answer(request, response, chain, key, version);
			}
			return;
		}
		try {
			mine.complete(answer(request, response, chain, key, version));
		}
		finally {
			mine.complete(null);
			this.computing.remove(key, mine);
		}
	}

	/** Runs the handler, keeps its answer if it may be shared, and returns it (null if not). */
	private Answer answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Key key,
			long version) throws ServletException, IOException {
		Set<String> headersBefore = lowerCase(response.getHeaderNames());
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		Map<String, List<String>> headers = headersAdded(recorder, headersBefore);
		Answer answer = null;
		if (isKept(recorder, headers)) {
			answer = new Answer(recorder.getContentAsByteArray(), recorder.getContentType(), headers,
					ServerHttpObservationFilter.findObservationContext(request)
						.map(ServerRequestObservationContext::getPathPattern)
						.orElse(null));
			if (version == this.dataVersion.current()) {
				this.answers.put(key, answer);
			}
		}
		recorder.copyBodyToResponse();
		return answer;
	}

	/** The answer another request is computing for the same key, or null if it cannot be shared or is late. */
	private static Answer awaitQuietly(CompletableFuture<Answer> computing) {
		try {
			return computing.get(SHARED_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private void dropAnswersBefore(long version) {
		long newest = this.newestVersion.get();
		if (version > newest && this.newestVersion.compareAndSet(newest, version)) {
			this.answers.invalidateAll();
		}
	}

	private boolean isKept(ContentCachingResponseWrapper recorder, Map<String, List<String>> headers) {
		return recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
				&& recorder.getContentSize() <= this.maxEntryBytes
				&& headers.keySet().stream().noneMatch(SET_COOKIE::equalsIgnoreCase);
	}

	private static Map<String, List<String>> headersAdded(HttpServletResponse response, Set<String> before) {
		Map<String, List<String>> added = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (!before.contains(lowerCase) && !NOT_REPLAYED.contains(lowerCase)) {
				added.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return added;
	}

	private static Set<String> lowerCase(Collection<String> names) {
		return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	/**
	 * What makes two reads the same: the same data, path, parameters and acceptable media types. Parameters rather
	 * than the raw query string, so that a request whose parameters arrive otherwise is never taken for another.
	 */
	private record Key(long version, String uri, Map<String, List<String>> parameters, String accept) {

		static Key of(long version, HttpServletRequest request) {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
			return new Key(version, request.getRequestURI(), parameters,
					String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
		}

		int weight() {
			int characters = this.uri.length() + this.accept.length();
			for (Map.Entry<String, List<String>> parameter : this.parameters.entrySet()) {
				characters += parameter.getKey().length();
				for (String value : parameter.getValue()) {
					characters += value.length() + 16;
				}
			}
			return 64 + 2 * characters;
		}

	}

	/** A successful answer as the handler wrote it, with the URI pattern it matched (for the request metrics). */
	private record Answer(byte[] body, String contentType, Map<String, List<String>> headers, String pathPattern) {

		int weight() {
			return 128 + this.body.length;
		}

		void replay(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (this.pathPattern != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent(context -> context.setPathPattern(this.pathPattern));
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			this.headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
