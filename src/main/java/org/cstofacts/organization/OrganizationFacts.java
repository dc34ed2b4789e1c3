package org.cstofacts.organization;

import java.util.List;

import org.cstofacts.document.Claims;
import org.cstofacts.document.Document;
import org.cstofacts.document.FactWriter;
import org.cstofacts.document.MergedFact;
import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.springframework.stereotype.Component;

/** Merges the organizations of each article into one record per acronym. */
@Component
public class OrganizationFacts {

	private final OrganizationRepository organizations;

	private final FactWriter writer;

	public OrganizationFacts(OrganizationRepository organizations, FactWriter writer) {
		this.organizations = organizations;
		this.writer = writer;
	}

	public void merge(Document document, List<OrganizationFact> facts) {
		for (OrganizationFact fact : facts) {
			Organization organization = organizations.findById(fact.acronym())
				.orElseGet(() -> new Organization(fact.acronym()));
			writer.claim(organization, new OrganizationClaim(document.getId(), document.getPublishedAt(), fact.name(),
					Claims.join(fact.aliases())), fact.sources(), organizations);
		}
	}

	public void forget(Long documentId) {
		MergedFact.forgetAll(documentId, organizations.findClaimedBy(documentId), organizations);
	}

}
