package org.cstofacts.organization;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganizationService {

	private final OrganizationRepository organizations;

	OrganizationService(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	/** Every organization, by acronym. */
	public List<OrganizationDto> list() {
		return organizations.findAll(Sort.by("acronym")).stream().map(OrganizationDto::of).toList();
	}

}
