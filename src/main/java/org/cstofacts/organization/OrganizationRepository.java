package org.cstofacts.organization;

import org.cstofacts.kernel.claim.MergedFactRepository;

interface OrganizationRepository extends MergedFactRepository<Organization, String> {
}
