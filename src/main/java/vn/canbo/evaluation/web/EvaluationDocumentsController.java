package vn.canbo.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.evaluation.EvaluationDocuments;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Attachment;

/**
 * Downloads of the evaluation documents (issue 15): the phiếu of one subject and the biên
 * bản of a campaign, DOCX (default) or PDF ({@code format=pdf}), from the editable
 * templates PHIEU_DANH_GIA and BIEN_BAN_DANH_GIA (/admin/document-templates). Scoped: a
 * subject or campaign outside the caller's scope is 404.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đánh giá, xếp loại / Evaluation")
class EvaluationDocumentsController {

	private final EvaluationDocuments documents;

	EvaluationDocumentsController(EvaluationDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/evaluations/subjects/{subjectId}/form")
	@Operation(summary = "The phiếu đánh giá và xếp loại chất lượng of one subject, DOCX or PDF")
	ResponseEntity<byte[]> form(@PathVariable long subjectId, @RequestParam(required = false) String format,
			Scope scope) {
		DocumentFormat f = DocumentFormat.parse(format);
		return Attachment.entity("phieu-danh-gia-" + subjectId + "." + f.extension(), f.mediaType(),
				documents.form(subjectId, f, scope));
	}

	@GetMapping("/evaluations/{id}/minutes")
	@Operation(summary = "The biên bản of a campaign (counts per level, quota check, list), DOCX or PDF")
	ResponseEntity<byte[]> minutes(@PathVariable("id") long campaignId, @RequestParam(required = false) String format,
			Scope scope) {
		DocumentFormat f = DocumentFormat.parse(format);
		return Attachment.entity("bien-ban-danh-gia-" + campaignId + "." + f.extension(), f.mediaType(),
				documents.minutes(campaignId, f, scope));
	}

}
