package org.cstofacts.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cstofacts.document.DocumentSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On start, brings stored facts up to the current extractor, then stores every {@code *.txt} article of the
 * data directory through the same ingest as the write API. A file that cannot be read is logged and
 * skipped: one bad article never keeps the service from starting.
 * <p>
 * It runs as a lifecycle phase before the web server starts, so the service never answers with the
 * articles half loaded.
 */
@Component
class DocumentLoader implements SmartLifecycle {

	/** Before the web server, which starts in a late phase. */
	private static final int BEFORE_THE_WEB_SERVER = 0;

	private volatile boolean running;

	private static final Logger log = LoggerFactory.getLogger(DocumentLoader.class);

	private final DocumentIngestService ingest;

	private final CstoProperties properties;

	DocumentLoader(DocumentIngestService ingest, CstoProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	@Override
	public void start() {
		int rebuilt = ingest.rebuildStale();
		if (rebuilt > 0) {
			log.info("Rebuilt the facts of {} stored documents with the current extractor", rebuilt);
		}
		articles().forEach(this::load);
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return BEFORE_THE_WEB_SERVER;
	}

	private List<Path> articles() {
		Path directory = properties.dataDir();
		if (!Files.isDirectory(directory)) {
			log.warn("Data directory {} does not exist: no articles loaded", directory.toAbsolutePath());
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException unreadable) {
			log.error("Cannot list data directory {}: {}", directory.toAbsolutePath(), unreadable.toString());
			return List.of();
		}
	}

	private void load(Path file) {
		String name = file.getFileName().toString();
		try {
			String text = ArticleText.decode(Files.readAllBytes(file), StandardCharsets.UTF_8);
			IngestResult result = ingest.ingest(text, name);
			DocumentSummary document = result.document();
			log.info("{} {}: document {} \"{}\", {}", result.created() ? "Stored" : "Already stored", name,
					document.id(), document.title(), document.factCounts());
		}
		catch (IOException | RuntimeException failure) {
			log.error("Skipped {}: {}", name, failure.getMessage() != null ? failure.getMessage() : failure.toString());
		}
	}

}
