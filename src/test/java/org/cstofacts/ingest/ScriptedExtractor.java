package org.cstofacts.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cstofacts.extraction.ArticleExtractor;
import org.cstofacts.extraction.ArticleFacts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An extractor that gives the facts a test wrote for each text, so that storage, merging and the API are
 * tested apart from what the real extractor reads. A text without a script gives only its title.
 */
public class ScriptedExtractor implements ArticleExtractor {

	private final Map<String, ArticleFacts> scripts = new ConcurrentHashMap<>();

	private volatile String version = "scripted-1";

	/** Registers the facts and returns the text, so a test can write {@code ingest(extractor.script(facts))}. */
	public String script(TestArticle article) {
		scripts.put(article.text(), article.facts());
		return article.text();
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public void forgetScripts() {
		scripts.clear();
	}

	@Override
	public String version() {
		return version;
	}

	@Override
	public ArticleFacts extract(String text) {
		return scripts.getOrDefault(text, new ArticleFacts(new ArticleFacts.Metadata(text.lines().findFirst().orElse(""),
				null, null, null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
	}

	/** Replaces the real extractor in a test's application context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		ScriptedExtractor scriptedExtractor() {
			return new ScriptedExtractor();
		}

	}

}
