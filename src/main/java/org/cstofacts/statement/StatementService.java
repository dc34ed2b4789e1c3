package org.cstofacts.statement;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.kernel.text.Matches;
import org.cstofacts.kernel.text.Relevance;
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

	private final EntityManager entityManager;

	public StatementService(StatementRepository statements, EntityManager entityManager) {
		this.statements = statements;
		this.entityManager = entityManager;
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

	/** How many statements each of these people made, by person id; none for those who made none. */
	public Map<String, Long> countByPeople(Collection<String> personIds) {
		Map<String, Long> counts = new HashMap<>();
		if (!personIds.isEmpty()) {
			statements.countBySpeakers(SpeakerType.PERSON, personIds)
				.forEach(row -> counts.put((String) row[0], (Long) row[1]));
		}
		return counts;
	}

	/** The statements that best match a search, by the words of their text. */
	public Matches<StatementDto> search(Relevance relevance, int limit) {
		String score = relevance.score(List.of(), null, null, null, "s.searchText");
		return relevance.matches(entityManager, Statement.class, "Statement s", score, "s.speakerName nulls last, s.id",
				limit, StatementDto::of);
	}

	/** How many statements each of these documents holds, by document id; none for those that hold none. */
	public Map<Long, Long> countByDocuments(Collection<Long> documentIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (!documentIds.isEmpty()) {
			statements.countByDocuments(documentIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
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
