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
import org.cstofacts.kernel.claim.MergedFact;
import org.cstofacts.kernel.text.Folding;

/**
 * A country the articles name, identified by its ISO 3166-1 alpha-3 code.
 */
@Entity
@Table(name = "country")
class Country extends MergedFact<CountryClaim> {

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
	protected ClaimTables tables() {
		return new ClaimTables("country_claim", "country_sources", "country_code");
	}

	@Override
	protected void refresh() {
		officialName = Claims.primary(claims, CountryClaim::officialName);
		member = claims.stream().anyMatch(CountryClaim::member);
		aliases = Claims.joinSorted(Claims.names(claims, CountryClaim::aliases));
		refreshSearchText();
	}

	@Override
	protected void take(CountryClaim claim, NewerClaims newer) {
		officialName = served(officialName, claim.officialName(), newer, "official_name");
		member = member || claim.member();
		aliases = Claims.addSorted(getAliases(), Claims.split(claim.aliases()).stream());
		refreshSearchText();
	}

	private void refreshSearchText() {
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
