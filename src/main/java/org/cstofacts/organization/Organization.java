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

import org.cstofacts.document.Claims;
import org.cstofacts.document.MergedFact;

/**
 * An organization the articles name, identified by its acronym.
 */
@Entity
@Table(name = "organization")
public class Organization extends MergedFact<OrganizationClaim> {

	@Id
	@Column(name = "acronym", length = 50)
	private String acronym;

	@Column(name = "name")
	private String name;

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
	protected void refresh() {
		name = Claims.primary(claims, OrganizationClaim::name);
	}

	public String getAcronym() {
		return acronym;
	}

	public String getName() {
		return name;
	}

	public List<String> getAliases() {
		return Claims.union(claims, OrganizationClaim::aliases);
	}

}
