package vn.canbo.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.XlsxTable;
import vn.canbo.training.TitleGap;
import vn.canbo.training.TitleGaps;

/**
 * The gap analysis page (/training/gaps): a unit subtree (picker) and a date; each holder
 * lacking a level of the title's standard, with the courses that would meet it; .xlsx
 * export. Scope first: a unit outside the scope is 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class TitleGapsPages {

	private final TitleGaps gaps;

	TitleGapsPages(TitleGaps gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/training/gaps")
	String page(@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate on, Scope scope,
			Model model) {
		LocalDate day = on == null ? LocalDate.now() : on;
		model.addAttribute("unitId", unitId);
		model.addAttribute("on", day);
		model.addAttribute("gaps", unitId == null ? List.of() : gaps.gaps(unitId, day, scope));
		return "training/gaps";
	}

	@GetMapping("/training/gaps.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('EXPORT')")
	void export(@RequestParam long unitId, @RequestParam(required = false) LocalDate on, Scope scope,
			HttpServletResponse res) {
		LocalDate day = on == null ? LocalDate.now() : on;
		List<List<?>> rows = new ArrayList<>();
		for (TitleGap g : gaps.gaps(unitId, day, scope)) {
			for (TitleGap.Need n : g.needs()) {
				rows.add(Arrays.asList(g.fullName(), g.unitName(), g.titleName(),
						Messages.text(g.plan() != null ? "training.gap.plan"
								: g.concurrent() ? "training.gap.concurrent" : "training.gap.main"),
						Messages.text("training.standard.kind." + n.kind().name()), n.requiredName(),
						n.heldName() == null ? "" : n.heldName(), n.unconfirmed() ? "[U]" : "",
						n.courses().stream().map(c -> c.code() + " " + c.name()).collect(Collectors.joining("; ")),
						g.plan() == null ? "" : Messages.text("training.gap.planned", g.plan().termLabel(),
								g.plan().decisionNumber())));
			}
		}
		List<String> headers = new ArrayList<>(List.of(Messages.text("training.gap.headers").split("\\|")));
		headers.add(Messages.text("training.gap.plan"));
		XlsxTable.send(res, "nhu-cau-dao-tao.xlsx", Messages.text("training.gap.sheet"), headers, rows);
	}

}
