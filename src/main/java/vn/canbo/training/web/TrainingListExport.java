package vn.canbo.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.XlsxTable;
import vn.canbo.training.TrainingList;

/**
 * The training list of a unit as .xlsx (issue 16): the page link (a year, from the course
 * list) and the API (any period). A unit outside the scope is 404; without a unit, the
 * whole scope.
 */
@RestController
@Tag(name = "Đào tạo, bồi dưỡng / Training")
class TrainingListExport {

	private final TrainingList list;

	TrainingListExport(TrainingList list) {
		this.list = list;
	}

	@GetMapping("/training/list.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	void page(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Scope scope,
			HttpServletResponse res) {
		int y = year == null ? LocalDate.now().getYear() : year;
		send(unitId, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), scope, res);
	}

	@GetMapping("/api/v1/training/list.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "The training list of a unit's subtree (unitId; none: the caller's scope) as .xlsx: the enrolments of courses starting from..to (both inclusive) of the persons working there on the course's start date — person, unit, course, kind, dates, organiser, decision, result, certificate")
	void api(@RequestParam(required = false) Long unitId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Scope scope,
			HttpServletResponse res) {
		send(unitId, from, to, scope, res);
	}

	private void send(Long unitId, LocalDate from, LocalDate to, Scope scope, HttpServletResponse res) {
		var rows = list.rows(unitId, from, to, scope);
		XlsxTable.send(res, "danh-sach-dao-tao-" + from + "-" + to + ".xlsx", Messages.text("training.list.sheet"),
				list.headers(), rows);
	}

}
