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

	public DocumentService(DocumentRepository documents) {
		this.documents = documents;
	}

	public Page<DocumentSummary> list(Pageable pageable) {
		return documents.findAll(pageable).map(DocumentSummary::of);
	}

	public DocumentDetail get(Long id) {
		return documents.findById(id).map(DocumentDetail::of).orElseThrow(() -> new ResourceNotFoundException("document", id));
	}

	public long count() {
		return documents.count();
	}

}
