package org.cstofacts.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.cstofacts.version.DataVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serves repeated reads from memory. The filter runs first of all, so that a hit runs no other filter; a miss runs
 * them all and keeps the headers they set. The switch ({@code csto.response-cache.enabled}) is read when the filter
 * runs rather than by a condition on this class, which would be decided once at build time in an AOT-processed jar.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResponseCacheProperties.class)
class ResponseCacheConfiguration {

	static final String METRICS_NAME = "api-answers";

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(DataVersion dataVersion,
			ResponseCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
		ResponseCacheFilter filter = new ResponseCacheFilter(dataVersion, properties);
		meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, filter.answers(), METRICS_NAME));
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
