import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cstofacts.extraction.ArticleExtractor;
import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.extraction.ExtractionPipeline;

/**
 * Articles per second through the extraction pipeline alone: no HTTP, no database. Run on the compiled classes:
 *
 * <pre>java -cp target/classes bench/ExtractionThroughput.java WARMUP_SECONDS MEASURE_SECONDS ARTICLE...</pre>
 *
 * Reads the articles round robin on one thread, first for the warm-up (so the JIT has compiled the pipeline),
 * then for the measured seconds, and prints one RESULT line.
 */
public class ExtractionThroughput {

	public static void main(String[] args) throws IOException {
		double warmup = Double.parseDouble(args[0]);
		double measure = Double.parseDouble(args[1]);
		List<String> articles = new ArrayList<>();
		long chars = 0;
		for (int i = 2; i < args.length; i++) {
			String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
			articles.add(text);
			chars += text.length();
		}
		ArticleExtractor extractor = ExtractionPipeline.standard();
		run(extractor, articles, warmup);
		Run measured = run(extractor, articles, measure);
		double seconds = measured.nanos() / 1e9;
		System.out.printf("RESULT articles=%d distinct=%d mean_chars=%d seconds=%.1f articles_per_s=%.1f ms_per_article=%.3f facts=%d%n",
				measured.articles(), articles.size(), chars / articles.size(), seconds, measured.articles() / seconds,
				1000 * seconds / measured.articles(), measured.facts());
	}

	private static Run run(ArticleExtractor extractor, List<String> articles, double seconds) {
		long start = System.nanoTime();
		long deadline = start + (long) (seconds * 1e9);
		long count = 0;
		long facts = 0;
		while (System.nanoTime() < deadline) {
			ArticleFacts read = extractor.extract(articles.get((int) (count % articles.size())));
			facts += read.countries().size() + read.people().size() + read.events().size() + read.statements().size();
			count++;
		}
		return new Run(count, System.nanoTime() - start, facts);
	}

	private record Run(long articles, long nanos, long facts) {
	}

}
