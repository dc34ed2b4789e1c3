package org.cstofacts.web;

import org.cstofacts.version.ApplicationVersion;
import org.cstofacts.version.DataVersion;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CorsFilter;

/**
 * The HTTP behaviour shared by every endpoint. Filters run in this order, after the response cache (first of all):
 * security headers (on every answer),
 * CORS (a refused origin never reaches anything else), then conditional GET.
 * <p>
 * Registering the filters here rather than as components keeps them out of other features' {@code @WebMvcTest}
 * slices, which would otherwise have to provide the data version.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties properties) {
		CorsFilter filter = new CorsFilter(new ApiCorsConfigurationSource(properties));
		filter.setCorsProcessor(new ProblemCorsProcessor());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConditionalGetFilter> conditionalGetFilter(DataVersion dataVersion,
			ApplicationVersion applicationVersion) {
		FilterRegistrationBean<ConditionalGetFilter> registration = new FilterRegistrationBean<>(
				new ConditionalGetFilter(dataVersion, applicationVersion));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/** Runs after Boot's own customizer, which installs Tomcat's HTML error report valve that this replaces. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportsCustomizer() {
		return new ProblemErrorReportsCustomizer();
	}

}
