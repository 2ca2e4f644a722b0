package vn.canbo.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.org.StaffingService;
import vn.canbo.org.TreeRow;
import vn.canbo.org.UnitService;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.XlsxTable;

/**
 * A unit's subtree on a date as .xlsx: code, name, type, level, depth, staffing quota and
 * headcount.
 */
@Controller
class UnitExportController {

	private final UnitService units;

	private final StaffingService staffing;

	UnitExportController(UnitService units, StaffingService staffing) {
		this.units = units;
		this.staffing = staffing;
	}

	@GetMapping("/units/{id}/tree.xlsx")
	@PreAuthorize("hasAuthority('UNIT_READ') and hasAuthority('EXPORT')")
	void export(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Scope scope,
			HttpServletResponse res) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		units.require(id, d, scope);
		List<TreeRow> tree = units.subtree(id, d, 50);
		List<Long> ids = tree.stream().map(r -> r.unit().id()).toList();
		Map<Long, Long> heads = staffing.headcounts(ids, d);
		Map<Long, Integer> quotas = staffing.quotas(ids, d.getYear());
		List<List<?>> rows = new ArrayList<>();
		for (TreeRow r : tree) {
			rows.add(java.util.Arrays.asList(r.depth(), r.unit().code(), "  ".repeat(r.depth()) + r.unit().name(),
					r.unit().typeCode(), r.unit().level().name(), quotas.get(r.unit().id()),
					heads.getOrDefault(r.unit().id(), 0L), r.unit().validFrom()));
		}
		XlsxTable.send(res, "don-vi-" + id + ".xlsx", Messages.text("org.export.tree.sheet"),
				List.of(Messages.text("org.export.tree.headers", String.valueOf(d.getYear())).split("\\|")), rows);
	}

}
