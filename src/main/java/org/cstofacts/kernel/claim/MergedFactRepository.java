package org.cstofacts.kernel.claim;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * Stores one kind of merged fact: what every kind answers about the documents that support its facts.
 *
 * @param <F> the fact
 * @param <K> its key
 */
@NoRepositoryBean
public interface MergedFactRepository<F extends MergedFact<F, ?>, K> extends JpaRepository<F, K> {

	@Query("select distinct f from #{#entityName} f join f.claims claim where claim.documentId = ?1")
	List<F> findClaimedBy(Long documentId);

	/** Makes each fact the document supports forget it, deleting those no other document supports. */
	default void forget(Long documentId) {
		for (F fact : findClaimedBy(documentId)) {
			if (!fact.forget(documentId)) {
				delete(fact);
			}
		}
	}

}
