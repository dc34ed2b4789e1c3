package org.cstofacts.extraction;

import java.util.List;

/**
 * The chain of extraction stages. Work in progress: for now it reads only the title line.
 */
public final class ExtractionPipeline implements ArticleExtractor {

	public static ExtractionPipeline standard() {
		return new ExtractionPipeline();
	}

	@Override
	public String version() {
		return "0";
	}

	@Override
	public ArticleFacts extract(String text) {
		String title = text.strip().lines().findFirst().orElse("");
		return new ArticleFacts(new ArticleFacts.Metadata(title, null, null, null, null), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

}
