package org.cstofacts.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, String> {

	@Query("select distinct o from Organization o join o.claims claim where claim.documentId = ?1")
	List<Organization> findClaimedBy(Long documentId);

}
