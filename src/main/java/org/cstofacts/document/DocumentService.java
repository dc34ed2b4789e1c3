package org.cstofacts.document;

import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DocumentService {

	private final DocumentRepository documents;

	private final StoredOriginalRepository originals;

	public DocumentService(DocumentRepository documents, StoredOriginalRepository originals) {
		this.documents = documents;
		this.originals = originals;
	}

	public Page<DocumentSummary> list(Pageable pageable) {
		return documents.findAll(pageable).map(DocumentSummary::of);
	}

	public DocumentDetail get(Long id) {
		return documents.findById(id).map(DocumentDetail::of).orElseThrow(() -> new ResourceNotFoundException("document", id));
	}

	/**
	 * @throws ResourceNotFoundException when there is no such document, or it was stored before originals were kept
	 */
	public DocumentOriginal original(Long id) {
		return originals.findById(id).map(StoredOriginal::toOriginal).orElseThrow(() -> documents.existsById(id)
				? new ResourceNotFoundException("original of document", id)
				: new ResourceNotFoundException("document", id));
	}

	public long count() {
		return documents.count();
	}

}
