package org.cstofacts.ui;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer on a service that holds no article yet: every section says so instead of staying blank. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "csto.data-dir=target/no-articles")
@ExtendWith(HeadlessChromium.class)
class EmptyExplorerPageTest {

	@LocalServerPort
	private int port;

	@Test
	void everySectionSaysThatThereIsNoDataYet(ChromeDriver browser) {
		browser.manage().window().setSize(HeadlessChromium.DESKTOP);
		browser.get("about:blank");
		browser.get("http://localhost:" + port + "/");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver
			.findElements(By.cssSelector("#overview .panel__body:not([data-status=done])")).isEmpty());

		List<WebElement> panels = browser.findElements(By.cssSelector("#overview .panel"));
		assertThat(panels).hasSize(5).allSatisfy(panel -> assertThat(panel.findElement(By.cssSelector(".notice")).getText())
			.startsWithIgnoringCase("No data:"));
		assertThat(browser.findElement(By.id("counts")).getText()).startsWith("No articles are loaded yet");
		assertThat(browser.findElements(By.cssSelector("#timeline svg"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("[role=alert]"))).isEmpty();
	}

}
