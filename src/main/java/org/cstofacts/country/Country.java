package org.cstofacts.country;

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
 * A country the articles name, identified by its ISO 3166-1 alpha-3 code.
 */
@Entity
@Table(name = "country")
class Country extends MergedFact<Country, CountryClaim> {

	private static final List<MergeRule<Country, CountryClaim>> RULES = List.of(
			MergeRule.latest(CountryClaim::officialName, (country, officialName) -> country.officialName = officialName),
			MergeRule.anyClaim(CountryClaim::member, (country, member) -> country.member = member),
			MergeRule.allNames(claim -> Claims.split(claim.aliases()).stream(), Country::getAliases,
					(country, aliases) -> country.aliases = aliases));

	@Id
	@Column(name = "code", length = 3)
	private String code;

	@Column(name = "iso_alpha2", length = 2)
	private String isoAlpha2;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "official_name")
	private String officialName;

	@Column(name = "member", nullable = false)
	private boolean member;

	@Column(name = "search_text", nullable = false)
	private String searchText = "";

	/** The name and official name folded, as a {@link Folding#nameList}, for search. */
	@Column(name = "folded_names", nullable = false)
	private String foldedNames = "";

	/** The aliases folded, as a {@link Folding#nameList}, for search. */
	@Column(name = "folded_aliases", nullable = false)
	private String foldedAliases = "";

	/** Every other name of every claim, in alphabetical order (see {@link Claims#joinSorted}). */
	@Column(name = "aliases", nullable = false)
	private String aliases = "";

	@ElementCollection
	@CollectionTable(name = "country_claim", joinColumns = @JoinColumn(name = "country_code"))
	@OrderColumn(name = "position")
	private List<CountryClaim> claims = new ArrayList<>();

	protected Country() {
	}

	public Country(String code, String isoAlpha2, String name) {
		this.code = code;
		this.isoAlpha2 = isoAlpha2;
		this.name = name;
	}

	@Override
	protected List<CountryClaim> claims() {
		return claims;
	}

	@Override
	protected List<MergeRule<Country, CountryClaim>> rules() {
		return RULES;
	}

	@Override
	protected void servedValuesChanged() {
		searchText = Folding.searchText(Stream.concat(Stream.of(code, isoAlpha2, name, officialName),
				getAliases().stream()).toList());
		foldedNames = Folding.nameList(Stream.of(name, officialName).toList());
		foldedAliases = Folding.nameList(getAliases());
	}

	public String getCode() {
		return code;
	}

	public String getIsoAlpha2() {
		return isoAlpha2;
	}

	public String getName() {
		return name;
	}

	public String getOfficialName() {
		return officialName;
	}

	public boolean isMember() {
		return member;
	}

	public List<String> getAliases() {
		return Claims.split(aliases);
	}

}
