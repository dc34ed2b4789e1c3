package org.cstofacts.country;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CountryRepository extends JpaRepository<Country, String>, JpaSpecificationExecutor<Country> {

	@Query("select distinct c from Country c join c.claims claim where claim.documentId = ?1")
	List<Country> findClaimedBy(Long documentId);

	long countByMemberTrue();

}
