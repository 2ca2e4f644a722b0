package vn.canbo.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.evaluation.OutstandingCollectives;
import vn.canbo.evaluation.Subject;
import vn.canbo.shared.Scope;

/**
 * REST API of the exception for outstanding collectives: a unit of a collective campaign
 * recorded as "tập thể có thành tích xuất sắc" with its justification is not counted in
 * the HTXSNV quota. Scoped (outside = 404), audited.
 */
@RestController
@Tag(name = "Đánh giá, xếp loại / Evaluation")
class OutstandingApiController {

	/** The exception of one subject: on (with its justification) or off. */
	record OutstandingEntry(boolean outstanding, String justification) {
	}

	private final OutstandingCollectives outstanding;

	OutstandingApiController(OutstandingCollectives outstanding) {
		this.outstanding = outstanding;
	}

	@GetMapping("/api/v1/evaluations/campaigns/{id}/outstanding")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "The outstanding collectives of a campaign (subject id → justification), not counted in the quota")
	Map<Long, String> list(@PathVariable long id, Scope scope) {
		return outstanding.of(id, scope);
	}

	@PostMapping("/api/v1/evaluations/subjects/{subjectId}/outstanding")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Record (justification required) or remove the exception for an outstanding collective (unit of an open collective campaign)")
	Subject record(@PathVariable long subjectId, @RequestBody OutstandingEntry body, Scope scope) {
		return outstanding.record(subjectId, body != null && body.outstanding(),
				body == null ? null : body.justification(), scope);
	}

}
