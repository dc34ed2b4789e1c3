package org.cstofacts.statement;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.kernel.text.WordMatch;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class StatementService {

	/** Sortable fields of statement collections. */
	public static final Set<String> SORTABLE = Set.of("id", "documentId", "kind", "topic");

	/** In the order they were read: by document, then by place in it. */
	public static final Sort READING_ORDER = Sort.by("documentId", "start", "id");

	private final StatementRepository statements;

	public StatementService(StatementRepository statements) {
		this.statements = statements;
	}

	/** The statements matching every filter given; null filters match all. */
	public Page<StatementDto> list(String speaker, String kind, String topic, String query, Pageable pageable) {
		Specification<Statement> filter = Specification.unrestricted();
		if (speaker != null && !speaker.isBlank()) {
			filter = filter.and(bySpeaker(speaker));
		}
		if (kind != null && !kind.isBlank()) {
			StatementKind wanted = kind(kind);
			filter = filter.and((root, criteria, builder) -> builder.equal(root.get("kind"), wanted));
		}
		if (topic != null && !topic.isBlank()) {
			filter = filter.and((root, criteria, builder) -> builder.equal(builder.lower(root.get("topic")),
					topic.strip().toLowerCase(Locale.ROOT)));
		}
		if (query != null && !query.isBlank()) {
			filter = filter.and(WordMatch.allWords("searchText", query));
		}
		return statements.findAll(filter, pageable).map(StatementDto::of);
	}

	public Page<StatementDto> byPerson(String personId, Pageable pageable) {
		Specification<Statement> person = (root, criteria, builder) -> builder
			.equal(root.get("speakerType"), SpeakerType.PERSON);
		return statements.findAll(person.and(bySpeaker(personId)), pageable).map(StatementDto::of);
	}

	public StatementDto get(Long id) {
		return statements.findById(id).map(StatementDto::of).orElseThrow(() -> new ResourceNotFoundException("statement", id));
	}

	public long count() {
		return statements.count();
	}

	public long countByPerson(String personId) {
		return statements.countBySpeakerTypeAndSpeakerId(SpeakerType.PERSON, personId);
	}

	/** How many statements the documents hold. */
	public long countIn(Collection<Long> documentIds) {
		return documentIds.isEmpty() ? 0 : statements.countByDocumentIdIn(documentIds);
	}

	private static Specification<Statement> bySpeaker(String speaker) {
		return (root, criteria, builder) -> builder.equal(builder.lower(root.get("speakerId")),
				speaker.strip().toLowerCase(Locale.ROOT));
	}

	private static StatementKind kind(String kind) {
		try {
			return StatementKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidParameterException("kind", "kind must be one of " + Arrays.toString(StatementKind.values())
					+ ", was '" + kind + "'");
		}
	}

}
