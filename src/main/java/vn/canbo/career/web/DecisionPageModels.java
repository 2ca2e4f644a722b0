package vn.canbo.career.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDocuments;
import vn.canbo.career.DecisionHeading;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSigning;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * The models of {@link DecisionPageController}'s two pages: the draft form (persons,
 * posts, units, catalogs) and the decision's view (labels, checks, names).
 */
@Component
class DecisionPageModels {

	private final DecisionService decisions;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	private final DecisionDocuments documents;

	private final DecisionHeading heading;

	private final DecisionEffectLabels labels;

	private final DecisionNames names;

	DecisionPageModels(DecisionService decisions, PersonService people, Units units, Catalogs catalogs,
			DecisionDocuments documents, DecisionHeading heading, DecisionEffectLabels labels, DecisionNames names) {
		this.decisions = decisions;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
		this.documents = documents;
		this.heading = heading;
		this.labels = labels;
		this.names = names;
	}

	/** Fills the model of the draft form; returns its view name. */
	String form(DecisionForm f, Map<String, String> errors, Scope scope, Model model) {
		LocalDate day = f.getEffectiveOn() == null ? LocalDate.now() : f.getEffectiveOn();
		if (f.getSubjects().isEmpty()) {
			f.getSubjects().add(new DecisionForm.SubjectForm());
		}
		// names of the chosen persons and their posts on the day before the effective
		// date (for miễn nhiệm, bổ nhiệm lại…)
		Map<Long, List<Position>> positions = new HashMap<>();
		Long firstUnit = null;
		for (DecisionForm.SubjectForm s : f.getSubjects()) {
			if (s.getPersonId() != null) {
				try {
					PersonView v = people.get(s.getPersonId(), day.minusDays(1), scope);
					s.setPersonName(v.person().data().fullName());
					positions.put(s.getPersonId(), v.currentPositions());
					if (firstUnit == null && v.mainPosition() != null) {
						firstUnit = v.mainPosition().unitId();
					}
				}
				catch (NotFoundException e) {
					s.setPersonName(null);
				}
			}
		}
		Map<Long, UnitView> unitNames = units.findAll(
				f.getSubjects().stream().map(DecisionForm.SubjectForm::getUnitId).filter(Objects::nonNull).toList(),
				day);
		if (f.getPlace() == null || f.getPlace().isBlank()) {
			// the place of the date line: the issuing unit's locality, editable
			f.setPlace(heading.place(f.getIssuer(), firstUnit, scope,
					f.getSignedOn() == null ? LocalDate.now() : f.getSignedOn()));
		}
		model.addAttribute("form", f);
		model.addAttribute("errors", errors);
		model.addAttribute("types", DecisionType.values());
		DecisionType type = f.getType() == null ? DecisionType.TRANSFER : f.getType();
		model.addAttribute("type", type);
		// the subject fields of an amendment are those of the decision it amends
		DecisionType fields = type;
		if (type == DecisionType.AMENDMENT && f.getTargetDecisionId() != null) {
			try {
				fields = decisions.get(f.getTargetDecisionId(), scope).type();
			}
			catch (NotFoundException e) {
				fields = type;
			}
		}
		model.addAttribute("ft", fields);
		model.addAttribute("targetLabel", DecisionPicker.label(decisions, f.getTargetDecisionId(), scope));
		model.addAttribute("signingAuthorities", DecisionSigning.Authority.values());
		model.addAttribute("titles", catalogs.list(CatalogType.TITLE, day));
		model.addAttribute("ranks", catalogs.list(CatalogType.RANK, day));
		model.addAttribute("positions", positions);
		model.addAttribute("unitNames", unitNames);
		return "career/decision-form";
	}

	/** Fills the model of the decision's page; returns its view name. */
	String view(Decision d, Map<String, String> errors, List<RuleResult> checks, Scope scope, Model model) {
		model.addAttribute("d", d);
		// the page's title: "Quyết định 125/QĐ-UBND", or a draft's type and date, never
		// its id
		model.addAttribute("decisionTitle",
				d.number() != null ? Messages.text("career.decision") + " " + d.number() : names.name(d));
		model.addAttribute("decisionWhat", names.what(d));
		model.addAttribute("hasTemplate", documents.hasTemplate(d.type()));
		model.addAttribute("fourEyes", decisions.needsSecondApprover(d.type()));
		model.addAttribute("errors", errors);
		model.addAttribute("checks", checks == null ? d.checks() : checks);
		List<Long> unitIds = new ArrayList<>();
		d.subjects().forEach(s -> {
			if (s.unitId() != null) {
				unitIds.add(s.unitId());
			}
			if (s.homeUnitId() != null) {
				unitIds.add(s.homeUnitId());
			}
		});
		model.addAttribute("unitNames", units.findAll(unitIds, d.effectiveOn()));
		model.addAttribute("today", LocalDate.now());
		// issue 20: rows, posts and related decisions in words, not ids
		model.addAttribute("effectLabels", labels.effects(d, scope));
		model.addAttribute("positionLabels", labels.positions(d));
		model.addAttribute("related", labels.related(d, scope));
		model.addAttribute("personNames",
				d.subjects()
					.stream()
					.filter(s -> s.personId() != null && s.personName() != null)
					.collect(Collectors.toMap(DecisionSubject::personId, DecisionSubject::personName, (a, b) -> a)));
		return "career/decision";
	}

}
