package org.cstofacts.person;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cstofacts.kernel.claim.Claim;

/** What one article says about a person: the name, title, country and organization it gives. */
@Embeddable
record PersonClaim(@Column(name = "document_id", nullable = false) Long documentId,
		@Column(name = "published_at") LocalDateTime publishedAt,
		@Column(name = "name", nullable = false) String name,
		@Column(name = "title") String title,
		@Column(name = "country", length = 3) String country,
		@Column(name = "organization") String organization,
		@Column(name = "roles") String roles,
		@Column(name = "aliases") String aliases) implements Claim {
}
