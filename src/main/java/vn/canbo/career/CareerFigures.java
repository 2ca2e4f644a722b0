package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureProvider;
import vn.canbo.reports.FigureRequest;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Career figures for reports, targets and the summary report: CAREER_&lt;TYPE&gt; =
 * occurrences (lượt) of issued decisions of that type effective in the request's period
 * (e.g. CAREER_APPOINTMENT, CAREER_TRANSFER), CAREER_&lt;TYPE&gt;_PERSONS = persons
 * concerned, CAREER_MOVEMENTS = all of them, and the concurrent-post ratios
 * CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND / _UBND (communes whose Bí thư is also the
 * chairman, among the communes of the area). Counted within the request's scope, narrowed
 * to the population's root unit when it lies inside the scope. Drill-downs are paths: the
 * decision list (/career/decisions?type=…, with the same period and unit) or the
 * movements page.
 */
@Component
record CareerFigures(Movements movements, Units units) implements FigureProvider {

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
		for (String[] p : Movements.defaultPairs()) {
			out.add(new FigureDefinition("CAREER_CONCURRENT_" + p[0] + "_" + p[1],
					Messages.text(Messages.VIETNAMESE, "career.figure.concurrent", p[0], p[1]),
					FigureDefinition.Kind.RATIO, "career"));
		}
		return out;
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || !code.startsWith("CAREER_")) {
			return Optional.empty();
		}
		LocalDate asOf = r.asOf() == null ? LocalDate.now() : r.asOf();
		// several roots (issue 14): the union of their subtrees; a link names a unit only
		// when there is one
		List<Long> roots = r.population() == null ? List.of() : r.population().rootUnitIds();
		Long root = roots.size() == 1 ? roots.get(0) : null;
		boolean narrowed = !roots.isEmpty() && roots.stream().allMatch(u -> units.inScope(u, r.scope(), asOf));
		Scope scope = narrowed ? Scope.of(roots) : r.scope();
		if (code.startsWith("CAREER_CONCURRENT_")) {
			for (String[] p : Movements.defaultPairs()) {
				if (code.equals("CAREER_CONCURRENT_" + p[0] + "_" + p[1])) {
					try {
						Movements.ConcurrentStat s = movements.concurrent(scope, null, asOf, List.<String[]>of(p))
							.get(0);
						return Optional.of(Figure.ratio(code, s.phrase(), s.communes(), s.total(),
								"/career/movements?date=" + asOf + (root == null ? "" : "&unitId=" + root)));
					}
					catch (ValidationException e) {
						return Optional.of(Figure.ratio(code, code, 0, 0, null));
					}
				}
			}
			return Optional.empty();
		}
		LocalDate from = r.periodFrom() == null ? LocalDate.of(asOf.getYear(), 1, 1) : r.periodFrom();
		LocalDate to = r.periodTo() == null ? asOf : r.periodTo();
		String rest = code.substring("CAREER_".length());
		boolean persons = rest.endsWith("_PERSONS");
		String typeName = persons ? rest.substring(0, rest.length() - "_PERSONS".length()) : rest;
		if (to.isBefore(from)) {
			return Optional.of(Figure.count(code, code, 0, null));
		}
		Movements.Report report = movements.report(scope, from, to);
		// the list shows what was counted: the same period and, when narrowed, the same
		// unit
		String period = "&status=ISSUED&from=" + from + "&to=" + to
				+ (narrowed && root != null ? "&unitId=" + root : "");
		if ("MOVEMENTS".equals(typeName)) {
			long n = report.counts().stream().mapToLong(c -> persons ? c.persons() : c.occurrences()).sum();
			return Optional.of(Figure.count(code, Messages.text(Messages.VIETNAMESE, "career.figure.movements"), n,
					"/career/decisions?" + period.substring(1)));
		}
		DecisionType type;
		try {
			type = DecisionType.valueOf(typeName);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		long n = report.counts()
			.stream()
			.filter(c -> c.type() == type)
			.mapToLong(c -> persons ? c.persons() : c.occurrences())
			.sum();
		return Optional.of(Figure.count(
				code, Messages.text(Messages.VIETNAMESE,
						persons ? "career.figure.persons" : "career.figure.occurrences", type.label()),
				n, "/career/decisions?type=" + type.name() + period));
	}

}
