package vn.canbo.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.training.TitleGap;
import vn.canbo.training.TitleGaps;
import vn.canbo.training.TitleStandard;
import vn.canbo.training.TitleStandardInput;
import vn.canbo.training.TitleStandards;

/**
 * REST API of the title standards (/api/v1/training/standards): one configuration for the
 * whole system, read by anyone who reads dossiers, versions added by an administrator or
 * an organisation officer (audited; earlier versions kept).
 */
@RestController
@Tag(name = "Tiêu chuẩn chức danh / Title standards",
		description = "Trình độ tối thiểu theo từng loại (chuyên môn, lý luận chính trị, quản lý nhà nước, QP-AN, ngoại ngữ, tin học) của mỗi chức danh, theo thời gian hiệu lực và căn cứ pháp lý; [U] = cần xác nhận")
class TitleStandardsApiController {

	private final TitleStandards standards;

	private final TitleGaps gaps;

	TitleStandardsApiController(TitleStandards standards, TitleGaps gaps) {
		this.standards = standards;
		this.gaps = gaps;
	}

	@GetMapping("/api/v1/training/gaps")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "Gap analysis: holders of a title (main or concurrent position valid on the date) in the unit's subtree who do not meet its standard in force on the date (default today), what each lacks (kind, required level, highest level held) and the courses (ending on or after the date, organised in the scope) that would meet it; a unit outside the scope is 404")
	List<TitleGap> gaps(@RequestParam long unitId, @RequestParam(required = false) LocalDate on, Scope scope) {
		return gaps.gaps(unitId, on == null ? LocalDate.now() : on, scope);
	}

	@GetMapping("/api/v1/training/standards")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Every version of the title standards, by title then newest first; filter: titleCode")
	List<TitleStandard> list(@RequestParam(required = false) String titleCode) {
		return standards.list(titleCode);
	}

	@GetMapping("/api/v1/training/standards/in-force")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "The version in force on a date for a title at an administrative level (PROVINCE, COMMUNE…): the level's own, else the one for every level; 404 when none")
	TitleStandard inForce(@RequestParam String titleCode, @RequestParam(required = false) String adminLevel,
			@RequestParam LocalDate on) {
		return standards.inForce(titleCode, adminLevel, on)
			.orElseThrow(() -> new NotFoundException(Messages.text("training.standard.error.none", titleCode)));
	}

	@PostMapping("/api/v1/training/standards")
	@PreAuthorize("hasAnyRole('ADMIN', 'ORG_OFFICER')")
	@Operation(
			summary = "Add a version after the last one of the same title and level (that one is closed the day before); every error at once, naming the field (requirements[i].levelCode)")
	ResponseEntity<TitleStandard> add(@RequestBody TitleStandardInput body) {
		TitleStandard s = standards.add(body);
		return ResponseEntity.created(URI.create("/api/v1/training/standards?titleCode=" + s.titleCode())).body(s);
	}

}
