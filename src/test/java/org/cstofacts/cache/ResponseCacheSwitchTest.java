package org.cstofacts.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.cstofacts.version.DataVersion;
import org.cstofacts.version.DataVersionProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The switch is read by the filter itself, so it holds in an AOT-processed jar as well. */
class ResponseCacheSwitchTest {

	private final AtomicInteger handled = new AtomicInteger();

	private final HttpServlet api = new HttpServlet() {
		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
			handled.incrementAndGet();
			response.setContentType("application/json");
			response.getWriter().write("{\"answer\":" + handled.get() + "}");
		}
	};

	@Test
	void anEnabledCacheAnswersTheSecondReadItself() throws Exception {
		ResponseCacheFilter filter = filter(true);

		String first = read(filter);
		String second = read(filter);

		assertThat(handled).hasValue(1);
		assertThat(second).isEqualTo(first);
	}

	@Test
	void aDisabledCacheLetsEveryReadThrough() throws Exception {
		ResponseCacheFilter filter = filter(false);

		read(filter);
		String second = read(filter);

		assertThat(handled).hasValue(2);
		assertThat(second).isEqualTo("{\"answer\":2}");
	}

	private static ResponseCacheFilter filter(boolean enabled) {
		return new ResponseCacheFilter(new DataVersion(null, new DataVersionProperties(Duration.ZERO)),
				new ResponseCacheProperties(enabled, DataSize.ofMegabytes(1), DataSize.ofKilobytes(64)));
	}

	private String read(ResponseCacheFilter filter) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(api));
		return response.getContentAsString();
	}

}
