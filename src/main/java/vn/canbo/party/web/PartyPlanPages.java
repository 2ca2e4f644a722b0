package vn.canbo.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.documents.DocumentFormat;
import vn.canbo.party.AdmissionPlan;
import vn.canbo.party.PartyDocuments;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.PartyPlanEdits;
import vn.canbo.party.PartyPlans;
import vn.canbo.party.PartyStatistics;
import vn.canbo.party.PartyStatisticsExports;
import vn.canbo.party.PlaceKind;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Attachment;

/**
 * Pages of the admission plans and the party statistics (issue 18): /party/plans (the
 * scope's plans with their achievement on a day, phrased as the reports do, and a form to
 * add one, each row with its edit and deletion under the optimistic lock),
 * /party/orgs/{id}/statistics (the statistics form of an organisation's subtree as of a
 * day with the movements of a period) and its .xlsx and PDF downloads under /party (the
 * pages never link to /api/v1); a member's Phiếu đảng viên as DOCX and PDF. Scope first:
 * outside it, 404.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PartyPlanPages {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final PartyPlans plans;

	private final PartyOrgs orgs;

	private final PartyStatistics statistics;

	private final PartyStatisticsExports exports;

	private final PartyDocuments documents;

	private final PartyPlanEdits edits;

	PartyPlanPages(PartyPlans plans, PartyOrgs orgs, PartyStatistics statistics, PartyStatisticsExports exports,
			PartyDocuments documents, PartyPlanEdits edits) {
		this.edits = edits;
		this.documents = documents;
		this.plans = plans;
		this.orgs = orgs;
		this.statistics = statistics;
		this.exports = exports;
	}

	@GetMapping("/party/plans")
	String plans(@RequestParam(required = false) LocalDate date, Scope scope, Model model) {
		LocalDate day = date == null ? LocalDate.now() : date;
		List<AdmissionPlan.Achievement> items = new ArrayList<>();
		for (AdmissionPlan p : plans.list(scope)) {
			items.add(plans.achievement(p.id(), scope, day));
		}
		model.addAttribute("items", items);
		model.addAttribute("orgs", orgs.tree(scope, day));
		model.addAttribute("date", day);
		return "party/plans";
	}

	@PostMapping("/party/plans")
	@PreAuthorize(WRITE)
	String create(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer target, @RequestParam(required = false) Integer residentialTarget,
			@RequestParam(required = false) String basis, Scope scope, Model model) {
		List<AdmissionPlan.SubTarget> subs = residentialTarget == null ? List.of()
				: List.of(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, residentialTarget));
		try {
			plans.create(new AdmissionPlan.Input(orgId, yearFrom, yearTo, name, target, basis, null, subs), scope);
			return "redirect:/party/plans?saved";
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
			return plans(null, scope, model);
		}
	}

	/**
	 * Edit of a plan from its row (the residential sub-target from the form, the other
	 * sub-targets kept); errors on the page (400), a stale version too (409).
	 */
	@PostMapping("/party/plans/{partyPlanId}")
	@PreAuthorize(WRITE)
	String update(@PathVariable long partyPlanId, @RequestParam(required = false) Long orgId,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) String name, @RequestParam(required = false) Integer target,
			@RequestParam(required = false) Integer residentialTarget, @RequestParam(required = false) String basis,
			@RequestParam(required = false) Integer version, Scope scope, Model model, HttpServletResponse response) {
		AdmissionPlan p = plans.get(partyPlanId, scope);
		List<AdmissionPlan.SubTarget> subs = new ArrayList<>(
				p.subTargets().stream().filter(s -> s.placeKind() != PlaceKind.RESIDENTIAL).toList());
		if (residentialTarget != null) {
			subs.add(new AdmissionPlan.SubTarget(PlaceKind.RESIDENTIAL, residentialTarget));
		}
		try {
			edits.update(partyPlanId,
					new AdmissionPlan.Edit(orgId, yearFrom, yearTo, name, target, basis, null, subs, version), scope);
			return "redirect:/party/plans?saved";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", e.errors());
			model.addAttribute("editing", partyPlanId);
			return plans(null, scope, model);
		}
		catch (ConcurrentEditException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", e.getMessage());
			return plans(null, scope, model);
		}
	}

	@PostMapping("/party/plans/{partyPlanId}/delete")
	@PreAuthorize(WRITE)
	String delete(@PathVariable long partyPlanId, @RequestParam(required = false) Integer version, Scope scope,
			Model model, HttpServletResponse response) {
		try {
			edits.delete(partyPlanId, version, scope);
			return "redirect:/party/plans?deleted";
		}
		catch (ValidationException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", e.errors());
			return plans(null, scope, model);
		}
		catch (ConcurrentEditException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", e.getMessage());
			return plans(null, scope, model);
		}
	}

	@GetMapping("/party/orgs/{partyOrgId}/statistics")
	String statistics(@PathVariable long partyOrgId, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Scope scope,
			Model model) {
		model.addAttribute("form", statistics.form(partyOrgId, scope, date, from, to));
		return "party/statistics";
	}

	@GetMapping("/party/orgs/{partyOrgId}/statistics.xlsx")
	ResponseEntity<byte[]> statisticsXlsx(@PathVariable long partyOrgId, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Scope scope) {
		PartyStatistics.Form f = statistics.form(partyOrgId, scope, date, from, to);
		return Attachment.entity("thong-ke-dang-vien-" + partyOrgId + ".xlsx", Attachment.XLSX, exports.xlsx(f));
	}

	@GetMapping("/party/orgs/{partyOrgId}/statistics.pdf")
	ResponseEntity<byte[]> statisticsPdf(@PathVariable long partyOrgId, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Scope scope) {
		PartyStatistics.Form f = statistics.form(partyOrgId, scope, date, from, to);
		return Attachment.entity("thong-ke-dang-vien-" + partyOrgId + ".pdf", Attachment.PDF, exports.pdf(f));
	}

	@GetMapping("/party/members/{partyMemberId}/phieu.docx")
	ResponseEntity<byte[]> memberFormDocx(@PathVariable long partyMemberId, Scope scope) {
		return Attachment.entity("phieu-dang-vien-" + partyMemberId + ".docx", Attachment.DOCX,
				documents.memberForm(partyMemberId, DocumentFormat.DOCX, scope));
	}

	@GetMapping("/party/members/{partyMemberId}/phieu.pdf")
	ResponseEntity<byte[]> memberFormPdf(@PathVariable long partyMemberId, Scope scope) {
		return Attachment.entity("phieu-dang-vien-" + partyMemberId + ".pdf", Attachment.PDF,
				documents.memberForm(partyMemberId, DocumentFormat.PDF, scope));
	}

}
