package org.cstofacts.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cstofacts.document.DocumentSummary;
import org.cstofacts.document.ExtractedCounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Which files of the data directory are read, and when: on a clock the test moves, so that "settled" and "still
 * being written" are decided without waiting.
 */
class DataDirectoryTest {

	private static final Duration SETTLE = Duration.ofSeconds(1);

	@TempDir
	Path data;

	private final List<Article> read = new ArrayList<>();

	private long now;

	private DataDirectory directory;

	@BeforeEach
	void watchTheDirectory() {
		DocumentIngestService ingest = mock(DocumentIngestService.class);
		given(ingest.ingest(any(Article.class))).willAnswer(call -> {
			read.add(call.getArgument(0));
			return new IngestResult(new DocumentSummary(1L, null, null, null, null, null, null, "a".repeat(64),
					Instant.EPOCH, "1", new ExtractedCounts(0, 0, 0, 0, 0)), true);
		});
		directory = new DataDirectory(data, new ArticleReader(), ingest, SETTLE, () -> now);
	}

	private void later(Duration duration) {
		now += duration.toNanos();
	}

	private List<String> texts() {
		return read.stream().map(Article::text).toList();
	}

	@Test
	void aNewFileIsReadOnceItHasKeptItsSizeAndTimeForTheSettleTime() throws IOException {
		directory.loadAll();
		Files.writeString(data.resolve("new.txt"), "New Article\n\nText.\n");

		directory.loadChanged();
		later(SETTLE.minusMillis(1));
		directory.loadChanged();
		assertThat(read).as("before it settled").isEmpty();

		later(Duration.ofMillis(1));
		directory.loadChanged();
		assertThat(texts()).containsExactly("New Article\n\nText.\n");
		assertThat(read.get(0).sourceName()).isEqualTo("new.txt");
	}

	@Test
	void aFileStillBeingWrittenIsNotReadHalfWay() throws IOException {
		directory.loadAll();
		Path file = data.resolve("growing.txt");
		Files.writeString(file, "Growing Article\n\nFirst half");

		for (int part = 0; part < 5; part++) {
			directory.loadChanged();
			later(SETTLE.dividedBy(2));
			Files.writeString(file, ", more", StandardOpenOption.APPEND);
		}
		directory.loadChanged();
		assertThat(read).as("while it grows").isEmpty();

		later(SETTLE);
		directory.loadChanged();
		assertThat(texts()).containsExactly("Growing Article\n\nFirst half, more, more, more, more, more");
	}

	@Test
	void aFileIsReadAgainWhenItChangesAndNotWhenItDoesNot() throws IOException {
		Path file = data.resolve("article.txt");
		Files.writeString(file, "First Version\n\nText.\n");
		directory.loadAll();
		settle();
		assertThat(texts()).containsExactly("First Version\n\nText.\n");

		Files.writeString(file, "Second Version\n\nLonger text.\n");
		settle();

		assertThat(texts()).containsExactly("First Version\n\nText.\n", "Second Version\n\nLonger text.\n");
	}

	@Test
	void pagesAreReadAsPagesAndHiddenOrTemporaryFilesNotAtAll() throws IOException {
		directory.loadAll();
		Files.write(data.resolve("page.html"), PagesAndBatchesApiTest.page("utf-8-bom.html"));
		for (String temporary : new String[] { ".hidden.txt", "copy.txt.part", "article.txt~", "notes.md",
				"download.html.crdownload", ".~lock.page.htm#" }) {
			Files.writeString(data.resolve(temporary), "Not An Article\n\nText.\n");
		}
		settle();

		assertThat(read).singleElement().satisfies(page -> {
			assertThat(page.text()).startsWith("Музей озера снова открыт после ремонта");
			assertThat(page.original().mediaType()).isEqualTo("text/html;charset=UTF-8");
		});
	}

	@Test
	void aFileThatCannotBeReadIsSkippedAndTheOthersAreRead() throws IOException {
		directory.loadAll();
		Files.write(data.resolve("a-latin1.txt"), "Zürich Talks\n\nRésumé.\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(data.resolve("b-good.txt"), "Good Article\n\nText.\n");
		settle();
		settle();

		assertThat(texts()).containsExactly("Good Article\n\nText.\n");
	}

	/** Two looks a settle time apart: what is new is seen, then read. */
	private void settle() {
		directory.loadChanged();
		later(SETTLE);
		directory.loadChanged();
	}

}
