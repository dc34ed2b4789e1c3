package org.cstofacts.ingest.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes the article's text out of a page: sets aside what is not the article (scripts, navigation, headers and
 * footers, asides, forms, banners, share bars, link lists, ad slots, hidden parts), finds the element
 * that holds the article, and reads it as headings and paragraphs, block quotes with their quote marks.
 * <p>
 * The article is the element the page marks as its body ({@code itemprop=articleBody}), else its {@code <article>}
 * when that holds at least half the page's text, else the deepest element holding four fifths of it together
 * with the paragraphs beside it (a standfirst set above the text's box). Letters in links do not count: menus, link
 * lists and "read also" lines are nearly all links. Nothing is set aside that holds half the page's text, so a
 * page wrapped whole in a form or in a box with an unlucky class name is read; cookie notices excepted, which may
 * be all the text a page without an article has.
 */
final class ArticleBody {

	enum Kind {
		HEADING, PARAGRAPH
	}

	record TextBlock(Kind kind, String text) {
	}

	private static final Set<String> FURNITURE = Set.of("script", "style", "noscript", "template", "iframe", "object",
			"embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "label", "nav", "aside",
			"footer", "header", "figure", "figcaption", "picture", "img", "video", "audio", "map", "dialog", "menu");

	private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "dialog", "alertdialog", "menu", "menubar", "toolbar");

	/** Class and id words of page furniture; matched as whole words of names such as {@code share-bar}. */
	private static final Pattern FURNITURE_NAME = Pattern.compile("(?<![a-z0-9])(?:share\\w*|sharing|social\\w*"
			+ "|related\\w*|read-?also|also-read|see-also|read-?more|more-(?:news|stories)|recommend\\w*"
			+ "|most-(?:read|popular)|popular|trending|promo\\w*|advert\\w*|ads?|adv|ad-?slot|gpt|dfp|sponsor\\w*"
			+ "|banner|newsletter\\w*|subscri\\w*|comments?|breadcrumbs?|tags?|byline|author\\w*|meta|date|pubdate"
			+ "|published|timestamp|caption|credits?|copyright|pull-?quote|masthead|header|footer|menu|nav|navbar"
			+ "|navigation|sidebar|widget|popup|modal|overlay|pagination|pager|print|toolbar|sr-only|visually-hidden"
			+ "|screen-reader-text|skip-link|tweet|twitter-tweet|instagram-media|outbrain|taboola|disqus)(?![a-z0-9])");

	/** Names of notices laid over the page, which can hold most of its text and are set aside all the same. */
	private static final Pattern OVERLAY_NAME = Pattern.compile("(?<![a-z0-9])(?:cookies?|consent|gdpr)(?![a-z0-9])");

	private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
			"dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
			"h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
			"thead", "tfoot", "tr", "td", "th", "caption", "ul", "center");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	/** Elements of the text itself: the search for the article's element stops above them. */
	private static final Set<String> TEXT_ELEMENTS = Set.of("p", "blockquote", "li", "pre", "h1", "h2", "h3", "h4",
			"h5", "h6", "dd", "dt");

	private static final String QUOTE_MARKS = "\"“”«„‘";

	private ArticleBody() {
	}

	/**
	 * The article's headings and paragraphs in page order, without the page's first {@code <h1>} and any heading
	 * that repeats the headline: the headline stands on its own line.
	 */
	static List<TextBlock> read(Document page, String headline) {
		Element body = page.body();
		Element firstHeading = body.selectFirst("h1");
		LetterCount letters = new LetterCount(body);
		setAsideFurniture(body, letters, letters.of(body));
		Walker walker = new Walker(firstHeading, headline);
		for (Element part : articleElements(body, new LetterCount(body))) {
			walker.node(part, false);
		}
		walker.flush();
		return walker.blocks;
	}

	private static void setAsideFurniture(Element element, LetterCount letters, int pageLetters) {
		for (Element child : List.copyOf(element.children())) {
			if (isFurniture(child) && letters.of(child) * 2 < pageLetters || isOverlay(child)) {
				child.remove();
			}
			else {
				setAsideFurniture(child, letters, pageLetters);
			}
		}
	}

	private static boolean isFurniture(Element element) {
		if (isFigureCaption(element)) {
			return false;
		}
		return FURNITURE.contains(element.normalName()) && !isPartOfAQuotation(element)
				|| FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
				|| element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
				|| HIDDEN_STYLE.matcher(element.attr("style")).find() || FURNITURE_NAME.matcher(names(element)).find();
	}

	/** A quotation's figure, and the figure caption or footer that says whose words they are. */
	private static boolean isPartOfAQuotation(Element element) {
		Element parent = element.parent();
		return switch (element.normalName()) {
			case "figure" -> element.selectFirst("> blockquote") != null;
			case "figcaption" -> parent != null && parent.selectFirst("> blockquote") != null;
			case "footer" -> parent != null && parent.normalName().equals("blockquote");
			default -> false;
		};
	}

	/**
	 * A figure with its caption, which is article text: a caption often gives the full names of the people in the
	 * picture that the text writes with initials only. Its image is furniture all the same.
	 */
	private static boolean isFigureCaption(Element element) {
		return switch (element.normalName()) {
			case "figure" -> element.selectFirst("> figcaption") != null;
			case "figcaption" -> element.parent() != null && element.parent().normalName().equals("figure");
			default -> false;
		};
	}

	private static boolean isOverlay(Element element) {
		return OVERLAY_NAME.matcher(names(element)).find();
	}

	private static String names(Element element) {
		return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
	}

	private static List<Element> articleElements(Element body, LetterCount letters) {
		int pageLetters = letters.of(body);
		Comparator<Element> byLetters = Comparator.comparingInt(letters::of);
		Element marked = body.select("[itemprop=articleBody]").stream().max(byLetters).orElse(null);
		if (marked != null && letters.of(marked) > 0) {
			return List.of(marked);
		}
		Element article = body.select("article").stream().max(byLetters).orElse(null);
		if (article != null && letters.of(article) * 2 >= pageLetters) {
			return List.of(article);
		}
		Element holder = body;
		while (true) {
			Element biggest = holder.children().stream().max(byLetters).orElse(null);
			if (biggest == null || TEXT_ELEMENTS.contains(biggest.normalName())
					|| letters.of(biggest) * 5 < letters.of(holder) * 4) {
				break;
			}
			holder = biggest;
		}
		if (holder == body) {
			return List.of(body);
		}
		Element found = holder;
		return holder.parent().children().stream().filter(e -> e == found || isProse(e, letters)).toList();
	}

	/** A paragraph of running text: a sentence or more, hardly any of it in links. */
	private static boolean isProse(Element element, LetterCount letters) {
		int withLinks = (int) element.text().chars().filter(Character::isLetterOrDigit).count();
		return (element.normalName().equals("p") || element.normalName().equals("blockquote"))
				&& letters.of(element) >= 80 && letters.of(element) * 5 >= withLinks * 4;
	}

	/** Letters and digits outside links in each element, counted once for the whole page. */
	private static final class LetterCount {

		private final Map<Element, Integer> counts = new IdentityHashMap<>();

		LetterCount(Element root) {
			count(root, false);
		}

		int of(Element element) {
			return counts.getOrDefault(element, 0);
		}

		private int count(Node node, boolean inLink) {
			if (node instanceof TextNode text) {
				return inLink ? 0 : (int) text.getWholeText().chars().filter(Character::isLetterOrDigit).count();
			}
			if (!(node instanceof Element element)) {
				return 0;
			}
			int total = 0;
			for (Node child : element.childNodes()) {
				total += count(child, inLink || element.normalName().equals("a"));
			}
			counts.put(element, total);
			return total;
		}

	}

	/** Reads the article element's nodes in order into blocks of text. */
	private static final class Walker {

		private final List<TextBlock> blocks = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private int linkLetters;

		private int letters;

		/** How many list items the walk is in. */
		private int listItems;

		/** Where the words of the last list item begin, after its number: its first paragraph goes on that line. */
		private int itemStart = -1;

		private final Element firstHeading;

		private final String headline;

		Walker(Element firstHeading, String headline) {
			this.firstHeading = firstHeading;
			this.headline = headline == null ? null : fold(headline);
		}

		void children(Element element, boolean inLink) {
			// A block quote takes its attribution out of the page as it reads it: the copy keeps the walk in step.
			for (Node child : List.copyOf(element.childNodes())) {
				if (child.parent() != null) {
					node(child, inLink);
				}
			}
		}

		void node(Node node, boolean inLink) {
			if (node instanceof TextNode textNode) {
				append(textNode.getWholeText(), inLink);
				return;
			}
			if (!(node instanceof Element element)) {
				return;
			}
			String tag = element.normalName();
			if (tag.equals("br")) {
				text.append('\n');
			}
			else if (HEADINGS.contains(tag)) {
				flush();
				heading(element, inLink);
			}
			else if (tag.equals("blockquote")) {
				flush();
				quote(element);
			}
			else if (tag.equals("li")) {
				listItem(element, inLink);
			}
			else if (tag.equals("q")) {
				text.append('“');
				children(element, inLink);
				text.append('”');
			}
			else if (BLOCKS.contains(tag) && listItems > 0) {
				// Paragraphs inside a list item are lines of the list.
				newLine();
				children(element, inLink);
				newLine();
			}
			else if (BLOCKS.contains(tag)) {
				flush();
				children(element, inLink);
				flush();
			}
			else {
				children(element, inLink || tag.equals("a"));
			}
		}

		/**
		 * A list is one block with a line per item, as a list is typed in a text file; an ordered list keeps its
		 * numbers, which the article may refer to.
		 */
		private void listItem(Element item, boolean inLink) {
			newLine();
			Element list = item.parent();
			if (list != null && list.normalName().equals("ol")) {
				int start = list.attr("start").matches("\\d{1,6}") ? Integer.parseInt(list.attr("start")) : 1;
				text.append(start + list.children().stream().filter(e -> e.normalName().equals("li")).toList()
					.indexOf(item)).append(". ");
			}
			itemStart = text.length();
			listItems++;
			children(item, inLink);
			listItems--;
			newLine();
		}

		private void newLine() {
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n' && text.length() != itemStart) {
				text.append('\n');
			}
		}

		private void append(String words, boolean inLink) {
			String collapsed = InlineText.normalize(words);
			boolean afterSpace = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
			if (collapsed.startsWith(" ") && afterSpace) {
				collapsed = collapsed.substring(1);
			}
			text.append(collapsed);
			int count = (int) collapsed.chars().filter(Character::isLetterOrDigit).count();
			letters += count;
			linkLetters += inLink ? count : 0;
		}

		/** Ends the text read so far as one paragraph per run of lines, unless it is mostly links. */
		void flush() {
			boolean mostlyLinks = linkLetters * 2 > letters;
			String read = text.toString();
			text.setLength(0);
			letters = 0;
			linkLetters = 0;
			if (mostlyLinks) {
				return;
			}
			for (String paragraph : paragraphs(read)) {
				blocks.add(new TextBlock(Kind.PARAGRAPH, paragraph));
			}
		}

		private void heading(Element heading, boolean inLink) {
			String words = InlineText.collapse(heading.text());
			int inLinks = inLink ? letters(words) : heading.select("a").stream().mapToInt(a -> letters(a.text())).sum();
			if (heading == firstHeading || words.isEmpty() || inLinks * 2 > letters(words)
					|| fold(words).equals(headline)) {
				return;
			}
			blocks.add(new TextBlock(Kind.HEADING, words));
		}

		/**
		 * A block quote's paragraphs, in quote marks when the page sets the quotation apart by layout alone: each
		 * paragraph opens with a mark and the last one closes it, as printed quotations run over paragraphs; its
		 * {@code <cite>} or {@code <footer>} follows after a dash.
		 */
		private void quote(Element blockquote) {
			Element attribution = blockquote.selectFirst("cite, footer");
			Element figure = blockquote.parent();
			if (attribution == null && figure != null && figure.normalName().equals("figure")) {
				attribution = figure.selectFirst("figcaption");
			}
			String source = attribution == null ? "" : InlineText.collapse(attribution.text())
				.replaceFirst("^[—–\\-―\\s]+", "");
			if (attribution != null) {
				attribution.remove();
			}
			Walker inner = new Walker(firstHeading, null);
			inner.children(blockquote, false);
			inner.flush();
			List<String> paragraphs = inner.blocks.stream().map(TextBlock::text).toList();
			if (paragraphs.isEmpty()) {
				return;
			}
			boolean marked = QUOTE_MARKS.indexOf(paragraphs.get(0).charAt(0)) >= 0;
			for (int i = 0; i < paragraphs.size(); i++) {
				boolean last = i == paragraphs.size() - 1;
				String paragraph = marked ? paragraphs.get(i) : "“" + paragraphs.get(i) + (last ? "”" : "");
				blocks.add(new TextBlock(Kind.PARAGRAPH, last && !source.isEmpty() ? paragraph + " — " + source
						: paragraph));
			}
		}

		private static List<String> paragraphs(String read) {
			List<String> paragraphs = new ArrayList<>();
			StringBuilder paragraph = new StringBuilder();
			for (String line : read.split("\n")) {
				String stripped = line.strip();
				if (stripped.isEmpty() && !paragraph.isEmpty()) {
					paragraphs.add(paragraph.toString());
					paragraph.setLength(0);
				}
				else if (!stripped.isEmpty()) {
					paragraph.append(paragraph.isEmpty() ? "" : "\n").append(stripped);
				}
			}
			if (!paragraph.isEmpty()) {
				paragraphs.add(paragraph.toString());
			}
			return paragraphs;
		}

		private static int letters(String words) {
			return (int) words.chars().filter(Character::isLetterOrDigit).count();
		}

		private static String fold(String words) {
			return words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		}

	}

}
