package org.cstofacts.country;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cstofacts.kernel.claim.Claim;

/** What one article says about a country: the official name it writes, whether it calls it a member. */
@Embeddable
record CountryClaim(@Column(name = "document_id", nullable = false) Long documentId,
		@Column(name = "published_at") LocalDateTime publishedAt,
		@Column(name = "official_name") String officialName,
		@Column(name = "member", nullable = false) boolean member,
		@Column(name = "aliases") String aliases) implements Claim {
}
