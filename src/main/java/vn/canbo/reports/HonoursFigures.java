package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.HonoursCounts;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Reward and discipline figures of a period (issue 15, point 4), counted by people's
 * {@link HonoursCounts} for the population's root units (none: the scope) over the
 * request's period ({@link FigureRequest#from()} – {@link FigureRequest#to()}, both days
 * inclusive): AWARD_PERSONS (persons rewarded), AWARD_INDIVIDUAL (individual awards),
 * AWARD_COLLECTIVES (units rewarded), AWARD_COLLECTIVE (collective awards),
 * AWARD_&lt;FORM&gt; and AWARD_COLLECTIVE_&lt;FORM&gt; (by form of the catalog
 * AWARD_FORM), DISCIPLINE_PERSONS (persons disciplined), DISCIPLINES and
 * DISCIPLINE_&lt;FORM&gt; (catalog DISCIPLINE_FORM) — so that a paragraph says "khen
 * thưởng 08 tập thể, 08 cá nhân". No filter applies (refused).
 */
@Component
record HonoursFigures(HonoursCounts counts, Catalogs catalogs) implements FigureProvider {

	private static final String MODULE = "people";

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		for (String code : List.of("AWARD_PERSONS", "AWARD_INDIVIDUAL", "AWARD_COLLECTIVES", "AWARD_COLLECTIVE",
				"DISCIPLINE_PERSONS", "DISCIPLINES")) {
			out.add(def(code, label(code)));
		}
		LocalDate today = LocalDate.now();
		for (CatalogItem f : catalogs.list(CatalogType.AWARD_FORM, today)) {
			out.add(def("AWARD_" + f.code(), text("reports.figure.honours.awardForm", f.name())));
			out.add(def("AWARD_COLLECTIVE_" + f.code(), text("reports.figure.honours.collectiveForm", f.name())));
		}
		for (CatalogItem f : catalogs.list(CatalogType.DISCIPLINE_FORM, today)) {
			out.add(def("DISCIPLINE_" + f.code(), text("reports.figure.honours.disciplineForm", f.name())));
		}
		return out;
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || !(code.startsWith("AWARD_") || code.startsWith("DISCIPLINE"))) {
			return Optional.empty();
		}
		Optional<FigureDefinition> def = definition(code);
		if (def.isEmpty()) {
			return Optional.empty();
		}
		if (!r.filters().isEmpty()) {
			throw new ValidationException(r.filters()
				.keySet()
				.stream()
				.map(k -> new FieldError("f", Messages.text("reports.error.figureFilter", code, k), k))
				.toList());
		}
		LocalDate from = r.from();
		LocalDate to = r.to();
		if (to.isBefore(from)) {
			throw new ValidationException("to", Messages.text("reports.figure.honours.toBeforeFrom"));
		}
		List<Long> roots = r.population() == null ? List.of() : r.population().rootUnitIds();
		HonoursCounts.Counts c = counts.count(r.scope(), roots, from, to);
		long n = switch (code) {
			case "AWARD_PERSONS" -> c.awardedPersons();
			case "AWARD_INDIVIDUAL" -> c.personAwards();
			case "AWARD_COLLECTIVES" -> c.awardedUnits();
			case "AWARD_COLLECTIVE" -> c.collectiveAwards();
			case "DISCIPLINE_PERSONS" -> c.disciplinedPersons();
			case "DISCIPLINES" -> c.disciplines();
			default -> byForm(code, c);
		};
		return Optional.of(Figure.count(code, def.get().label(), n, null));
	}

	private static long byForm(String code, HonoursCounts.Counts c) {
		Map<String, Long> m;
		String form;
		if (code.startsWith("AWARD_COLLECTIVE_")) {
			m = c.collectiveAwardsByForm();
			form = code.substring("AWARD_COLLECTIVE_".length());
		}
		else if (code.startsWith("AWARD_")) {
			m = c.personAwardsByForm();
			form = code.substring("AWARD_".length());
		}
		else {
			m = c.disciplinesByForm();
			form = code.substring("DISCIPLINE_".length());
		}
		return m.getOrDefault(form, 0L);
	}

	private static FigureDefinition def(String code, String label) {
		return new FigureDefinition(code, label, FigureDefinition.Kind.COUNT, MODULE);
	}

	private static String label(String code) {
		return text("reports.figure." + code);
	}

	private static String text(String key, Object... args) {
		return Messages.text(Messages.VIETNAMESE, key, args);
	}

}
