package org.cstofacts.ingest.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org article a page describes in its JSON-LD blocks ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle} and the other {@code ...Article} types), alone, in an array or in an {@code @graph},
 * with its publisher given in place or by {@code @id}. A block that is not JSON is passed over.
 */
final class JsonLdArticle {

	/** Pages write their JSON-LD by hand or by template: trailing commas and raw line breaks in strings are common. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
				JsonReadFeature.ALLOW_JAVA_COMMENTS)
		.build();

	private final JsonNode article;

	private final Map<String, JsonNode> byId;

	private JsonLdArticle(JsonNode article, Map<String, JsonNode> byId) {
		this.article = article;
		this.byId = byId;
	}

	/** The first article the page describes, or null when it describes none. */
	static JsonLdArticle in(Document page) {
		List<JsonNode> blocks = new ArrayList<>();
		for (Element script : page.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
			try {
				blocks.add(JSON.readTree(script.data()));
			}
			catch (JacksonException malformed) {
				// A broken block says nothing; the page's other metadata still does.
			}
		}
		Map<String, JsonNode> byId = new HashMap<>();
		List<JsonNode> objects = new ArrayList<>();
		blocks.forEach(block -> collectObjects(block, objects));
		objects.stream()
			.filter(object -> object.path("@id").isString() && object.size() > 1)
			.forEach(object -> byId.putIfAbsent(object.path("@id").asString(), object));
		return objects.stream()
			.filter(JsonLdArticle::isArticle)
			.findFirst()
			.map(article -> new JsonLdArticle(article, byId))
			.orElse(null);
	}

	private static void collectObjects(JsonNode node, List<JsonNode> objects) {
		if (node.isObject()) {
			objects.add(node);
		}
		if (node.isContainer()) {
			node.values().forEach(child -> collectObjects(child, objects));
		}
	}

	private static boolean isArticle(JsonNode object) {
		JsonNode type = object.path("@type");
		List<JsonNode> types = type.isArray() ? List.copyOf(type.values()) : List.of(type);
		return types.stream().anyMatch(t -> t.isString() && t.asString().endsWith("Article"));
	}

	String headline() {
		String headline = text(article.path("headline"));
		return headline != null ? headline : text(article.path("name"));
	}

	String datePublished() {
		return text(article.path("datePublished"));
	}

	String publisher() {
		return name(article.path("publisher"));
	}

	String author() {
		JsonNode author = article.path("author");
		List<JsonNode> authors = author.isArray() ? List.copyOf(author.values()) : List.of(author);
		String names = authors.stream()
			.map(this::name)
			.filter(name -> name != null)
			.collect(Collectors.joining(", "));
		return names.isEmpty() ? null : names;
	}

	String section() {
		return name(article.path("articleSection"));
	}

	String language() {
		return text(article.path("inLanguage"));
	}

	/** The name of a thing given as a string, an object with a name, a reference by {@code @id} or a list of them. */
	private String name(JsonNode thing) {
		if (thing.isArray()) {
			return thing.isEmpty() ? null : name(thing.get(0));
		}
		if (thing.isObject()) {
			JsonNode named = thing.has("name") ? thing : byId.getOrDefault(thing.path("@id").asString(""), thing);
			return text(named.path("name"));
		}
		return text(thing);
	}

	/** Templates often write entities into JSON-LD strings ({@code &amp;}, {@code &#8217;}): they are read here. */
	private static String text(JsonNode value) {
		if (value.isArray() && !value.isEmpty()) {
			return text(value.get(0));
		}
		String text = value.isString() ? InlineText.collapse(Parser.unescapeEntities(value.asString(), false)) : "";
		return text.isEmpty() ? null : text;
	}

}
