package org.cstofacts.person;

import java.util.Collection;
import java.util.List;

import org.cstofacts.kernel.claim.MergedFactRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends MergedFactRepository<Person, String>, JpaSpecificationExecutor<Person> {

	/** The people of these countries (upper-case codes, matched whatever the case of the stored one), by name. */
	@Query("select p from Person p where upper(p.country) in ?1 order by p.name")
	List<Person> findByCountries(Collection<String> upperCaseCodes);

	/** Pairs of id and title of every claim of the people whose claims give more than one title. */
	@Query("select p.id, claim.title from Person p join p.claims claim where p.id in (select t.id from Person t "
			+ "join t.claims titled group by t.id having count(distinct titled.title) > 1)")
	List<Object[]> findTitlesOfTitledMoreThanOnce();

}
