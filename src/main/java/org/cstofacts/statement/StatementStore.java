package org.cstofacts.statement;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.extraction.ArticleFacts.CountryFact;
import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.cstofacts.extraction.ArticleFacts.Speaker;
import org.cstofacts.extraction.ArticleFacts.StatementFact;
import org.cstofacts.kernel.text.Folding;
import org.springframework.stereotype.Component;

/** Stores the statements of an article, each speaker resolved to the id it is served under. */
@Component
public class StatementStore {

	private final StatementRepository statements;

	public StatementStore(StatementRepository statements) {
		this.statements = statements;
	}

	/**
	 * @param personIdOf the id of the person a name of the article refers to
	 * @return how many statements were stored
	 */
	public int store(Long documentId, ArticleFacts facts, Function<String, String> personIdOf) {
		// The extractor may find quoted words without telling who said them (in a garbled text, say): every
		// statement the API serves has a speaker, so those are left out rather than failing the whole write.
		List<StatementFact> spoken = facts.statements().stream().filter(fact -> fact.speaker() != null).toList();
		for (StatementFact fact : spoken) {
			statements.save(new Statement(documentId, fact.text(), fact.kind(),
					speaker(fact.speaker(), facts, personIdOf), fact.topic(), fact.span().start(), fact.span().end(),
					Folding.searchText(List.of(fact.text()))));
		}
		return spoken.size();
	}

	private static Statement.Speaker speaker(Speaker speaker, ArticleFacts facts, Function<String, String> personIdOf) {
		String said = speaker.name();
		return switch (speaker.type()) {
			case PERSON -> new Statement.Speaker(speaker.type(), personIdOf.apply(said), said);
			case ORGANIZATION -> new Statement.Speaker(speaker.type(), said, facts.organizations()
				.stream()
				.filter(organization -> organization.acronym().equals(said))
				.map(OrganizationFact::name)
				.findFirst()
				.orElse(said));
			case COUNTRY -> new Statement.Speaker(speaker.type(), said.toUpperCase(Locale.ROOT), facts.countries()
				.stream()
				.filter(country -> country.code().equalsIgnoreCase(said))
				.map(CountryFact::name)
				.findFirst()
				.orElse(said));
		};
	}

	public void forget(Long documentId) {
		statements.deleteByDocumentId(documentId);
	}

}
