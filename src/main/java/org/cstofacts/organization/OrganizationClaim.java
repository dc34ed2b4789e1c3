package org.cstofacts.organization;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cstofacts.kernel.claim.Claim;

/** What one article says about an organization: its full name and the names of its organs. */
@Embeddable
record OrganizationClaim(@Column(name = "document_id", nullable = false) Long documentId,
		@Column(name = "published_at") LocalDateTime publishedAt,
		@Column(name = "name") String name,
		@Column(name = "aliases") String aliases) implements Claim {
}
