package org.cstofacts.kernel.claim;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;

import org.cstofacts.extraction.Span;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;

/**
 * Adds the claim of a document to a merged fact, inside the transaction that stores the document.
 * <p>
 * The facts most articles share (the member states, their leaders, a summit) gather a claim from each of them.
 * Adding one through the entity loads all the others first, so each ingest cost more than the one before (JFR, 600
 * stored articles: half the time of an ingest initializing those collections). Here the rows of the claim are
 * appended with SQL after the stored ones, and the fact takes in its values, reading only the claims more recent than
 * it (none when it is the most recent, see {@link MergedFact#absorb}). The tables, columns and values of the rows come
 * from Hibernate's mapping of the fact, so a claim's columns are named in its mapping only. A new fact, or one whose
 * claims are loaded already, goes through the entity.
 */
@Component
public class FactWriter {

	private final EntityManager entityManager;

	FactWriter(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Adds the claim and its spans to the fact, and stores the fact. */
	public <F extends MergedFact<F, C>, C extends Claim> F claim(F fact, C claim, List<Span> spans,
			CrudRepository<F, ?> repository) {
		if (entityManager.contains(fact) && !Hibernate.isInitialized(fact.claims())) {
			SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
			EntityPersister persister = session.getEntityPersister(null, fact);
			Object key = persister.getIdentifier(fact, session);
			PluralAttributeMapping claims = collectionOf(persister, claim.getClass());
			append(session, claims, key, claim);
			PluralAttributeMapping sources = collectionOf(persister, Source.class);
			for (Source source : MergedFact.sources(claim, spans)) {
				append(session, sources, key, source);
			}
			fact.absorb(claim, () -> newerClaims(persister, claims, fact, claim));
			return fact;
		}
		fact.claim(claim, spans);
		return repository.save(fact);
	}

	private static PluralAttributeMapping collectionOf(EntityPersister persister, Class<?> elementClass) {
		return IntStream.range(0, persister.getNumberOfAttributeMappings())
			.mapToObj(persister::getAttributeMapping)
			.filter(AttributeMapping::isPluralAttributeMapping)
			.map(AttributeMapping::asPluralAttributeMapping)
			.filter(collection -> collection.getElementDescriptor().getJavaType().getJavaTypeClass() == elementClass)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					persister.getEntityName() + " maps no collection of " + elementClass.getSimpleName()));
	}

	/** The claims of the fact more recent than the given one, as {@link Claims#BY_RECENCY} orders them. */
	@SuppressWarnings("unchecked")
	private <F, C extends Claim> List<C> newerClaims(EntityPersister persister, PluralAttributeMapping claims, F fact,
			C claim) {
		String moreRecent = claim.publishedAt() == null ? "(c.publishedAt is not null or c.documentId > :documentId)"
				: "(c.publishedAt > :publishedAt or c.publishedAt = :publishedAt and c.documentId > :documentId)";
		TypedQuery<C> query = entityManager
			.createQuery("select c from " + persister.getEntityName() + " f join f." + claims.getAttributeName()
					+ " c where f = :fact and " + moreRecent, (Class<C>) claim.getClass())
			.setParameter("fact", fact)
			.setParameter("documentId", claim.documentId());
		if (claim.publishedAt() != null) {
			query.setParameter("publishedAt", claim.publishedAt());
		}
		return query.getResultList();
	}

	/** Inserts a row after the last one of the owner, bound as Hibernate binds the collection's rows. */
	private static void append(SharedSessionContractImplementor session, PluralAttributeMapping collection,
			Object owner, Object element) {
		List<SelectableMapping> columns = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		ModelPart.JdbcValueConsumer add = (index, value, column) -> {
			columns.add(column);
			values.add(value);
		};
		collection.getKeyDescriptor().getKeyPart().breakDownJdbcValues(owner, add, session);
		collection.getElementDescriptor().breakDownJdbcValues(element, add, session);
		String table = collection.getCollectionDescriptor().getTableName();
		String ownerColumn = columns.get(0).getSelectionExpression();
		String position = collection.getIndexDescriptor().getSelectable(0).getSelectionExpression();
		List<String> names = columns.stream().map(SelectableMapping::getSelectionExpression).toList();
		// The last position through the primary key (owner, position), rather than max(), which reads every row.
		String sql = "insert into " + table + " (" + String.join(", ", names) + ", " + position + ") values ("
				+ "?, ".repeat(names.size()) + "coalesce((select " + position + " + 1 from " + table + " where "
				+ ownerColumn + " = ? order by " + position + " desc fetch first 1 rows only), 0))";
		session.doWork(connection -> {
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				for (int i = 0; i < columns.size(); i++) {
					bind(insert, columns.get(i), values.get(i), i + 1, session);
				}
				bind(insert, columns.get(0), values.get(0), columns.size() + 1, session);
				insert.executeUpdate();
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static void bind(PreparedStatement statement, SelectableMapping column, Object value, int index,
			SharedSessionContractImplementor session) throws java.sql.SQLException {
		((ValueBinder<Object>) column.getJdbcMapping().getJdbcValueBinder()).bind(statement, value, index, session);
	}

}
