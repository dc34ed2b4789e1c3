package org.cstofacts.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The explorer page in a real browser against the service as shipped, reading the seed article of {@code data/}.
 * What the page should show is asked from the API itself, so the page is held to what the API serves; the seed's
 * counts (six member states, seven people) are asserted too, as issue 5 fixes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "csto.data-dir=data")
@ExtendWith(HeadlessChromium.class)
class ExplorerPageTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeEach
	void useTheSharedBrowser(ChromeDriver browser) {
		this.browser = browser;
		browser.manage().window().setSize(HeadlessChromium.DESKTOP);
	}

	@Test
	void showsEveryMemberStateWithItsLeaders() {
		openOverview();
		JsonNode memberStates = api("/api/member-states?size=100").get("content");

		List<WebElement> cards = browser.findElements(By.cssSelector("#member-states .member-state"));
		assertThat(cards).hasSize(6).hasSize(memberStates.size());
		for (JsonNode country : memberStates) {
			WebElement card = browser
				.findElement(By.cssSelector("#member-states [data-country='" + country.get("code").asString() + "']"));
			assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo(country.get("name").asString());
			List<String> leaders = card.findElements(By.cssSelector(".leader__name")).stream().map(WebElement::getText).toList();
			assertThat(country.get("leaders")).isNotEmpty();
			assertThat(leaders).containsExactlyInAnyOrderElementsOf(
					country.get("leaders").valueStream().map(leader -> leader.get("name").asString()).toList());
		}
	}

	@Test
	void showsTheSummitWithDateCityVenueOccasionAndEveryPersonAttending() {
		openOverview();
		JsonNode summit = api("/api/summits").get("content").get(0);
		WebElement card = browser.findElement(By.cssSelector("#summits [data-summit-id='" + summit.get("id").asInt() + "']"));

		WebElement date = card.findElement(By.cssSelector("time"));
		assertThat(date.getDomAttribute("datetime")).isEqualTo(summit.get("date").asString()).isEqualTo("2022-05-16");
		assertThat(date.getText()).isEqualTo("16 May 2022");
		assertThat(card.getText()).contains(summit.get("place").asString(), summit.get("venue").asString(),
				summit.get("occasion").asString());

		Set<String> people = new TreeSet<>(api("/api/people?size=100").get("content").valueStream()
			.map(person -> person.get("name").asString())
			.toList());
		List<String> attendees = card.findElements(By.cssSelector(".attendees tbody th")).stream().map(WebElement::getText).toList();
		assertThat(people).hasSize(7);
		assertThat(new TreeSet<>(attendees)).isEqualTo(people);
		assertThat(card.findElement(By.cssSelector("[data-person-id='vladimir-putin']")).getText())
			.contains("President", "Russia");
	}

	@Test
	void drawsTheTimelineToScaleInDateOrder() {
		openOverview();
		JsonNode timeline = api("/api/timeline");
		List<WebElement> events = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> nonEmpty(driver.findElements(By.cssSelector("#timeline svg .timeline__event"))));

		assertThat(events).hasSize(timeline.size()).hasSizeGreaterThanOrEqualTo(3);
		List<LocalDate> dates = events.stream().map(event -> LocalDate.parse(event.getDomAttribute("data-date"))).toList();
		assertThat(dates).isSorted()
			.containsExactlyElementsOf(timeline.valueStream().map(event -> LocalDate.parse(event.get("date").asString())).toList());
		assertThat(events.get(0).getDomAttribute("data-type")).isEqualTo("TREATY_SIGNED");

		List<Double> xs = events.stream()
			.map(event -> Double.parseDouble(event.findElement(By.cssSelector(".timeline__leader")).getDomAttribute("x1")))
			.toList();
		double firstDay = dates.get(0).toEpochDay();
		double days = dates.get(dates.size() - 1).toEpochDay() - firstDay;
		double width = xs.get(xs.size() - 1) - xs.get(0);
		for (int i = 0; i < xs.size(); i++) {
			assertThat((xs.get(i) - xs.get(0)) / width).as("position of %s", dates.get(i))
				.isCloseTo((dates.get(i).toEpochDay() - firstDay) / days, within(0.005));
		}
		assertThat(browser.findElements(By.cssSelector("#timeline .timeline__list li"))).hasSize(timeline.size());
	}

	@Test
	void showsEveryQuoteAndNarrowsThemToTheChosenSpeaker() {
		openOverview();
		JsonNode statements = api("/api/statements?size=100").get("content");
		assertThat(statementTexts()).isNotEmpty()
			.containsExactlyElementsOf(statements.valueStream().map(statement -> statement.get("text").asString()).toList());

		List<String> openingMarks = browser.findElements(By.cssSelector("#statements .statement__text p"))
			.stream()
			.map(text -> (String) script("return getComputedStyle(arguments[0], '::before').content", text))
			.toList();
		assertThat(openingMarks).as("quote marks only around quoted words")
			.containsExactlyElementsOf(statements.valueStream()
				.map(statement -> statement.get("kind").asString().equals("QUOTE") ? "\"“\"" : "none")
				.toList());

		new Select(browser.findElement(By.id("speaker-filter"))).selectByValue("alexander-lukashenko");
		List<String> expected = statements.valueStream()
			.filter(statement -> statement.at("/speaker/id").asString().equals("alexander-lukashenko"))
			.map(statement -> statement.get("text").asString())
			.toList();
		waitForStatementCount(expected.size() + " statements match.");
		assertThat(expected).hasSizeBetween(1, statements.size() - 1);
		assertThat(statementTexts()).containsExactlyElementsOf(expected);
		assertThat(browser.findElements(By.cssSelector("#statements .statement")))
			.allSatisfy(card -> assertThat(card.getDomAttribute("data-speaker")).isEqualTo("alexander-lukashenko"));

		browser.findElement(By.id("statement-query")).sendKeys("hybrid war", Keys.ENTER);
		waitForStatementCount("1 statement matches.");
		assertThat(statementTexts()).singleElement().asString().contains("hybrid war");
	}

	@Test
	void everyPassageLinkOpensTheArticleWithExactlyTheQuotedWordsMarked() {
		openOverview();
		JsonNode statements = api("/api/statements?size=100").get("content");
		List<String> links = browser.findElements(By.cssSelector("#statements .passage-link"))
			.stream()
			.map(link -> link.getDomProperty("href"))
			.toList();
		assertThat(links).hasSize(statements.size());

		for (int i = 0; i < links.size(); i++) {
			JsonNode statement = statements.get(i);
			open(links.get(i));
			assertThat(markedPassage()).as("passage of statement %s", statement.get("id")).isEqualTo(statement.get("text").asString());
			assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(api("/api/documents/"
					+ statement.at("/span/documentId").asLong()).get("title").asString());
		}
		screenshot("explorer-article.png");
	}

	@Test
	void theKeyboardReachesTheSkipLinkFirstAndOpensAPassage() {
		openOverview();
		new Actions(browser).sendKeys(Keys.TAB).perform();
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");

		WebElement link = browser.findElement(By.cssSelector("#statements .passage-link"));
		link.sendKeys(Keys.ENTER);
		WebElement mark = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> nonEmpty(driver.findElements(By.cssSelector("#detail article mark")))).get(0);
		assertThat(browser.switchTo().activeElement()).isEqualTo(mark);

		browser.findElement(By.linkText("← Back to the overview")).sendKeys(Keys.ENTER);
		waitUntilLoaded();
		assertThat(browser.findElement(By.id("overview")).isDisplayed()).isTrue();
	}

	@Test
	void everyControlHasALabelAndThePageHasLandmarks() {
		openOverview();
		Long unlabelled = (Long) script("return [...document.querySelectorAll('input, select')]"
				+ ".filter(control => control.labels.length === 0).length");
		assertThat(unlabelled).isZero();
		for (String landmark : List.of("body > header", "header nav", "body > main", "body > footer", "header [role=search]")) {
			assertThat(browser.findElements(By.cssSelector(landmark))).as(landmark).hasSize(1);
		}
		assertThat(browser.findElement(By.linkText("API explorer")).getDomAttribute("href")).isEqualTo("/swagger-ui.html");
	}

	@Test
	void aLinkToASectionLandsOnItOnceEverySectionAboveHasLoaded() {
		open(baseUrl() + "/#statements");
		waitUntilLoaded();
		Double top = ((Number) new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> script(
				"return document.getElementById('statements').getBoundingClientRect().top"))).doubleValue();
		assertThat(top).isBetween(0.0, 40.0);
	}

	@Test
	void searchListsWhatTheSearchApiFindsAndAFoundStatementOpensItsPassage() {
		openOverview();
		JsonNode results = api("/api/search?q=NATO").get("content");
		browser.findElement(By.id("search-input")).sendKeys("NATO", Keys.ENTER);

		List<WebElement> shown = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> nonEmpty(driver.findElements(By.cssSelector("#detail .search-result"))));
		assertThat(results).isNotEmpty();
		assertThat(shown).hasSize(results.size());
		for (int i = 0; i < shown.size(); i++) {
			assertThat(shown.get(i).getText()).contains(results.get(i).get("label").asString());
		}
		assertThat(browser.getCurrentUrl()).endsWith("#/search?q=NATO");

		WebElement statement = browser.findElement(By.cssSelector("#detail .search-result[data-type=STATEMENT] a"));
		String id = statement.getDomAttribute("href").replace("#/statements/", "");
		statement.click();
		assertThat(markedPassage()).isEqualTo(api("/api/statements/" + id).get("text").asString());
	}

	@Test
	void anUnknownArticleShowsTheApiProblemInWords() {
		assertThat(alertShownAt("/#/articles/999999")).contains("404", "Not found", "No document with id '999999'");
		screenshot("explorer-problem.png");
	}

	@Test
	void aSearchTheApiRejectsShowsItsReason() {
		assertThat(alertShownAt("/#/search?q=%E2%80%94")).contains("400", "Invalid parameter", "at least one letter or digit");
	}

	@Test
	void fitsAPhoneScreenWithoutScrollingSideways() {
		browser.manage().window().setSize(new Dimension(390, 844));
		openOverview();
		assertThat(elementsWiderThanTheWindow()).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#member-states .member-state"))).hasSize(6);
		assertThat(misplacedTimelineLabels()).isEmpty();
		WebElement timeline = browser.findElement(By.cssSelector("#timeline .timeline"));
		script("arguments[0].scrollIntoView()", timeline);
		saveScreenshot("explorer-phone-timeline.png", timeline.getScreenshotAs(OutputType.BYTES));
		fullPageScreenshot("explorer-phone.png");
	}

	@Test
	void savesTheDesktopScreenshotForTheReadme() throws IOException {
		browser.manage().window().setSize(new Dimension(1280, 1560));
		openOverview();
		assertThat(elementsWiderThanTheWindow()).isEmpty();
		assertThat(misplacedTimelineLabels()).isEmpty();
		Path desktop = screenshot("explorer-desktop.png");
		Path readme = Path.of("src/site/explorer.png");
		Files.createDirectories(readme.getParent());
		Files.copy(desktop, readme, StandardCopyOption.REPLACE_EXISTING);
		fullPageScreenshot("explorer-desktop-full.png");
	}

	/** The overview, loaded without a single error in the browser's console (a blocked script or style logs one). */
	private void openOverview() {
		browser.manage().logs().get(LogType.BROWSER);
		open(baseUrl() + "/");
		waitUntilLoaded();
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.isEmpty();
	}

	/** Through a blank page, so that a link differing only in its fragment loads the page afresh. */
	private void open(String url) {
		browser.get("about:blank");
		browser.get(url);
	}

	/** The text of every mark in the article shown, once it is shown: one passage may span paragraphs. */
	private String markedPassage() {
		List<WebElement> marks = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> nonEmpty(driver.findElements(By.cssSelector("#detail article mark"))));
		assertThat(browser.findElement(By.id("overview")).isDisplayed()).as("overview beside the article").isFalse();
		return String.join("", marks.stream().map(mark -> mark.getDomProperty("textContent")).toList());
	}

	private String alertShownAt(String path) {
		open(baseUrl() + path);
		WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> nonEmpty(driver.findElements(By.cssSelector("#detail [role=alert]"))))
			.get(0);
		assertThat(browser.findElement(By.id("overview")).isDisplayed()).as("overview beside the problem").isFalse();
		return alert.getText();
	}

	private void waitUntilLoaded() {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver
			.findElements(By.cssSelector("#overview .panel__body:not([data-status=done])")).isEmpty());
	}

	private void waitForStatementCount(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> driver.findElement(By.id("statement-count")).getText().equals(text)
					&& driver.findElements(By.cssSelector("#statements .panel__body:not([data-status=done])")).isEmpty());
	}

	private List<String> statementTexts() {
		return browser.findElements(By.cssSelector("#statements .statement__text p"))
			.stream()
			.map(text -> text.getDomProperty("textContent"))
			.toList();
	}

	/** Names the elements that stick out to the right, so that a failure says where; none when nothing scrolls sideways. */
	@SuppressWarnings("unchecked")
	private List<String> elementsWiderThanTheWindow() {
		return (List<String>) script("""
				const width = document.documentElement.clientWidth;
				const wide = [...document.querySelectorAll('body *')]
					.filter(element => element.getBoundingClientRect().right > width + 0.5)
					.map(element => element.tagName + '.' + element.getAttribute('class'));
				return document.documentElement.scrollWidth > width ? ['the document', ...wide] : wide;
				""");
	}

	/**
	 * Pairs of texts on the timeline whose boxes intersect, and texts cut off at its edges: the label layout must
	 * keep every one readable.
	 */
	@SuppressWarnings("unchecked")
	private List<String> misplacedTimelineLabels() {
		return (List<String>) script("""
				const boxes = [...document.querySelectorAll('#timeline svg text')]
					.map(text => ({ text: text.textContent, box: text.getBoundingClientRect() }));
				const frame = document.querySelector('#timeline svg').getBoundingClientRect();
				const overlapping = boxes.filter(({ box }) => box.left < frame.left || box.right > frame.right)
					.map(({ text }) => text + ' is cut off');
				boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
					if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) {
						overlapping.push(a.text + ' / ' + b.text);
					}
				}));
				return overlapping;
				""");
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private Path screenshot(String name) {
		return saveScreenshot(name, browser.getScreenshotAs(OutputType.BYTES));
	}

	private Path saveScreenshot(String name, byte[] png) {
		try {
			Path file = Path.of("target", "screenshots", name);
			Files.createDirectories(file.getParent());
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save the screenshot " + name, ex);
		}
	}

	/** The whole page: the window grows to the page's height for the picture, then returns to its size. */
	private void fullPageScreenshot(String name) {
		Dimension size = browser.manage().window().getSize();
		Long height = (Long) script("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(size.getWidth(), height.intValue() + 120));
		screenshot(name);
		browser.manage().window().setSize(size);
	}

	private String baseUrl() {
		return "http://localhost:" + port;
	}

	private JsonNode api(String path) {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static <T> List<T> nonEmpty(List<T> elements) {
		return elements.isEmpty() ? null : new ArrayList<>(elements);
	}

}
