package org.cstofacts.ingest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On start, brings stored facts up to the current extractor, then stores every article of the data directory
 * through the same ingest as the write API; then, unless {@code csto.data-dir.watch=false}, keeps looking at the
 * directory and stores each new or changed article once it is written.
 * <p>
 * It runs as a lifecycle phase before the web server starts, so the service never answers with the
 * articles half loaded.
 */
@Component
class DocumentLoader implements SmartLifecycle {

	/** Before the web server, which starts in a late phase. */
	private static final int BEFORE_THE_WEB_SERVER = 0;

	private static final int STOP_WAIT_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(DocumentLoader.class);

	private final DocumentIngestService ingest;

	private final DataDirProperties watching;

	private final DataDirectory directory;

	private volatile boolean running;

	private volatile ScheduledExecutorService watcher;

	DocumentLoader(DocumentIngestService ingest, ArticleReader reader, CstoProperties properties,
			DataDirProperties watching) {
		this.ingest = ingest;
		this.watching = watching;
		this.directory = new DataDirectory(properties.dataDir(), reader, ingest, watching.settleTime(),
				System::nanoTime);
	}

	@Override
	public void start() {
		int rebuilt = ingest.rebuildStale();
		if (rebuilt > 0) {
			log.info("Rebuilt the facts of {} stored documents with the current extractor", rebuilt);
		}
		directory.loadAll();
		if (watching.watch()) {
			watcher = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "data-dir-watcher");
				thread.setDaemon(true);
				return thread;
			});
			long interval = watching.pollInterval().toMillis();
			watcher.scheduleWithFixedDelay(this::loadChanged, interval, interval, TimeUnit.MILLISECONDS);
		}
		running = true;
	}

	/** A failure must not end the schedule: the next look tries again. */
	private void loadChanged() {
		try {
			directory.loadChanged();
		}
		catch (RuntimeException failure) {
			log.error("Could not look for new articles in the data directory: {}", failure.toString());
		}
	}

	/**
	 * Lets an ingest under way finish rather than interrupt it: an interrupt closes the file channel of an H2
	 * database.
	 */
	@Override
	public void stop() {
		if (watcher != null) {
			watcher.shutdown();
			try {
				if (!watcher.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
					log.warn("The data directory watcher did not finish its ingest within {} s", STOP_WAIT_SECONDS);
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			watcher = null;
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether new and changed files of the data directory are being stored while the service runs. */
	boolean isWatching() {
		return watcher != null;
	}

	@Override
	public int getPhase() {
		return BEFORE_THE_WEB_SERVER;
	}

}
