package org.cstofacts.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, String>, JpaSpecificationExecutor<Person> {

	@Query("select distinct p from Person p join p.claims claim where claim.documentId = ?1")
	List<Person> findClaimedBy(Long documentId);

	/** The people of these countries (upper-case codes, matched whatever the case of the stored one), by name. */
	@Query("select p from Person p where upper(p.country) in ?1 order by p.name")
	List<Person> findByCountries(Collection<String> upperCaseCodes);

	/** The people whose claims give more than one title: those the articles may disagree about. */
	@Query("select p.id from Person p join p.claims claim group by p.id having count(distinct claim.title) > 1")
	List<String> findTitledMoreThanOnce();

}
