package vn.canbo.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.planning.PlanningDocuments;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Attachment;

/**
 * Download of the planning list (danh sách quy hoạch cán bộ, issue 17) of a plan on a day
 * ({@code on=dd/MM/yyyy}, today by default), DOCX (default) or PDF ({@code format=pdf}),
 * from the editable template DS_QUY_HOACH (/admin/document-templates). Scoped: a plan
 * outside the caller's scope is 404.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Quy hoạch cán bộ / Succession planning")
class PlanningDocumentsController {

	private final PlanningDocuments documents;

	PlanningDocumentsController(PlanningDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/planning/{planId}/list")
	@Operation(
			summary = "The planning list of a plan (titles, candidates, birth date, post, levels, date added, votes),"
					+ " DOCX or PDF")
	ResponseEntity<byte[]> list(@PathVariable long planId, @RequestParam(required = false) String format,
			@RequestParam(required = false) LocalDate on, Scope scope) {
		DocumentFormat f = DocumentFormat.parse(format);
		return Attachment.entity("danh-sach-quy-hoach-" + planId + "." + f.extension(), f.mediaType(),
				documents.list(planId, on, f, scope));
	}

}
