package org.cstofacts.cache;

import org.cstofacts.web.DataVersion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serves repeated reads from memory. The filter runs after the web package's conditional GET filter (order
 * {@code HIGHEST_PRECEDENCE + 2}), so a revalidation still ends in a 304 without a body, and an answer
 * replayed from the cache still gets its ETag, CORS and security headers from the filters before it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "csto.response-cache.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ResponseCacheProperties.class)
class ResponseCacheConfiguration {

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(DataVersion dataVersion,
			ResponseCacheProperties properties) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(dataVersion, properties.maxSize().toBytes(),
						(int) properties.maxEntrySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
