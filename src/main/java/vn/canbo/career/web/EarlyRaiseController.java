package vn.canbo.career.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.canbo.career.EarlyRaiseProposals;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.XlsxTable;

/**
 * The early salary raise proposal list (issue 15): the page (/career/early-raises), its
 * .xlsx and the API (/api/v1/early-raises). The unit must be in the scope (else 404); the
 * year defaults to the current one.
 */
@Controller
@Tag(name = "Nâng bậc lương trước thời hạn / Early salary raises",
		description = "Danh sách đề nghị nâng bậc lương trước thời hạn do lập thành tích xuất sắc, tỷ lệ theo đơn vị")
class EarlyRaiseController {

	private final EarlyRaiseProposals proposals;

	EarlyRaiseController(EarlyRaiseProposals proposals) {
		this.proposals = proposals;
	}

	@GetMapping("/api/v1/early-raises")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@ResponseBody
	@Operation(
			summary = "Danh sách đề nghị nâng bậc lương trước thời hạn của đơn vị (và đơn vị trực thuộc) trong năm xét")
	EarlyRaiseProposals.Proposal api(@RequestParam long unitId, @RequestParam(required = false) Integer year,
			Scope scope) {
		return proposals.list(unitId, year(year), scope);
	}

	@GetMapping("/career/early-raises")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String page(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Scope scope,
			Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("year", year(year));
		model.addAttribute("date", LocalDate.of(year(year), 12, 31));
		if (unitId != null) {
			model.addAttribute("proposal", proposals.list(unitId, year(year), scope));
		}
		return "career/early-raises";
	}

	@GetMapping("/career/early-raises/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('EXPORT')")
	void export(@RequestParam long unitId, @RequestParam(required = false) Integer year, Scope scope,
			HttpServletResponse res) {
		EarlyRaiseProposals.Proposal p = proposals.list(unitId, year(year), scope);
		List<List<?>> rows = new ArrayList<>();
		for (EarlyRaiseProposals.Candidate c : p.candidates()) {
			rows.add(Arrays.asList(c.fullName(), c.unitName(), c.rankCode() + " " + c.rankName(), c.step(),
					c.stepFrom(), c.regularDue(), c.monthsLacking(), c.awardName(), c.awardDecision()));
		}
		XlsxTable.send(res, "nang-luong-truoc-han-" + p.year() + ".xlsx", Messages.text("career.early.sheet"),
				List.of(Messages.text("career.early.headers").split("\\|")), rows);
	}

	private static int year(Integer year) {
		return year == null ? LocalDate.now().getYear() : year;
	}

}
