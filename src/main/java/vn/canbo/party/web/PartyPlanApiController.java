package vn.canbo.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.party.AdmissionPlan;
import vn.canbo.party.PartyPlanEdits;
import vn.canbo.party.PartyPlans;
import vn.canbo.shared.Scope;

/**
 * REST API of the admission plans (issue 18, party3): /api/v1/party/plans. Scope first (a
 * plan of an organisation outside the caller's scope is 404, before any validation); an
 * edit or a deletion carries the version the caller read (stale: 409, nothing changed); a
 * refused plan is a problem detail listing every error; audited.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đảng viên: kế hoạch kết nạp / Party admission plans",
		description = "Kế hoạch, chỉ tiêu kết nạp đảng viên của tổ chức đảng theo năm hoặc giai đoạn, chỉ tiêu thành phần theo loại hình nơi kết nạp, kết quả thực hiện tính theo ngày")
class PartyPlanApiController {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final PartyPlans plans;

	private final PartyPlanEdits edits;

	PartyPlanApiController(PartyPlans plans, PartyPlanEdits edits) {
		this.plans = plans;
		this.edits = edits;
	}

	@GetMapping("/api/v1/party/plans")
	@Operation(summary = "The admission plans of the caller's scope (or of one organisation), newest period first")
	List<AdmissionPlan> list(@RequestParam(required = false) Long orgId, Scope scope) {
		return orgId == null ? plans.list(scope) : plans.ofOrg(orgId, scope);
	}

	@PostMapping("/api/v1/party/plans")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Record an admission plan of an organisation of the scope for a year or period (one per organisation and period), with sub-targets by kind of place")
	ResponseEntity<AdmissionPlan> create(@RequestBody AdmissionPlan.Input body, Scope scope) {
		AdmissionPlan p = plans.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/party/plans/" + p.id())).body(p);
	}

	@GetMapping("/api/v1/party/plans/{partyPlanId}")
	@Operation(summary = "One admission plan with its version (for an edit or a deletion)")
	AdmissionPlan get(@PathVariable long partyPlanId, Scope scope) {
		return plans.get(partyPlanId, scope);
	}

	@GetMapping("/api/v1/party/plans/{partyPlanId}/achievement")
	@Operation(
			summary = "The plan's achievement as of a day (default today): admissions of the organisation's subtree, the report sentences")
	AdmissionPlan.Achievement achievement(@PathVariable long partyPlanId,
			@RequestParam(required = false) LocalDate date, Scope scope) {
		return plans.achievement(partyPlanId, scope, date);
	}

	@PutMapping("/api/v1/party/plans/{partyPlanId}")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Edit a plan (the whole content, sub-targets replaced; orgId null keeps its organisation) with the version read; stale version: 409")
	AdmissionPlan update(@PathVariable long partyPlanId, @RequestBody AdmissionPlan.Edit body, Scope scope) {
		return edits.update(partyPlanId, body, scope);
	}

	@DeleteMapping("/api/v1/party/plans/{partyPlanId}")
	@PreAuthorize(WRITE)
	@Operation(summary = "Delete a plan with the version read (?version=); stale version: 409")
	ResponseEntity<Void> delete(@PathVariable long partyPlanId, @RequestParam(required = false) Integer version,
			Scope scope) {
		edits.delete(partyPlanId, version, scope);
		return ResponseEntity.noContent().build();
	}

}
