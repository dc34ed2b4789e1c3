package org.cstofacts.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * General knowledge the extractor reads articles with: countries and their forms, cities, organizations,
 * titles and the words of the genre. Loaded once from {@code /reference/*} on the classpath; immutable.
 */
public final class ReferenceData {

	/** A country: ISO codes, the English short name, and every form that names it. */
	public record Country(String alpha3, String alpha2, String name, Set<String> names, Set<String> demonyms) {
	}

	public record City(String name, Set<String> names, String country, boolean capital) {
	}

	public record Organization(String acronym, String name, Set<String> names, Set<String> organs) {
	}

	public enum TitleKind {
		STATE, ORGANIZATION
	}

	/**
	 * A title. {@code head}: held by the leader of a state; {@code generic}: a description ({@code leader}) that a
	 * real office named for the same person replaces; {@code relative}: {@code counterpart}, which stands for the
	 * title of the person it is set against.
	 */
	public record Title(String name, TitleKind kind, boolean head, boolean generic, boolean relative,
			Set<String> forms) {
	}

	private final Map<String, Country> countries;

	private final List<City> cities;

	private final List<Organization> organizations;

	private final List<Title> titles;

	private final Map<String, Integer> months;

	private final Map<String, Integer> weekdays;

	private final Set<String> abbreviations;

	private final Set<String> reportingVerbs;

	private final Set<String> categories;

	private final Set<String> venueWords;

	private final Set<String> groupSpeakers;

	private final Set<String> onlineMeetingWords;

	private final List<String> futureMarkers;

	private final Set<String> notSpeakerLabels;

	private final List<String> speechWords;

	private final List<String> documentWords;

	private final Map<String, String> institutions;

	private ReferenceData() {
		this.countries = loadCountries();
		this.cities = loadCities();
		this.organizations = loadOrganizations();
		this.titles = loadTitles();
		this.months = loadNumbered("months.tsv");
		this.weekdays = loadNumbered("weekdays.tsv");
		this.abbreviations = Set.copyOf(lines("abbreviations.txt"));
		this.reportingVerbs = inflect(lines("reporting-verbs.txt"));
		this.categories = lowerCase(lines("categories.txt"));
		this.venueWords = Set.copyOf(lines("venues.txt"));
		this.groupSpeakers = lowerCase(lines("group-speakers.txt"));
		this.onlineMeetingWords = lowerCase(lines("online-meetings.txt"));
		this.futureMarkers = lines("future-markers.txt");
		this.notSpeakerLabels = lowerCase(lines("not-speaker-labels.txt"));
		this.speechWords = lines("speech-words.txt");
		this.documentWords = lines("document-words.txt");
		Map<String, String> seats = new HashMap<>();
		lines("institutions.tsv").forEach(line -> seats.put(line.split("\t")[0], line.split("\t")[1]));
		this.institutions = Map.copyOf(seats);
	}

	private static final ReferenceData STANDARD = new ReferenceData();

	public static ReferenceData standard() {
		return STANDARD;
	}

	public Map<String, Country> countries() {
		return countries;
	}

	public Country country(String alpha3) {
		return countries.get(alpha3);
	}

	public List<City> cities() {
		return cities;
	}

	public List<Organization> organizations() {
		return organizations;
	}

	public List<Title> titles() {
		return titles;
	}

	/** Month number by full name or abbreviation, any case ({@code "nov."} → 11), or null. */
	public Integer month(String word) {
		return months.get(word.toLowerCase(Locale.ROOT));
	}

	public Set<String> monthNames() {
		return months.keySet();
	}

	/** ISO day of week by name, any case, or null. */
	public Integer weekday(String word) {
		return weekdays.get(word.toLowerCase(Locale.ROOT));
	}

	public Set<String> weekdayNames() {
		return weekdays.keySet();
	}

	public boolean isAbbreviation(String wordWithStop) {
		return abbreviations.contains(wordWithStop) || months.containsKey(wordWithStop.toLowerCase(Locale.ROOT))
				|| weekdays.containsKey(wordWithStop.toLowerCase(Locale.ROOT));
	}

	/** Reporting verbs in every inflection ({@code say, says, said, saying}), lower case. */
	public Set<String> reportingVerbs() {
		return reportingVerbs;
	}

	public boolean isCategory(String word) {
		return categories.contains(word.toLowerCase(Locale.ROOT));
	}

	public Set<String> venueWords() {
		return venueWords;
	}

	public Set<String> groupSpeakers() {
		return groupSpeakers;
	}

	public Set<String> onlineMeetingWords() {
		return onlineMeetingWords;
	}

	/** Words that put what follows them in the future ({@code will}, {@code next}, {@code is due}). */
	public List<String> futureMarkers() {
		return futureMarkers;
	}

	/** Lower-case words before a colon that open a paragraph without being a speaker ({@code note}, {@code photo}). */
	public Set<String> notSpeakerLabels() {
		return notSpeakerLabels;
	}

	/** Words of the first and second person, which mark a paragraph as speech. */
	public List<String> speechWords() {
		return speechWords;
	}

	/** Words naming a document, programme or event, whose name a quotation right after them is. */
	public List<String> documentWords() {
		return documentWords;
	}

	/** Seats of government by name ({@code Kremlin}) with the alpha-3 code of the country they stand for. */
	public Map<String, String> institutions() {
		return institutions;
	}

	private static Map<String, Country> loadCountries() {
		Map<String, String[]> extra = new HashMap<>();
		for (String line : lines("countries.tsv")) {
			String[] cells = line.split("\t", -1);
			extra.put(cells[0], cells);
		}
		Map<String, Country> byCode = new LinkedHashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			Locale locale = new Locale("", alpha2);
			String alpha3 = locale.getISO3Country();
			String name = locale.getDisplayCountry(Locale.ENGLISH);
			Set<String> names = new TreeSet<>();
			if (!name.contains("&") && !name.contains("SAR") && !name.contains("(")) {
				names.add(name);
			}
			Set<String> demonyms = new TreeSet<>();
			String[] cells = extra.get(alpha3);
			if (cells != null) {
				names.addAll(split(cells.length > 1 ? cells[1] : ""));
				demonyms.addAll(split(cells.length > 2 ? cells[2] : ""));
			}
			byCode.put(alpha3, new Country(alpha3, alpha2, name, Set.copyOf(names), Set.copyOf(demonyms)));
		}
		return Map.copyOf(byCode);
	}

	private static List<City> loadCities() {
		List<City> cities = new ArrayList<>();
		for (String line : lines("cities.tsv")) {
			String[] cells = line.split("\t", -1);
			List<String> names = split(cells[0]);
			cities.add(new City(names.get(0), Set.copyOf(names), cells[1],
					cells.length > 2 && cells[2].equals("capital")));
		}
		return List.copyOf(cities);
	}

	private static List<Organization> loadOrganizations() {
		List<Organization> organizations = new ArrayList<>();
		for (String line : lines("organizations.tsv")) {
			String[] cells = line.split("\t", -1);
			List<String> names = split(cells[1]);
			organizations.add(new Organization(cells[0], names.get(0), Set.copyOf(names),
					Set.copyOf(split(cells.length > 2 ? cells[2] : ""))));
		}
		return List.copyOf(organizations);
	}

	private static List<Title> loadTitles() {
		List<Title> titles = new ArrayList<>();
		for (String line : lines("titles.tsv")) {
			String[] cells = line.split("\t", -1);
			Set<String> forms = new TreeSet<>(split(cells.length > 3 ? cells[3] : ""));
			forms.add(cells[0]);
			boolean generic = cells[2].equals("generic");
			boolean relative = cells[2].equals("relative");
			titles.add(new Title(cells[0], TitleKind.valueOf(cells[1]), generic || cells[2].equals("head"),
					generic || relative, relative, Set.copyOf(forms)));
		}
		return List.copyOf(titles);
	}

	private static Map<String, Integer> loadNumbered(String file) {
		Map<String, Integer> byName = new HashMap<>();
		for (String line : lines(file)) {
			String[] cells = line.split("\t", -1);
			for (String name : split(cells[1])) {
				byName.put(name.toLowerCase(Locale.ROOT), Integer.valueOf(cells[0]));
			}
		}
		return Map.copyOf(byName);
	}

	private static Set<String> inflect(List<String> baseForms) {
		Set<String> forms = new TreeSet<>();
		Map<String, List<String>> irregular = Map.of("say", List.of("said"), "tell", List.of("told"), "write",
				List.of("wrote", "written"), "sum up", List.of("summed up"));
		for (String base : baseForms) {
			String[] words = base.split(" ", 2);
			String verb = words[0];
			String rest = words.length > 1 ? " " + words[1] : "";
			String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
			String third = verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") ? verb + "es"
					: verb.endsWith("y") && !verb.endsWith("ay") ? stem.substring(0, verb.length() - 1) + "ies"
							: verb + "s";
			String past = verb.endsWith("e") ? verb + "d"
					: verb.endsWith("y") && !verb.endsWith("ay") ? verb.substring(0, verb.length() - 1) + "ied"
							: verb + "ed";
			for (String form : List.of(verb, third, past, stem + "ing")) {
				forms.add(form + rest);
			}
			irregular.getOrDefault(base, List.of()).forEach(forms::add);
		}
		return Set.copyOf(forms);
	}

	private static Set<String> lowerCase(List<String> words) {
		Set<String> lower = new TreeSet<>();
		words.forEach(word -> lower.add(word.toLowerCase(Locale.ROOT)));
		return Set.copyOf(lower);
	}

	private static List<String> split(String cell) {
		return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> lines(String file) {
		String path = "/reference/" + file;
		try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing reference data " + path);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
