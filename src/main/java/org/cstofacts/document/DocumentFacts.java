package org.cstofacts.document;

import java.util.Map;

import org.cstofacts.country.CountryFacts;
import org.cstofacts.event.EventFacts;
import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.organization.OrganizationFacts;
import org.cstofacts.person.PersonFacts;
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

	DocumentFacts(CountryFacts countries, OrganizationFacts organizations, PersonFacts people, EventFacts events,
			StatementFacts statements) {
		this.countries = countries;
		this.organizations = organizations;
		this.people = people;
		this.events = events;
		this.statements = statements;
	}

	FactCounts add(Document document, ArticleFacts facts) {
		countries.merge(document, facts.countries());
		organizations.merge(document, facts.organizations());
		Map<String, String> personIds = people.merge(document, facts.people());
		events.merge(document, facts.events(), personIds);
		int statementCount = statements.store(document, facts, personIds);
		return new FactCounts(facts.countries().size(), facts.organizations().size(), facts.people().size(),
				facts.events().size(), statementCount);
	}

	void remove(Long documentId) {
		statements.forget(documentId);
		events.forget(documentId);
		people.forget(documentId);
		organizations.forget(documentId);
		countries.forget(documentId);
	}

}
