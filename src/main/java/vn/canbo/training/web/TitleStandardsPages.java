package vn.canbo.training.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.ValidationException;
import vn.canbo.training.TitleRequirement;
import vn.canbo.training.TitleStandardInput;
import vn.canbo.training.TitleStandards;

/**
 * The title standards editor (/training/standards): every version per title (history
 * kept, [U] marked), filter by title, and the form of a new version, which an
 * administrator or an organisation officer may submit; errors all at once.
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class TitleStandardsPages {

	/** The kinds a standard may require (the academic title is never required). */
	static final List<QualificationKind> KINDS = List.of(QualificationKind.PROFESSIONAL,
			QualificationKind.POLITICAL_THEORY, QualificationKind.STATE_MANAGEMENT, QualificationKind.DEFENCE_SECURITY,
			QualificationKind.FOREIGN_LANGUAGE, QualificationKind.IT);

	private final TitleStandards standards;

	private final Catalogs catalogs;

	TitleStandardsPages(TitleStandards standards, Catalogs catalogs) {
		this.standards = standards;
		this.catalogs = catalogs;
	}

	/** A level to choose: code and name. */
	record Option(String code, String name) {
	}

	@GetMapping("/training/standards")
	String list(@RequestParam(required = false) String titleCode, Model model) {
		model(model, titleCode, new TitleStandardInput(titleCode, null, null, "", false, null, List.of()));
		return "training/standards";
	}

	@PostMapping("/training/standards")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAnyRole('ADMIN', 'ORG_OFFICER')")
	String add(@RequestParam(required = false) String titleCode, @RequestParam(required = false) String adminLevel,
			@RequestParam(required = false) LocalDate validFrom, @RequestParam(required = false) String legalBasis,
			@RequestParam(defaultValue = "false") boolean unconfirmed, @RequestParam(required = false) String note,
			@RequestParam Map<String, String> form, Model model) {
		List<TitleRequirement> reqs = new ArrayList<>();
		for (QualificationKind k : KINDS) {
			String level = form.get("level." + k.name());
			if (level != null && !level.isBlank()) {
				reqs.add(new TitleRequirement(k, level, null, form.containsKey("u." + k.name())));
			}
		}
		TitleStandardInput in = new TitleStandardInput(titleCode, adminLevel, validFrom, legalBasis, unconfirmed, note,
				reqs);
		try {
			standards.add(in);
			return "redirect:/training/standards?titleCode=" + titleCode;
		}
		catch (ValidationException e) {
			model(model, titleCode, in);
			model.addAttribute("errors", e.errors());
			return "training/standards";
		}
	}

	private void model(Model model, String titleCode, TitleStandardInput in) {
		model.addAttribute("standards", standards.list(titleCode));
		model.addAttribute("titles", catalogs.list(CatalogType.TITLE, null));
		model.addAttribute("titleCode", titleCode);
		model.addAttribute("levels", AdminLevel.values());
		Map<QualificationKind, List<Option>> options = new EnumMap<>(QualificationKind.class);
		for (QualificationKind k : KINDS) {
			options.put(k, k.levelCatalog() == null
					? List.of("DT1", "DT2", "DT3", "DT4")
						.stream()
						.map(c -> new Option(c,
								vn.canbo.shared.Messages.text("training.standard.group", c.substring(2))))
						.toList()
					: catalogs.list(k.levelCatalog(), null)
						.stream()
						.map((CatalogItem i) -> new Option(i.code(), i.label(vn.canbo.shared.Messages.locale())))
						.toList());
		}
		model.addAttribute("kinds", KINDS);
		model.addAttribute("options", options);
		Map<String, String> chosen = new java.util.HashMap<>();
		Map<String, Boolean> flagged = new java.util.HashMap<>();
		for (TitleRequirement r : in.requirements()) {
			chosen.put(r.kind().name(), r.levelCode());
			flagged.put(r.kind().name(), r.unconfirmed());
		}
		model.addAttribute("in", in);
		model.addAttribute("chosen", chosen);
		model.addAttribute("flagged", flagged);
	}

}
