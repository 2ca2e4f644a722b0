package vn.canbo.career.web;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionFilter;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionStatus;
import vn.canbo.career.DecisionType;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * The decision picker of the decision form's "Quyết định liên quan" (issue 20, point 6):
 * issued decisions of the scope whose number or issuer contains the query, labelled by
 * number, date, type and first person, for {@code fragments/picker.html}.
 */
@Controller
class DecisionPicker {

	private final DecisionService decisions;

	DecisionPicker(DecisionService decisions) {
		this.decisions = decisions;
	}

	/** One match, as the picker's options fragment reads it. */
	record Item(long id, String label, String detail) {
	}

	@GetMapping("/pick/decisions")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String decisions(@RequestParam(required = false) String q, Scope scope, Model model) {
		List<Item> items = q == null || q.strip().length() < 2 ? List.of() : decisions
			.list(new DecisionFilter(null, DecisionStatus.ISSUED, null, null, null, q.strip(), null), scope, 0, 12)
			.items()
			.stream()
			.map(s -> new Item(s.id(), label(s.number(), s.signedOn(), s.type()), s.firstPersonName()))
			.toList();
		model.addAttribute("items", items);
		return "fragments/picker :: options";
	}

	/** The label of a decision: "125/QĐ-UBND, 01/12/2026 — bổ nhiệm". */
	static String label(String number, java.time.LocalDate signedOn, DecisionType type) {
		boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		String n = number == null || number.isBlank() ? "—" : number;
		return n + (signedOn == null ? "" : ", " + Formats.date(signedOn)) + " — "
				+ (en ? type.labelEn() : type.label());
	}

	/** The label of a decision of the scope, or null. */
	static String label(DecisionService decisions, Long id, Scope scope) {
		if (id == null) {
			return null;
		}
		try {
			Decision d = decisions.get(id, scope);
			return label(d.number(), d.signedOn(), d.type());
		}
		catch (vn.canbo.shared.NotFoundException e) {
			return null;
		}
	}

}
