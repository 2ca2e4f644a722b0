package vn.canbo.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.CampaignKind;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.NewCampaign;
import vn.canbo.evaluation.PeriodKind;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.XlsxTable;

/**
 * Pages: /evaluations (the campaigns rooted in the scope, with progress n/m rated), the
 * "new campaign" form (opening it lists the subjects) and the list as .xlsx.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class CampaignPages {

	private final Campaigns campaigns;

	CampaignPages(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping("/evaluations")
	String list(Scope scope, Model model) {
		model.addAttribute("campaigns", campaigns.list(scope));
		return "evaluation/list";
	}

	@GetMapping("/evaluations/new")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String newForm(Model model) {
		int y = LocalDate.now().getYear();
		form(model, new NewCampaign("", null, PeriodKind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
				CampaignKind.INDIVIDUAL, Set.of(), null));
		return "evaluation/new";
	}

	@PostMapping("/evaluations")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String open(@RequestParam(required = false) String name, @RequestParam(required = false) Long rootUnitId,
			@RequestParam(required = false) PeriodKind periodKind, @RequestParam(required = false) LocalDate periodFrom,
			@RequestParam(required = false) LocalDate periodTo, @RequestParam(required = false) CampaignKind kind,
			@RequestParam(required = false) List<PersonCategory> categories,
			@RequestParam(required = false) LocalDate deadline, Scope scope, Model model) {
		NewCampaign c = new NewCampaign(name, rootUnitId, periodKind, periodFrom, periodTo, kind,
				categories == null ? Set.of() : EnumSet.copyOf(categories), deadline);
		try {
			return "redirect:/evaluations/" + campaigns.open(c, scope).id();
		}
		catch (ValidationException e) {
			form(model, c);
			model.addAttribute("errors", e.errors());
			return "evaluation/new";
		}
	}

	private static void form(Model model, NewCampaign c) {
		model.addAttribute("c", c);
		model.addAttribute("periodKinds", PeriodKind.values());
		model.addAttribute("kinds", CampaignKind.values());
		model.addAttribute("categories", Arrays.asList(PersonCategory.CADRE, PersonCategory.CIVIL_SERVANT,
				PersonCategory.PUBLIC_EMPLOYEE, PersonCategory.NON_SPECIALISED));
	}

	/** The list of the campaigns in the scope as .xlsx (real dates and numbers). */
	@GetMapping("/evaluations/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('EXPORT')")
	void export(Scope scope, HttpServletResponse res) {
		List<List<?>> rows = new ArrayList<>();
		for (Campaign c : campaigns.list(scope)) {
			rows.add(Arrays.asList(c.name(), c.rootUnitName(), c.periodKind().label(), c.periodFrom(), c.periodTo(),
					c.kind().label(), c.status().label(), c.ratedCount(), c.subjectCount(), c.deadline(),
					c.decidedOn()));
		}
		XlsxTable.send(res, "danh-sach-dot-danh-gia.xlsx", Messages.text("evaluation.pages.export.sheet"),
				List.of(Messages.text("evaluation.pages.export.headers").split("\\|")), rows);
	}

}
