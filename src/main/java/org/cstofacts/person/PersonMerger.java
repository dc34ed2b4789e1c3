package org.cstofacts.person;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cstofacts.extraction.ArticleFacts.PersonFact;
import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.FactWriter;
import org.cstofacts.kernel.claim.Merger;
import org.cstofacts.kernel.text.WordMatch;
import org.springframework.stereotype.Component;

/**
 * Merges the people of each article: one record per slug of the full name, spelling variants of a
 * stored name included.
 */
@Component
public class PersonMerger extends Merger<Person, PersonClaim, PersonRepository> {

	PersonMerger(PersonRepository people, FactWriter writer) {
		super(people, writer);
	}

	/** @return the id of the person each name and alias of the article's people refers to */
	public Map<String, String> merge(Long documentId, LocalDateTime publishedAt, List<PersonFact> facts) {
		Map<String, String> idsByName = new HashMap<>();
		for (PersonFact fact : facts) {
			Person person = findSame(fact).orElseGet(() -> new Person(PersonNames.slug(fact.name())));
			claim(person, new PersonClaim(documentId, publishedAt, fact.name(), fact.title(),
					fact.country(), fact.organization(), Claims.join(fact.roles()), Claims.join(fact.aliases())),
					fact.sources());
			idsByName.putIfAbsent(fact.name(), person.getId());
			fact.aliases().forEach(alias -> idsByName.putIfAbsent(alias, person.getId()));
		}
		return idsByName;
	}

	/** The person of the same slug, or else one with a spelling variant of the name among theirs. */
	private Optional<Person> findSame(PersonFact fact) {
		return stored.findById(PersonNames.slug(fact.name()))
			// A variant shares a word with the name (PersonNames.variants): only those are read.
			.or(() -> stored.findAll(WordMatch.anyWord("searchText", fact.name()))
				.stream()
				.filter(person -> person.getAliases().stream().anyMatch(name -> PersonNames.variants(name, fact.name())))
				.findFirst());
	}

}
