package org.cstofacts.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.cstofacts.country.CountryService;
import org.cstofacts.ingest.DocumentIngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A repeated read is answered from memory with exactly the first answer, reads that miss together are computed
 * once, and a write is seen by the very next read.
 */
@SpringBootTest(properties = "csto.data-dir=data")
@AutoConfigureMockMvc
@DirtiesContext
class ResponseCacheTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DocumentIngestService ingest;

	@Autowired
	private MeterRegistry meters;

	@MockitoSpyBean
	private CountryService countries;

	@Test
	void aRepeatedReadIsAnsweredWithoutRunningTheControllerAgain() throws Exception {
		MockHttpServletResponse first = read("/api/member-states?size=5", "application/json");
		clearInvocations(countries);

		MockHttpServletResponse again = read("/api/member-states?size=5", "application/json");

		verify(countries, times(0)).memberStates(any(Pageable.class));
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		assertThat(again.getContentType()).isEqualTo(first.getContentType());
		for (String header : List.of("ETag", "Cache-Control", "Vary", "X-Content-Type-Options",
				"Content-Security-Policy", "Referrer-Policy")) {
			assertThat(again.getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
		}
	}

	@Test
	void anotherQueryOrMediaTypeIsAnotherAnswer() throws Exception {
		read("/api/member-states?size=5", "application/json");
		clearInvocations(countries);

		read("/api/member-states?size=4", "application/json");
		read("/api/member-states?size=5", "application/json, */*");

		verify(countries, times(2)).memberStates(any(Pageable.class));
		assertThat(read("/api/export?collection=countries", "text/csv").getContentType()).startsWith("text/csv");
		assertThat(read("/api/export?collection=countries", "text/csv").getContentType()).startsWith("text/csv");
	}

	@Test
	void theReadAfterAWriteSeesTheWrite() throws Exception {
		String before = read("/api", "application/json").getContentAsString();
		String etagBefore = read("/api/documents", "application/json").getHeader("ETag");

		ingest.ingest(article("csto-summit-2017-11-30.txt"), "cache-test");

		String after = read("/api", "application/json").getContentAsString();
		assertThat(after).isNotEqualTo(before);
		assertThat(read("/api/documents", "application/json").getHeader("ETag")).isNotEqualTo(etagBefore);
		assertThat(read("/api/documents", "application/json").getContentAsString()).contains("cache-test");
	}

	@Test
	void aReadFromABrowserOnAnotherOriginGetsItsCorsHeadersThoughTheSameReadWithoutOriginIsKept() throws Exception {
		assertThat(read("/api/member-states?size=2", "application/json").getHeader("Access-Control-Allow-Origin"))
			.isNull();

		MockHttpServletResponse fromBrowser = mvc
			.perform(get("/api/member-states?size=2").header("Accept", "application/json")
				.header("Origin", "https://frontend.example"))
			.andReturn()
			.getResponse();

		assertThat(fromBrowser.getStatus()).isEqualTo(200);
		assertThat(fromBrowser.getHeader("Access-Control-Allow-Origin")).isNotNull();
	}

	@Test
	void aRevalidationOfAKeptAnswerIsNotModifiedAndHasNoBody() throws Exception {
		String etag = read("/api/member-states?size=6", "application/json").getHeader("ETag");
		read("/api/member-states?size=6", "application/json");

		MockHttpServletResponse revalidated = mvc
			.perform(get("/api/member-states?size=6").header("Accept", "application/json").header("If-None-Match", etag))
			.andReturn()
			.getResponse();

		assertThat(revalidated.getStatus()).isEqualTo(304);
		assertThat(revalidated.getContentAsByteArray()).isEmpty();
		assertThat(revalidated.getHeader("ETag")).isEqualTo(etag);
	}

	@Test
	void hitsAndMissesAreCountedInTheCacheMetrics() throws Exception {
		double hitsBefore = cacheGets("hit");
		double missesBefore = cacheGets("miss");

		read("/api/member-states?size=7", "application/json");
		read("/api/member-states?size=7", "application/json");
		read("/api/member-states?size=7", "application/json");

		assertThat(cacheGets("miss") - missesBefore).isEqualTo(1);
		assertThat(cacheGets("hit") - hitsBefore).isEqualTo(2);
	}

	@Test
	void errorsAreNotKept() throws Exception {
		assertThat(read("/api/member-states/XXX", "application/json").getStatus()).isEqualTo(404);
		clearInvocations(countries);

		assertThat(read("/api/member-states/XXX", "application/json").getStatus()).isEqualTo(404);

		verify(countries).memberState("XXX");
	}

	@Test
	void readsThatMissTogetherRunTheControllerOnceAndShareItsAnswer() throws Exception {
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		doAnswer(invocation -> {
			entered.countDown();
			release.await(10, TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(countries).memberStates(any(Pageable.class));
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int client = 0; client < 4; client++) {
				answers.add(clients.submit(() -> read("/api/member-states?size=3", "application/json")));
			}
			assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
			// the other three arrive while the first is held in the controller
			Thread.sleep(1000);
			release.countDown();

			byte[] first = answers.get(0).get(10, TimeUnit.SECONDS).getContentAsByteArray();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
				assertThat(answer.get().getContentAsByteArray()).isEqualTo(first);
			}
			verify(countries, times(1)).memberStates(any(Pageable.class));
		}
		finally {
			release.countDown();
			clients.shutdownNow();
		}
	}

	private double cacheGets(String result) {
		return meters.get("cache.gets").tag("cache", ResponseCacheConfiguration.METRICS_NAME).tag("result", result)
			.functionCounter()
			.count();
	}

	private MockHttpServletResponse read(String uri, String accept) throws Exception {
		return mvc.perform(get(uri).header("Accept", accept)).andReturn().getResponse();
	}

	private static String article(String name) throws IOException {
		try (InputStream in = ResponseCacheTest.class.getResourceAsStream("/articles/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
