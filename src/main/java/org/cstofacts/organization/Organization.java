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
import org.cstofacts.kernel.claim.MergeRule;
import org.cstofacts.kernel.claim.MergedFact;

/**
 * An organization the articles name, identified by its acronym.
 */
@Entity
@Table(name = "organization")
class Organization extends MergedFact<Organization, OrganizationClaim> {

	private static final List<MergeRule<Organization, OrganizationClaim>> RULES = List.of(
			MergeRule.latest(OrganizationClaim::name, (organization, name) -> organization.name = name),
			MergeRule.allNames(claim -> Claims.split(claim.aliases()).stream(), Organization::getAliases,
					(organization, aliases) -> organization.aliases = aliases));

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
	protected List<MergeRule<Organization, OrganizationClaim>> rules() {
		return RULES;
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
