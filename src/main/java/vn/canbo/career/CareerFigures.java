package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureProvider;
import vn.canbo.reports.FigureRequest;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Career figures for reports, targets and the summary report: CAREER_&lt;TYPE&gt; =
 * occurrences (lượt: decision-person pairs) of issued decisions of that type effective in
 * the request's period (e.g. CAREER_APPOINTMENT, CAREER_TRANSFER),
 * CAREER_&lt;TYPE&gt;_PERSONS = persons concerned, CAREER_MOVEMENTS = all of them (its
 * {@code parts}: the groups of the summary sentence), CAREER_SET:A+B+… and
 * CAREER_SET_PERSONS:A+B+… = a chosen set of types summed into one total (issue 14, point
 * 5), and the concurrent-post ratios CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND / _UBND
 * (communes whose Bí thư is also the chairman, among the communes of the area, on the
 * as-of date). The period defaults to 1 January of the as-of year – the as-of date
 * ({@link FigureRequest#from()}). Decision figures take the filters TITLE, TITLE_GROUP
 * and KEY_POST of the post concerned ({@link PostFilter}); any other filter is refused.
 * Counted within the request's scope, narrowed to the population's root units (their
 * union; a root outside the scope: 404). Drill-downs are paths: the decision list
 * (/career/decisions?type=…, with the same period and unit) or the movements page.
 */
@Component
record CareerFigures(Movements movements, Units units, Catalogs catalogs) implements FigureProvider {

	static final String SET = "CAREER_SET:";

	static final String SET_PERSONS = "CAREER_SET_PERSONS:";

	/**
	 * Type sets offered in the lists (any other set is a valid code too): the groups of
	 * the summary sentence, and the personnel decisions a committee's report sums ("điều
	 * động, phân công, bổ nhiệm, bổ nhiệm lại, chỉ định, chuẩn y, giới thiệu ứng cử… đối
	 * với 90 cán bộ").
	 */
	static final List<List<DecisionType>> LISTED_SETS = java.util.stream.Stream
		.concat(Movements.GROUPS.stream().filter(g -> g.size() > 1),
				java.util.stream.Stream.of(List.of(DecisionType.TRANSFER, DecisionType.ASSIGNMENT,
						DecisionType.APPOINTMENT, DecisionType.REAPPOINTMENT, DecisionType.NOMINATION,
						DecisionType.DESIGNATION, DecisionType.ENDORSEMENT)))
		.toList();

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		out.add(new FigureDefinition("CAREER_MOVEMENTS", Messages.text(Messages.VIETNAMESE, "career.figure.movements"),
				FigureDefinition.Kind.COUNT, "career"));
		for (DecisionType t : DecisionType.values()) {
			if (t == DecisionType.REVOCATION || t == DecisionType.AMENDMENT) {
				continue;
			}
			out.add(new FigureDefinition("CAREER_" + t.name(),
					Messages.text(Messages.VIETNAMESE, "career.figure.occurrences", t.label()),
					FigureDefinition.Kind.COUNT, "career"));
			out.add(new FigureDefinition("CAREER_" + t.name() + "_PERSONS",
					Messages.text(Messages.VIETNAMESE, "career.figure.persons", t.label()), FigureDefinition.Kind.COUNT,
					"career"));
		}
		for (List<DecisionType> set : LISTED_SETS) {
			String types = set.stream().map(Enum::name).collect(Collectors.joining("+"));
			out.add(new FigureDefinition(SET + types, setLabel(set, false), FigureDefinition.Kind.COUNT, "career"));
			out.add(new FigureDefinition(SET_PERSONS + types, setLabel(set, true), FigureDefinition.Kind.COUNT,
					"career"));
		}
		for (String[] p : Movements.defaultPairs()) {
			out.add(new FigureDefinition("CAREER_CONCURRENT_" + p[0] + "_" + p[1],
					Messages.text(Messages.VIETNAMESE, "career.figure.concurrent", p[0], p[1]),
					FigureDefinition.Kind.RATIO, "career"));
		}
		return out;
	}

	/**
	 * Also the type sets: CAREER_SET:A+B, CAREER_SET_PERSONS:A+B (refused if malformed).
	 */
	@Override
	public Optional<FigureDefinition> definition(String code) {
		if (code.startsWith(SET) || code.startsWith(SET_PERSONS)) {
			boolean persons = code.startsWith(SET_PERSONS);
			List<DecisionType> types;
			try {
				types = Movements.parseTypes(code.substring((persons ? SET_PERSONS : SET).length()), "figureCode");
			}
			catch (ValidationException e) {
				return Optional.empty();
			}
			return Optional
				.of(new FigureDefinition(code, setLabel(types, persons), FigureDefinition.Kind.COUNT, "career"));
		}
		return FigureProvider.super.definition(code);
	}

	private static String setLabel(List<DecisionType> types, boolean persons) {
		String names = types.stream().map(DecisionType::label).collect(Collectors.joining(", "));
		return Messages.text(Messages.VIETNAMESE, persons ? "career.figure.setPersons" : "career.figure.set", names);
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		boolean set = code != null && (code.startsWith(SET) || code.startsWith(SET_PERSONS));
		if (code == null || !set && (!code.startsWith("CAREER_") || definition(code).isEmpty())) {
			return Optional.empty(); // a malformed type set is refused below, naming what
										// is wrong
		}
		LocalDate asOf = r.date();
		List<Long> roots = r.population() == null ? List.of() : r.population().rootUnitIds();
		for (Long root : roots) {
			if (!units.inScope(root, r.scope(), asOf)) {
				throw new NotFoundException(Messages.text("career.error.unitNotFoundPlain", String.valueOf(root)));
			}
		}
		Scope scope = roots.isEmpty() ? r.scope() : Scope.of(roots);
		String unitParam = roots.stream().map(u -> "&unitId=" + u).collect(Collectors.joining());
		if (code.startsWith("CAREER_CONCURRENT_")) {
			refuseFilters(code, r.filters());
			return concurrent(code, r, scope, unitParam);
		}
		PostFilter posts = PostFilter.parse(r.filters(), catalogs, code);
		LocalDate from = r.from();
		LocalDate to = r.to();
		if (to.isBefore(from)) {
			throw new ValidationException(
					List.of(new FieldError("to", Messages.text("career.error.toBeforeFrom"), to.toString())));
		}
		List<DecisionType> types;
		boolean persons;
		String label;
		if (set) {
			persons = code.startsWith(SET_PERSONS);
			types = Movements.parseTypes(code.substring((persons ? SET_PERSONS : SET).length()), "figureCode");
			label = setLabel(types, persons);
		}
		else {
			String rest = code.substring("CAREER_".length());
			persons = rest.endsWith("_PERSONS");
			String typeName = persons ? rest.substring(0, rest.length() - "_PERSONS".length()) : rest;
			if ("MOVEMENTS".equals(typeName)) {
				types = List.of(DecisionType.values());
				label = Messages.text(Messages.VIETNAMESE, "career.figure.movements");
			}
			else {
				DecisionType type = DecisionType.valueOf(typeName);
				types = List.of(type);
				label = Messages.text(Messages.VIETNAMESE,
						persons ? "career.figure.persons" : "career.figure.occurrences", type.label());
			}
		}
		// one unit: the movements narrowed to it; several: the scope of their union
		Long unit = roots.size() == 1 ? roots.get(0) : null;
		Movements.Report report = movements.report(unit == null ? scope : r.scope(), unit, from, to, posts.filters(),
				types);
		String period = "&status=ISSUED&from=" + from + "&to=" + to + unitParam;
		String filters = posts.filters()
			.entrySet()
			.stream()
			.map(x -> "&f=" + x.getKey() + ":" + String.join(",", x.getValue()))
			.collect(Collectors.joining());
		String drill = link(types, posts, period, "/career/movements?from=" + from + "&to=" + to + unitParam, filters);
		Movements.SetCount sum = report.selection();
		Figure f = Figure.count(code, label, persons ? sum.persons() : sum.occurrences(), drill)
			.withBasis(r.basis(true));
		if (code.equals("CAREER_MOVEMENTS")) {
			List<Figure> parts = new ArrayList<>();
			for (Movements.SetCount g : report.groups()) {
				String c = SET + g.types().stream().map(Enum::name).collect(Collectors.joining("+"));
				parts.add(Figure.count(c, g.label(), g.occurrences(), link(g.types(), posts, period,
						"/career/movements?from=" + from + "&to=" + to + unitParam, filters)));
			}
			f = f.withParts(parts);
		}
		return Optional.of(f);
	}

	/**
	 * The decisions behind a count: the decision list for one type (or every type)
	 * without post filters, else the movements page with the chosen types and filters.
	 */
	private static String link(List<DecisionType> types, PostFilter posts, String period, String movementsPage,
			String filters) {
		boolean all = types.size() == DecisionType.values().length;
		if (posts.none() && (all || types.size() == 1)) {
			return "/career/decisions?" + (all ? "" : "type=" + types.get(0).name() + "&") + period.substring(1);
		}
		return movementsPage + (all ? "" : "&types=" + types.stream().map(Enum::name).collect(Collectors.joining(",")))
				+ filters;
	}

	private Optional<Figure> concurrent(String code, FigureRequest r, Scope scope, String unitParam) {
		LocalDate asOf = r.date();
		for (String[] p : Movements.defaultPairs()) {
			if (code.equals("CAREER_CONCURRENT_" + p[0] + "_" + p[1])) {
				String link = "/career/movements?date=" + asOf + unitParam;
				try {
					Movements.ConcurrentStat s = movements.concurrent(scope, null, asOf, List.<String[]>of(p)).get(0);
					return Optional
						.of(Figure.ratio(code, s.phrase(), s.communes(), s.total(), link).withBasis(r.basis(false)));
				}
				catch (ValidationException e) {
					return Optional.of(Figure.ratio(code, code, 0, 0, null).withBasis(r.basis(false)));
				}
			}
		}
		return Optional.empty();
	}

	private static void refuseFilters(String code, Map<String, List<String>> filters) {
		if (!filters.isEmpty()) {
			throw new ValidationException(filters.keySet()
				.stream()
				.map(k -> new FieldError("f", Messages.text("career.error.figureFilter", code, k), k))
				.toList());
		}
	}

}
