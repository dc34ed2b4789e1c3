package org.cstofacts.extraction;

import java.util.List;
import java.util.Optional;

/**
 * Stage 3's output: the people of the article, and every place the text names one of them (full name, surname,
 * or a title phrase with a name).
 */
public record People(List<Person> persons, List<Reference> references) {

	public People {
		persons = List.copyOf(persons);
		references = List.copyOf(references);
	}

	/**
	 * A person: {@code name} the fullest form seen, {@code title} the first title given, {@code roles} every title,
	 * {@code aliases} every form of the name seen.
	 */
	public record Person(String name, ReferenceData.Title title, String country, String organization,
			List<String> roles, List<String> aliases) {

		public String surname() {
			String[] words = name.split(" ");
			return words[words.length - 1];
		}

	}

	/** A place the text names {@code persons().get(person)}. */
	public record Reference(Span span, int person) {
	}

	public Person person(int index) {
		return persons.get(index);
	}

	public List<Span> spansOf(int person) {
		return references.stream().filter(r -> r.person() == person).map(Reference::span).toList();
	}

	public Optional<Reference> referenceAt(int offset) {
		return references.stream().filter(r -> r.span().start() <= offset && offset < r.span().end()).findFirst();
	}

	public int indexOf(Person person) {
		return persons.indexOf(person);
	}

}
