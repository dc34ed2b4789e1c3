package org.cstofacts.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.cstofacts.document.DocumentSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles of the data directory, and which version of each was read: every {@code *.txt}, {@code *.html} and
 * {@code *.htm} file but hidden ones (editors and copy tools write their temporary files as {@code .name...},
 * {@code name~}, {@code name.part}, which the name rules leave out too). A file that cannot be read is logged and
 * skipped, once per version of it: one bad article never stops the others.
 * <p>
 * A file is known by its size and modification time. A new or changed one is read once it has kept both for the
 * settle time, so that a file still being written is not read half-way; one that changes while it is read is
 * read again. Thread-confined: the loader, then the watcher's one thread, use it in turn.
 */
class DataDirectory {

	private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

	private record Stamp(long size, FileTime modified) {
	}

	private record Pending(Stamp stamp, long seenAtNanos) {
	}

	private final Path directory;

	private final ArticleReader reader;

	private final DocumentIngestService ingest;

	private final long settleNanos;

	private final LongSupplier nanoTime;

	/** The stamp of each file when it was last read. */
	private final Map<Path, Stamp> read = new HashMap<>();

	/** New or changed files waiting to settle, with the stamp they had when first seen so. */
	private final Map<Path, Pending> pending = new HashMap<>();

	/**
	 * @param nanoTime the clock the settle time is measured by ({@code System::nanoTime})
	 */
	DataDirectory(Path directory, ArticleReader reader, DocumentIngestService ingest, Duration settleTime,
			LongSupplier nanoTime) {
		this.directory = directory;
		this.reader = reader;
		this.ingest = ingest;
		this.settleNanos = settleTime.toNanos();
		this.nanoTime = nanoTime;
	}

	/** Reads every article at once, in name order: on start, before the service answers. */
	void loadAll() {
		if (!Files.isDirectory(directory)) {
			log.warn("Data directory {} does not exist: no articles loaded", directory.toAbsolutePath());
			return;
		}
		for (Path file : articles()) {
			Stamp stamp = stamp(file);
			if (stamp != null) {
				load(file, stamp);
			}
		}
	}

	/** Reads the articles that are new or changed since they were last read and have settled. */
	void loadChanged() {
		List<Path> articles = articles();
		Set<Path> present = Set.copyOf(articles);
		read.keySet().retainAll(present);
		pending.keySet().retainAll(present);
		long now = nanoTime.getAsLong();
		for (Path file : articles) {
			Stamp stamp = stamp(file);
			if (stamp == null || stamp.equals(read.get(file))) {
				pending.remove(file);
				continue;
			}
			Pending seen = pending.get(file);
			if (seen == null || !seen.stamp().equals(stamp)) {
				pending.put(file, new Pending(stamp, now));
			}
			else if (now - seen.seenAtNanos() >= settleNanos) {
				pending.remove(file);
				load(file, stamp);
			}
		}
	}

	/** Records the stamp taken before reading: a write while it is read changes the file's stamp again. */
	private void load(Path file, Stamp stamp) {
		read.put(file, stamp);
		String name = file.getFileName().toString();
		try {
			IngestResult result = ingest.ingest(reader.file(file));
			DocumentSummary document = result.document();
			log.info("{} {}: document {} \"{}\", {}", result.created() ? "Stored" : "Already stored", name,
					document.id(), document.title(), document.factCounts());
		}
		catch (IOException | RuntimeException failure) {
			log.error("Skipped {}: {}", name, failure.getMessage() != null ? failure.getMessage() : failure.toString());
		}
	}

	private List<Path> articles() {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> isArticle(file.getFileName().toString()))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (NoSuchFileException gone) {
			return List.of();
		}
		catch (IOException unreadable) {
			log.error("Cannot list data directory {}: {}", directory.toAbsolutePath(), unreadable.toString());
			return List.of();
		}
	}

	static boolean isArticle(String name) {
		return !name.startsWith(".") && ArticleReader.isArticleFile(name);
	}

	private static Stamp stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new Stamp(attributes.size(), attributes.lastModifiedTime());
		}
		catch (IOException gone) {
			return null;
		}
	}

}
