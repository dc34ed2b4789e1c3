package org.cstofacts.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes a document came as, in a row of their own: lists of documents never load them. */
@Entity
@Table(name = "document_original")
class StoredOriginal {

	@Id
	@Column(name = "document_id")
	private Long documentId;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "content", nullable = false)
	private byte[] content;

	protected StoredOriginal() {
	}

	StoredOriginal(Long documentId, DocumentOriginal original) {
		this.documentId = documentId;
		this.mediaType = original.mediaType();
		this.content = original.content();
	}

	DocumentOriginal toOriginal() {
		return new DocumentOriginal(mediaType, content);
	}

}
