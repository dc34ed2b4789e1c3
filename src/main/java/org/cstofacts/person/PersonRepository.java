package org.cstofacts.person;

import java.util.List;

import org.cstofacts.kernel.claim.MergedFactRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PersonRepository extends MergedFactRepository<Person, String>, JpaSpecificationExecutor<Person> {

	List<Person> findByCountryIgnoreCaseOrderByName(String country);

}
