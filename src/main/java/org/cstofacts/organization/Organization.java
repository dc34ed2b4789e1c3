package org.cstofacts.organization;

import java.util.ArrayList;
import java.util.List;

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

/**
 * An organization the articles name, identified by its acronym.
 */
@Entity
@Table(name = "organization")
class Organization extends MergedFact<OrganizationClaim> {

	@Id
	@Column(name = "acronym", length = 50)
	private String acronym;

	@Column(name = "name")
	private String name;

	/** Every other name of every claim, in alphabetical order (see {@link Claims#joinSorted}). */
	@Column(name = "aliases", nullable = false)
	private String aliases = "";

	@ElementCollection
	@CollectionTable(name = "organization_claim", joinColumns = @JoinColumn(name = "organization_acronym"))
	@OrderColumn(name = "position")
	private List<OrganizationClaim> claims = new ArrayList<>();

	protected Organization() {
	}

	public Organization(String acronym) {
		this.acronym = acronym;
	}

	@Override
	protected List<OrganizationClaim> claims() {
		return claims;
	}

	@Override
	protected ClaimTables tables() {
		return new ClaimTables("organization_claim", "organization_sources", "organization_acronym");
	}

	@Override
	protected void refresh() {
		name = Claims.primary(claims, OrganizationClaim::name);
		aliases = Claims.joinSorted(Claims.names(claims, OrganizationClaim::aliases));
	}

	@Override
	protected void take(OrganizationClaim claim, NewerClaims newer) {
		name = served(name, claim.name(), newer, "name");
		aliases = Claims.addSorted(getAliases(), Claims.split(claim.aliases()).stream());
	}

	public String getAcronym() {
		return acronym;
	}

	public String getName() {
		return name;
	}

	public List<String> getAliases() {
		return Claims.split(aliases);
	}

}
