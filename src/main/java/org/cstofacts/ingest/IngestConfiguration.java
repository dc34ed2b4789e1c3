package org.cstofacts.ingest;

import java.time.Clock;

import org.cstofacts.extraction.ArticleExtractor;
import org.cstofacts.extraction.ExtractionPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	ArticleExtractor articleExtractor() {
		return ExtractionPipeline.standard();
	}

	/** In UTC: the time an article was stored is kept as a UTC wall time and served as an instant. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
