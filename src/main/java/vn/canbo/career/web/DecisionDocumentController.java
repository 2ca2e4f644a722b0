package vn.canbo.career.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.canbo.shared.web.Attachment;
import vn.canbo.career.DecisionDocuments;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.shared.Scope;

/**
 * The printable decision (văn bản quyết định) for one of its persons: DOCX from the Word
 * template, or PDF.
 */
@Controller
class DecisionDocumentController {

	private final DecisionDocuments documents;

	DecisionDocumentController(DecisionDocuments documents) {
		this.documents = documents;
	}

	@GetMapping({ "/career/decisions/{id}/persons/{personId}/document.docx",
			"/api/v1/decisions/{id}/persons/{personId}/document.docx" })
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable long personId, Scope scope) {
		return file(documents.document(id, personId, DocumentFormat.DOCX, scope), id, personId, DocumentFormat.DOCX);
	}

	@GetMapping({ "/career/decisions/{id}/persons/{personId}/document.pdf",
			"/api/v1/decisions/{id}/persons/{personId}/document.pdf" })
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long personId, Scope scope) {
		return file(documents.document(id, personId, DocumentFormat.PDF, scope), id, personId, DocumentFormat.PDF);
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, long id, long personId, DocumentFormat format) {
		return Attachment.entity("quyet-dinh-" + id + "-" + personId + "." + format.extension(), format.mediaType(),
				bytes);
	}

}
