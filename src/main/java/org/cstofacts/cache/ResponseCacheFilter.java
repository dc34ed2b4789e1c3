package org.cstofacts.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstofacts.version.CacheStatus;
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
 * Nothing else of a request changes a successful answer: not the host it names ({@code Host}, {@code X-Forwarded-*}),
 * since links name the service by {@code csto.public-base-url} or relative to it; not the API key, which reads
 * ignore; nor {@code Accept-Encoding}, since Tomcat compresses (when told to) below the filters, and never an answer
 * with a strong ETag, which every kept answer has ({@code ResponseCachePoisoningTest} tries each).
 * Profiled under wrk ({@code bench/reads.sh}), nearly all the time of a hot read went into JPA queries and mapping
 * them to DTOs; an answer from here costs a lookup and a copy.
 * <p>
 * It is the first filter: an answer is kept with every header the other filters set (ETag, CORS, security headers),
 * so a hit runs none of them. Profiled again with the cache after them, those filters (request metrics, an ETag
 * digest per request, CORS, security headers) took most of the time of a hit. Hits are counted by the cache's own
 * metrics ({@code cache.gets}, name {@code api-answers}) rather than the request metrics. A conditional request
 * ({@code If-None-Match}) is not answered from here: the ETag filter answers it, with a 304 and no body.
 * <p>
 * Each read keeps its newest answer with the data version it was computed under, and only an answer of the current
 * version is served: the first request that sees a new version computes the answer again. The version is read
 * before the answer is computed, and a write bumps it only after its commit, so an answer kept under a version never
 * holds older data than that version.
 * <p>
 * While the database does not answer, the current version cannot be known: the newest answer of each read is served
 * whatever its version, marked by a {@code Cache-Status} field ({@link CacheStatus}), and a read the service never
 * answered fails fast in the handler. Keeping answers across versions is what makes that possible under writes,
 * which change the version several times a second.
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

	/**
	 * The newest answer of each read, and the reads being answered now: after a write every hot read misses at
	 * once; the first request of each read computes the answer and the others wait for its future, so the database
	 * sees one query per read and not one per waiting connection (measured under bench/load.sh: without this, reads
	 * timed out behind each write). A computation that ends without an answer to share leaves the answer before it.
	 */
	private final AsyncCache<Key, Answer> answers;

	/** Hits and misses as this filter counts them: a kept answer of another version is a miss. */
	private final StatsCounter lookups = new ConcurrentStatsCounter();

	private final boolean enabled;

	ResponseCacheFilter(DataVersion dataVersion, ResponseCacheProperties properties) {
		this.dataVersion = dataVersion;
		this.enabled = properties.enabled();
		this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxEntrySize().toBytes());
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((Key key, Answer answer) -> key.weight() + answer.weight())
			.recordStats(() -> this.lookups)
			.buildAsync();
	}

	Cache<?, ?> answers() {
		return this.answers.synchronous();
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
		Optional<Duration> unconfirmed = this.dataVersion.unconfirmedFor();
		Key key = Key.of(request);
		Answer held = doneOrNull(this.answers.asMap().get(key));
		if (held != null && (held.version() == version || unconfirmed.isPresent())) {
			this.lookups.recordHits(1);
			if (unconfirmed.isPresent()) {
				Duration stale = (held.version() == version) ? unconfirmed.get() : held.age();
				response.setHeader(CacheStatus.HEADER, CacheStatus.stale(stale));
			}
			held.replay(response);
			return;
		}
		this.lookups.recordMisses(1);
		if (unconfirmed.isPresent()) {
			chain.doFilter(request, response);
			return;
		}
		Computing mine = new Computing(version);
		CompletableFuture<Answer> current = this.answers.asMap()
			.compute(key, (ignored, existing) -> isFor(version, existing) ? existing : mine.after(existing));
		if (current != mine) {
			Answer shared = awaitQuietly(current);
			if (shared != null && shared.version() == version) {
				shared.replay(response);
			}
			else {
				answer(request, response, chain, version);
			}
			return;
		}
		try {
			Answer computed = answer(request, response, chain, version);
			mine.complete((computed != null) ? computed : mine.previous);
		}
		finally {
			mine.complete(mine.previous);
		}
	}

	/** Runs the handler and returns its answer if it may be shared, else null. */
	private Answer answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long version)
			throws ServletException, IOException {
		Set<String> headersBefore = lowerCase(response.getHeaderNames());
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		Map<String, List<String>> headers = headersAdded(recorder, headersBefore);
		Answer answer = isKept(recorder, headers) ? new Answer(recorder.getContentAsByteArray(),
				recorder.getContentType(), headers, version, System.nanoTime()) : null;
		recorder.copyBodyToResponse();
		return answer;
	}

	/** Whether the future holds or computes the answer of this version. */
	private static boolean isFor(long version, CompletableFuture<Answer> future) {
		if (future instanceof Computing computing && !computing.isDone()) {
			return computing.version == version;
		}
		Answer done = doneOrNull(future);
		return done != null && done.version() == version;
	}

	private static Answer doneOrNull(CompletableFuture<Answer> future) {
		return (future != null && future.isDone() && !future.isCompletedExceptionally()) ? future.join() : null;
	}

	/** The answer another request is computing for the same read, or null if it cannot be shared or is late. */
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
	 * What makes two reads the same: the same path, parameters, acceptable media types and origin. Parameters rather
	 * than the raw query string, so that a request whose parameters arrive otherwise is never taken for another.
	 */
	private record Key(String uri, Map<String, List<String>> parameters, String accept, String origin) {

		static Key of(HttpServletRequest request) {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
			return new Key(request.getRequestURI(), parameters,
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

	/**
	 * A successful answer as the filters and the handler wrote it, with the data version it was computed under and
	 * when, in {@link System#nanoTime()}.
	 */
	private record Answer(byte[] body, String contentType, Map<String, List<String>> headers, long version,
			long computedAt) {

		int weight() {
			return 128 + this.body.length;
		}

		/** How long ago the answer was last known to match the data: when it was computed, at the latest. */
		Duration age() {
			return Duration.ofNanos(System.nanoTime() - this.computedAt);
		}

		void replay(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			this.headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

	/**
	 * The answer of a version being computed; it ends with that answer, or, if there is none to share, with the one
	 * kept before it, which stays for when the database is away.
	 */
	private static final class Computing extends CompletableFuture<Answer> {

		private final long version;

		private Answer previous;

		Computing(long version) {
			this.version = version;
		}

		/** Takes over the answer kept before, or the one an unfinished computation took over itself. */
		Computing after(CompletableFuture<Answer> existing) {
			this.previous = (existing instanceof Computing earlier && !earlier.isDone()) ? earlier.previous
					: doneOrNull(existing);
			return this;
		}

	}

}
