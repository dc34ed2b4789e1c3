package org.cstofacts.person;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, String>, JpaSpecificationExecutor<Person> {

	@Query("select distinct p from Person p join p.claims claim where claim.documentId = ?1")
	List<Person> findClaimedBy(Long documentId);

	List<Person> findByCountryIgnoreCaseOrderByName(String country);

	/** The people whose claims give more than one title: those the articles may disagree about. */
	@Query("select p.id from Person p join p.claims claim group by p.id having count(distinct claim.title) > 1")
	List<String> findTitledMoreThanOnce();

}
