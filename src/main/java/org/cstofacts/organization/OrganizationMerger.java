package org.cstofacts.organization;

import java.time.LocalDateTime;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.FactWriter;
import org.springframework.stereotype.Component;

/** Merges the organizations of each article into one record per acronym. */
@Component
public class OrganizationMerger {

	private final OrganizationRepository organizations;

	private final FactWriter writer;

	public OrganizationMerger(OrganizationRepository organizations, FactWriter writer) {
		this.organizations = organizations;
		this.writer = writer;
	}

	public void merge(Long documentId, LocalDateTime publishedAt, List<OrganizationFact> facts) {
		for (OrganizationFact fact : facts) {
			Organization organization = organizations.findById(fact.acronym())
				.orElseGet(() -> new Organization(fact.acronym()));
			writer.claim(organization, new OrganizationClaim(documentId, publishedAt, fact.name(),
					Claims.join(fact.aliases())), fact.sources(), organizations);
		}
	}

	public void forget(Long documentId) {
		organizations.forget(documentId);
	}

}
