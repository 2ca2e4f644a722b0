package vn.canbo.career.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.canbo.career.DecisionHeading;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSigning;
import vn.canbo.career.DecisionType;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * The model of {@link DecisionPageController}'s draft form: the chosen persons and their
 * posts, units, catalogs, the place of the date line, the fields of the type (or of the
 * decision an amendment amends). The decision's page is {@link DecisionViewModel}.
 */
@Component
class DecisionFormModel {

	private final DecisionService decisions;

	private final PersonService people;

	private final Units units;

	private final Catalogs catalogs;

	private final DecisionHeading heading;

	DecisionFormModel(DecisionService decisions, PersonService people, Units units, Catalogs catalogs,
			DecisionHeading heading) {
		this.decisions = decisions;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
		this.heading = heading;
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

}
