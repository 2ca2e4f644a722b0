package vn.canbo.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.Scope;
import vn.canbo.training.PlanInput;
import vn.canbo.training.TrainingPlan;
import vn.canbo.training.TrainingPlans;

/**
 * REST API of the yearly training plans (/api/v1/training/plans). A plan is addressed by
 * its unit and year; a unit outside the caller's scope, or a plan of one, is 404. Errors
 * are problem details naming the row and field ({@code rows[i].turns}).
 */
@RestController
@Tag(name = "Kế hoạch đào tạo, bồi dưỡng / Training plans",
		description = "Kế hoạch đào tạo, bồi dưỡng hằng năm của đơn vị: chỉ tiêu số lượt và số người theo loại khóa học; kết quả thực hiện tính trực tiếp từ các lượt cử đi học của đơn vị và đơn vị trực thuộc (theo ngày bắt đầu khóa học); các chỉ tiêu là chỉ tiêu của một đề án/kế hoạch (targets), nên báo cáo tổng hợp viết \"đạt x% kế hoạch\"")
class TrainingPlansApiController {

	private final TrainingPlans plans;

	TrainingPlansApiController(TrainingPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/training/plans")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "The plans of a year (default: this year) of a unit and its sub-units, or of the caller's scope; without their lines")
	List<TrainingPlan> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
			Scope scope) {
		return plans.list(year == null ? LocalDate.now().getYear() : year, unitId, scope);
	}

	@GetMapping("/api/v1/training/plans/{unitId}/{year}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "A unit's plan of a year: per course kind the targets (lượt, persons), the achievement as of the date (default today, at most 31/12) and the percent")
	TrainingPlan get(@PathVariable long unitId, @PathVariable int year, @RequestParam(required = false) LocalDate date,
			Scope scope) {
		return plans.get(unitId, year, date, scope);
	}

	@PutMapping("/api/v1/training/plans/{unitId}/{year}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Create or replace a unit's plan of a year (decision number, date, issuer; rows of kind, turns, persons); all or nothing, every error at once; version: the version read (409 when stale)")
	TrainingPlan save(@PathVariable long unitId, @PathVariable int year, @RequestBody PlanInput body, Scope scope) {
		return plans.save(unitId, year, body, scope);
	}

	@DeleteMapping("/api/v1/training/plans/{unitId}/{year}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(
			summary = "Delete a unit's plan of a year with its targets (the enrolments stay); refused (400) for a year already over, whose achievement has been reported; version: the version read (409 when stale)")
	void delete(@PathVariable long unitId, @PathVariable int year, @RequestParam(required = false) Integer version,
			Scope scope) {
		plans.delete(unitId, year, version, scope);
	}

}
