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

import org.cstofacts.version.DataVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a repeated read of the API with the bytes of the first answer for as long as the data has not changed.
 * <p>
 * A GET under {@code /api} is fully determined by the data version, the URI with its query, the {@code Accept}
 * header and, for CORS, the {@code Origin} header (the ETags rest on the same fact), and reads far outnumber writes.
 * Profiled under wrk ({@code bench/reads.sh}), nearly all the time of a hot read went into JPA queries and mapping
 * them to DTOs; an answer from here costs a lookup and a copy.
 * <p>
 * It is the first filter: an answer is kept with every header the other filters set (ETag, CORS, security headers),
 * so a hit runs none of them. Profiled again with the cache after them, those filters (request metrics, an ETag
 * digest per request, CORS, security headers) took most of the time of a hit. Hits are counted by the cache's own
 * metrics ({@code cache.gets}, name {@code api-answers}) rather than the request metrics. A conditional request
 * ({@code If-None-Match}) is not answered from here: the ETag filter answers it, with a 304 and no body.
 * <p>
 * The data version is part of the key: no answer of an older version is ever served, and the first request that
 * sees a new version drops the older answers. The version is read before the answer is computed, and a write
 * bumps it only after its commit, so an answer kept under a version never holds older data than that version.
 * <p>
 * Only {@code 200} answers are kept, with their media type and the headers set while computing them, within a total
 * size (Caffeine evicts the least valuable first, so a flood of one-off queries cannot crowd out the hot reads).
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

	private final boolean enabled;

	ResponseCacheFilter(DataVersion dataVersion, ResponseCacheProperties properties) {
		this.dataVersion = dataVersion;
		this.enabled = properties.enabled();
		this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxEntrySize().toBytes());
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((Key key, Answer answer) -> key.weight() + answer.weight())
			.recordStats()
			.build();
	}

	Cache<?, ?> answers() {
		return this.answers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.enabled || !HttpMethod.GET.matches(request.getMethod())
				|| request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/api") || path.startsWith("/api/"));
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
			answer = new Answer(recorder.getContentAsByteArray(), recorder.getContentType(), headers);
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
	 * What makes two reads the same: the same data, path, parameters, acceptable media types and origin. Parameters
	 * rather than the raw query string, so that a request whose parameters arrive otherwise is never taken for another.
	 */
	private record Key(long version, String uri, Map<String, List<String>> parameters, String accept, String origin) {

		static Key of(long version, HttpServletRequest request) {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
			return new Key(version, request.getRequestURI(), parameters,
					String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT))),
					String.join(",", Collections.list(request.getHeaders(HttpHeaders.ORIGIN))));
		}

		int weight() {
			int characters = this.uri.length() + this.accept.length() + this.origin.length();
			for (Map.Entry<String, List<String>> parameter : this.parameters.entrySet()) {
				characters += parameter.getKey().length();
				for (String value : parameter.getValue()) {
					characters += value.length() + 16;
				}
			}
			return 64 + 2 * characters;
		}

	}

	/** A successful answer as the filters and the handler wrote it. */
	private record Answer(byte[] body, String contentType, Map<String, List<String>> headers) {

		int weight() {
			return 128 + this.body.length;
		}

		void replay(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			this.headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
