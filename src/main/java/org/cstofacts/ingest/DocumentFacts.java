package org.cstofacts.ingest;

import java.time.LocalDateTime;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.cstofacts.country.CountryFacts;
import org.cstofacts.document.FactCounts;
import org.cstofacts.event.EventFacts;
import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.organization.OrganizationFacts;
import org.cstofacts.person.PersonFacts;
import org.cstofacts.person.PersonNames;
import org.cstofacts.statement.StatementFacts;
import org.springframework.stereotype.Component;

/**
 * Adds the facts of one stored document to the merged facts, or takes them out again. Callers run it
 * inside the transaction that stores or deletes the document.
 */
@Component
class DocumentFacts {

	private final CountryFacts countries;

	private final OrganizationFacts organizations;

	private final PersonFacts people;

	private final EventFacts events;

	private final StatementFacts statements;

	private final EntityManager entityManager;

	DocumentFacts(CountryFacts countries, OrganizationFacts organizations, PersonFacts people, EventFacts events,
			StatementFacts statements, EntityManager entityManager) {
		this.countries = countries;
		this.organizations = organizations;
		this.people = people;
		this.events = events;
		this.statements = statements;
		this.entityManager = entityManager;
	}

	FactCounts add(Long documentId, ArticleFacts facts) {
		LocalDateTime publishedAt = facts.metadata().publishedAt();
		countries.merge(documentId, publishedAt, facts.countries());
		organizations.merge(documentId, publishedAt, facts.organizations());
		Map<String, String> personIds = people.merge(documentId, publishedAt, facts.people());
		events.merge(documentId, publishedAt, facts.events(), personIds);
		// A speaker the article does not list among its people is served under the id a person of that name has.
		int statementCount = statements.store(documentId, facts,
				name -> personIds.getOrDefault(name, PersonNames.slug(name)));
		return new FactCounts(facts.countries().size(), facts.organizations().size(), facts.people().size(),
				facts.events().size(), statementCount);
	}

	/**
	 * Takes the facts out, and writes that to the database at once: facts added again in the same transaction append
	 * their claims with SQL, which does not see what the entities hold.
	 */
	void remove(Long documentId) {
		statements.forget(documentId);
		events.forget(documentId);
		people.forget(documentId);
		organizations.forget(documentId);
		countries.forget(documentId);
		entityManager.flush();
	}

}
