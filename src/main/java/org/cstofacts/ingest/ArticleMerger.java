package org.cstofacts.ingest;

import java.time.LocalDateTime;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.cstofacts.country.CountryMerger;
import org.cstofacts.document.ExtractedCounts;
import org.cstofacts.event.EventMerger;
import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.organization.OrganizationMerger;
import org.cstofacts.person.PersonMerger;
import org.cstofacts.person.PersonNames;
import org.cstofacts.statement.StatementStore;
import org.springframework.stereotype.Component;

/**
 * Merges what the extractor read from one stored article ({@link ArticleFacts}) into the facts each module serves,
 * or takes it out again. Callers run it inside the transaction that stores or deletes the document.
 */
@Component
class ArticleMerger {

	private final CountryMerger countries;

	private final OrganizationMerger organizations;

	private final PersonMerger people;

	private final EventMerger events;

	private final StatementStore statements;

	private final EntityManager entityManager;

	ArticleMerger(CountryMerger countries, OrganizationMerger organizations, PersonMerger people, EventMerger events,
			StatementStore statements, EntityManager entityManager) {
		this.countries = countries;
		this.organizations = organizations;
		this.people = people;
		this.events = events;
		this.statements = statements;
		this.entityManager = entityManager;
	}

	ExtractedCounts add(Long documentId, ArticleFacts facts) {
		LocalDateTime publishedAt = facts.metadata().publishedAt();
		countries.merge(documentId, publishedAt, facts.countries());
		organizations.merge(documentId, publishedAt, facts.organizations());
		Map<String, String> personIds = people.merge(documentId, publishedAt, facts.people());
		events.merge(documentId, publishedAt, facts.events(), personIds);
		// A speaker the article does not list among its people is served under the id a person of that name has.
		int statementCount = statements.store(documentId, facts,
				name -> personIds.getOrDefault(name, PersonNames.slug(name)));
		return new ExtractedCounts(facts.countries().size(), facts.organizations().size(), facts.people().size(),
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
