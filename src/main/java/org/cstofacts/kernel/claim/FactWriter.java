package org.cstofacts.kernel.claim;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;

import org.cstofacts.extraction.Span;
import org.cstofacts.kernel.claim.MergedFact.ClaimTables;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds the claim of a document to a merged fact, inside the transaction that stores the document.
 * <p>
 * The facts most articles share (the member states, their leaders, a summit) gather a claim from each of them.
 * Adding one through the entity loads all the others first, so each ingest cost more than the one before (JFR, 600
 * stored articles: half the time of an ingest initializing those collections). Here the rows of the claim are
 * appended with SQL after the stored ones, and the fact takes in its values, asking the database only whether a more
 * recent claim gives a value for a column (see {@link MergedFact#absorb}). A new fact, or one whose claims are
 * loaded already, goes through the entity.
 */
@Component
public class FactWriter {

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	FactWriter(EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** Adds the claim and its spans to the fact, and stores the fact. */
	public <F extends MergedFact<C>, C extends Claim> F claim(F fact, C claim, List<Span> spans,
			CrudRepository<F, ?> repository) {
		if (entityManager.contains(fact) && !Hibernate.isInitialized(fact.claims())) {
			ClaimTables tables = fact.tables();
			Object key = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(fact);
			append(tables.claims(), tables.owner(), key, claim);
			for (Source source : MergedFact.sources(claim, spans)) {
				append(tables.sources(), tables.owner(), key, source);
			}
			fact.absorb(claim, column -> newerClaimGivesValue(tables, key, claim, column));
			return fact;
		}
		fact.claim(claim, spans);
		return repository.save(fact);
	}

	/** Whether a claim of the fact more recent than the given one (as {@link Claims#BY_RECENCY} orders) has a value. */
	private boolean newerClaimGivesValue(ClaimTables tables, Object key, Claim claim, String column) {
		List<Object> values = new ArrayList<>(List.of(key));
		String moreRecent;
		if (claim.publishedAt() == null) {
			moreRecent = "(published_at is not null or document_id > ?)";
			values.add(claim.documentId());
		}
		else {
			moreRecent = "(published_at > ? or published_at = ? and document_id > ?)";
			values.addAll(List.of(claim.publishedAt(), claim.publishedAt(), claim.documentId()));
		}
		return jdbc.sql("select 1 from " + tables.claims() + " where " + tables.owner() + " = ? and " + column
				+ " is not null and " + moreRecent + " fetch first 1 rows only")
			.params(values)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/** Inserts a row after the last one of the owner, from a record whose components carry their column. */
	private void append(String table, String ownerColumn, Object owner, Object row) {
		List<String> columns = new ArrayList<>(List.of(ownerColumn));
		List<Object> values = new ArrayList<>(List.of(owner));
		for (RecordComponent component : row.getClass().getRecordComponents()) {
			columns.add(component.getAccessor().getAnnotation(Column.class).name());
			values.add(columnValue(component, row));
		}
		values.add(owner);
		String placeholders = "?, ".repeat(columns.size());
		// The last position through the primary key (owner, position), rather than max(), which reads every row.
		jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ", position) values (" + placeholders
				+ "coalesce((select position + 1 from " + table + " where " + ownerColumn
				+ " = ? order by position desc fetch first 1 rows only), 0))")
			.params(values)
			.update();
	}

	private static Object columnValue(RecordComponent component, Object row) {
		try {
			// The claims are records of their modules, not public.
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			Object value = accessor.invoke(row);
			return value instanceof Enum<?> constant ? constant.name() : value;
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component + " of " + row.getClass(), ex);
		}
	}

}
