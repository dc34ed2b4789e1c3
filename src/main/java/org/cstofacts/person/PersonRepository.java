package org.cstofacts.person;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, String>, JpaSpecificationExecutor<Person> {

	@Query("select distinct p from Person p join p.claims claim where claim.documentId = ?1")
	List<Person> findClaimedBy(Long documentId);

	List<Person> findByCountryIgnoreCaseOrderByName(String country);

}
