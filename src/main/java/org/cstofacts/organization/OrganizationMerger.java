package org.cstofacts.organization;

import java.time.LocalDateTime;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.FactWriter;
import org.cstofacts.kernel.claim.Merger;
import org.springframework.stereotype.Component;

/** Merges the organizations of each article into one record per acronym. */
@Component
public class OrganizationMerger extends Merger<Organization, OrganizationClaim, OrganizationRepository> {

	OrganizationMerger(OrganizationRepository organizations, FactWriter writer) {
		super(organizations, writer);
	}

	public void merge(Long documentId, LocalDateTime publishedAt, List<OrganizationFact> facts) {
		for (OrganizationFact fact : facts) {
			Organization organization = stored.findById(fact.acronym())
				.orElseGet(() -> new Organization(fact.acronym()));
			claim(organization, new OrganizationClaim(documentId, publishedAt, fact.name(),
					Claims.join(fact.aliases())), fact.sources());
		}
	}

}
