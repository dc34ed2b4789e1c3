package org.cstofacts.person;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.MergeRule;
import org.cstofacts.kernel.claim.MergedFact;
import org.cstofacts.kernel.text.Folding;

/**
 * A person the articles name, identified by a slug of the full name.
 */
@Entity
@Table(name = "person")
class Person extends MergedFact<Person, PersonClaim> {

	private static final List<MergeRule<Person, PersonClaim>> RULES = List.of(
			MergeRule.latest(PersonClaim::name, (person, name) -> person.name = name),
			MergeRule.latest(PersonClaim::title, (person, title) -> person.title = title),
			MergeRule.latest(PersonClaim::country, (person, country) -> person.country = country),
			MergeRule.latest(PersonClaim::organization, (person, organization) -> person.organization = organization),
			MergeRule.allNames(Person::namesOf, Person::getAliases, (person, aliases) -> person.aliases = aliases));

	@Id
	@Column(name = "id", length = 200)
	private String id;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "title")
	private String title;

	@Column(name = "country", length = 3)
	private String country;

	@Column(name = "organization")
	private String organization;

	@Column(name = "search_text", nullable = false)
	private String searchText = "";

	/** The name folded, as a {@link Folding#nameList}, for search. */
	@Column(name = "folded_names", nullable = false)
	private String foldedNames = "";

	/** The aliases folded, as a {@link Folding#nameList}, for search. */
	@Column(name = "folded_aliases", nullable = false)
	private String foldedAliases = "";

	/** Every name and alias of every claim, in alphabetical order (see {@link Claims#joinSorted}). */
	@Column(name = "aliases", nullable = false)
	private String aliases = "";

	@ElementCollection
	@CollectionTable(name = "person_claim", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position")
	private List<PersonClaim> claims = new ArrayList<>();

	protected Person() {
	}

	public Person(String id) {
		this.id = id;
	}

	@Override
	protected List<PersonClaim> claims() {
		return claims;
	}

	@Override
	protected List<MergeRule<Person, PersonClaim>> rules() {
		return RULES;
	}

	private static Stream<String> namesOf(PersonClaim claim) {
		return Stream.concat(Stream.of(claim.name()), Claims.split(claim.aliases()).stream());
	}

	@Override
	protected void servedValuesChanged() {
		searchText = Folding.searchText(Stream.concat(Stream.of(name), getAliases().stream()).toList());
		foldedNames = Folding.nameList(List.of(name));
		foldedAliases = Folding.nameList(getAliases());
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getTitle() {
		return title;
	}

	public String getCountry() {
		return country;
	}

	public String getOrganization() {
		return organization;
	}

	public List<String> getRoles() {
		return Claims.union(claims, PersonClaim::roles);
	}

	/** Every form of the name seen, the spellings of each article included. */
	public List<String> getAliases() {
		return Claims.split(aliases);
	}

}
