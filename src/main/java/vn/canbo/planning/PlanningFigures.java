package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureProvider;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.FigureUnits;
import vn.canbo.reports.Population;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Planning figures for the summary report, the dashboard and programme targets (issue
 * 17), as of the request's date: PLANNING_PERSONS = the distinct persons in the plans of
 * the units counted (the population's roots and their subtrees, a root outside the scope:
 * 404; or the scope's units), PLANNING_WOMEN, PLANNING_YOUNG, PLANNING_MINORITY = those
 * of them who are women, young (under the threshold of the root's level: central without
 * a level, else local) or of an ethnic minority, with their share ("cán bộ nữ trong quy
 * hoạch đạt 38%"). Filter PLANNING_TERM (term codes); a population criterion, unit type,
 * conditions or another filter are refused.
 */
@Component
class PlanningFigures implements FigureProvider {

	static final String PERSONS = "PLANNING_PERSONS";

	static final String TERM = "PLANNING_TERM";

	private static final Map<String, Predicate<StructureService.Flags>> RATIOS = Map.of("PLANNING_WOMEN",
			StructureService.Flags::woman, "PLANNING_YOUNG", StructureService.Flags::young, "PLANNING_MINORITY",
			StructureService.Flags::minority);

	private final PlanningRows rows;

	private final StructureService structure;

	private final FigureUnits figureUnits;

	private final Units units;

	PlanningFigures(PlanningRows rows, StructureService structure, FigureUnits figureUnits, Units units) {
		this.rows = rows;
		this.structure = structure;
		this.figureUnits = figureUnits;
		this.units = units;
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		out.add(new FigureDefinition(PERSONS, label(PERSONS), FigureDefinition.Kind.COUNT, "planning"));
		for (String code : List.of("PLANNING_WOMEN", "PLANNING_YOUNG", "PLANNING_MINORITY")) {
			out.add(new FigureDefinition(code, label(code), FigureDefinition.Kind.RATIO, "planning"));
		}
		return out;
	}

	private static String label(String code) {
		return Messages.text(Messages.VIETNAMESE, "planning.figure." + code);
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || definition(code).isEmpty()) {
			return Optional.empty();
		}
		List<FieldError> errors = new ArrayList<>();
		Population p = r.population();
		if (p != null && (p.criterion() != null || p.unitTypeCode() != null || !p.conditions().where().isEmpty()
				|| !p.conditions().titleGroups().isEmpty() || !p.conditions().categories().isEmpty())) {
			errors.add(new FieldError("population", Messages.text("planning.error.figurePopulation", code)));
		}
		r.filters()
			.keySet()
			.stream()
			.filter(k -> !TERM.equals(k))
			.forEach(k -> errors.add(new FieldError("f", Messages.text("planning.error.figureFilter", code, k), k)));
		List<String> terms = r.filters().getOrDefault(TERM, List.of());
		terms.stream()
			.filter(t -> rows.term(t).isEmpty())
			.forEach(t -> errors.add(new FieldError("f", Messages.text("planning.error.term", t), t)));
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		LocalDate day = r.date();
		Set<Long> unitIds = figureUnits.of(r, "planning.structure.unitNotFound").orElse(null);
		List<Long> planIds = rows.plans(null)
			.stream()
			.filter(x -> (terms.isEmpty() || terms.contains(x.termCode()))
					&& (unitIds == null || unitIds.contains(x.unitId())))
			.map(PlanningRows.PlanRow::id)
			.toList();
		List<Long> ids = rows.activePersons(planIds, day);
		if (PERSONS.equals(code)) {
			return Optional.of(Figure.count(code, label(code), ids.size(), null).withBasis(r.basis(false)));
		}
		Long root = p == null ? null : p.rootUnitId();
		boolean central = root == null ? r.scope().unrestricted()
				: units.find(root, day).map(u -> u.level() == null).orElse(false);
		Map<Long, StructureService.Flags> flags = structure.flags(ids, structure.thresholds(central, day), day);
		long n = flags.values().stream().filter(RATIOS.get(code)).count();
		return Optional.of(Figure.ratio(code, label(code), n, ids.size(), null).withBasis(r.basis(false)));
	}

}
