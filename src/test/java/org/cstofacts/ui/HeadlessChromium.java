package org.cstofacts.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Debian Chromium for every browser test of the run, started on first use and quit when the run
 * ends: starting a browser costs seconds on two cores. The driver and the browser are the system's own, so
 * Selenium never downloads one. Without them the tests are skipped, saying why.
 */
class HeadlessChromium implements BeforeEachCallback, ParameterResolver {

	static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** Each test, not the class, is skipped, so that every report counts the skipped tests and shows the reason. */
	@Override
	public void beforeEach(ExtensionContext context) {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Browser tests skipped: they need Debian's chromium and chromium-driver (/usr/bin/chromium and "
						+ "/usr/bin/chromedriver); install them with apt-get install chromium chromium-driver");
		browser(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ChromeDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context).driver;
	}

	private static Browser browser(ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(HeadlessChromium.class))
			.computeIfAbsent(Browser.class, type -> Browser.start(), Browser.class);
	}

	/** Closed by JUnit at the end of the run, with the profile directory it used. */
	private record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {

		static Browser start() {
			try {
				Path profile = Files.createTempDirectory("csto-facts-chromium-");
				ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
					.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
							"--user-data-dir=" + profile);
				options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
				ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
					.usingAnyFreePort()
					.build();
				ChromeDriver driver = new ChromeDriver(service, options);
				driver.manage().window().setSize(DESKTOP);
				driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
				return new Browser(driver, profile);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot create a profile directory for Chromium", ex);
			}
		}

		@Override
		public void close() throws IOException {
			driver.quit();
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}

	}

}
