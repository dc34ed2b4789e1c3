package org.cstofacts.country;

import org.cstofacts.kernel.claim.MergedFactRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CountryRepository extends MergedFactRepository<Country, String>, JpaSpecificationExecutor<Country> {

	long countByMemberTrue();

}
