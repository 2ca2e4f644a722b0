package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/**
 * Built-in figures over the population's persons (as of the request's date): headcount,
 * women, party members, ethnic minorities, religious followers, under 35, university
 * degree or higher, advanced political theory (ratios of the headcount) and the average
 * age.
 */
@Component
class PeopleFigures implements FigureProvider {

	/** code → (label, filter dimension, values); null filter = the headcount. */
	private record Def(Dim dim, List<String> values) {
	}

	/** The figure's name: {@code reports.figure.<code>} of the bundle. */
	private static String label(String code) {
		return Messages.text("reports.figure." + code);
	}

	private static final Map<String, Def> DEFS = new LinkedHashMap<>();

	static {
		DEFS.put("PEOPLE_HEADCOUNT", new Def(null, null));
		DEFS.put("PEOPLE_WOMEN", new Def(Dim.GENDER, List.of("FEMALE")));
		DEFS.put("PEOPLE_PARTY", new Def(Dim.PARTY, List.of("YES")));
		DEFS.put("PEOPLE_MINORITY", new Def(Dim.MINORITY, List.of("MINORITY")));
		DEFS.put("PEOPLE_RELIGION", new Def(Dim.HAS_RELIGION, List.of("YES")));
		DEFS.put("PEOPLE_UNDER_35", new Def(Dim.AGE, ages(0, 34)));
		DEFS.put("PEOPLE_UNDER_40", new Def(Dim.AGE, ages(0, 39)));
		DEFS.put("PEOPLE_DEGREE", new Def(Dim.PROFESSIONAL, List.of("DAI_HOC", "THAC_SI", "TIEN_SI", "TSKH")));
		DEFS.put("PEOPLE_THEORY_HIGH", new Def(Dim.POLITICAL_THEORY, List.of("CAO_CAP", "CU_NHAN")));
	}

	static List<String> ages(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
	}

	private final StatisticsService stats;

	PeopleFigures(StatisticsService stats) {
		this.stats = stats;
	}

	@Override
	public void requireVisible(String code) {
		Def d = DEFS.get(code);
		if (d != null && d.dim() != null) {
			d.dim().base().requireVisible();
		}
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new java.util.ArrayList<>();
		DEFS.forEach((code, d) -> out.add(new FigureDefinition(code, label(code),
				d.dim() == null ? FigureDefinition.Kind.COUNT : FigureDefinition.Kind.RATIO, "people")));
		out.add(new FigureDefinition("PEOPLE_AVERAGE_AGE", label("PEOPLE_AVERAGE_AGE"), FigureDefinition.Kind.AVERAGE,
				"people"));
		return out;
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (!"PEOPLE_AVERAGE_AGE".equals(code) && !DEFS.containsKey(code)) {
			return Optional.empty();
		}
		Map<Dim, List<String>> filters = filters(code, r.filters());
		FigureBasis basis = r.basis(false);
		String drill = drill(filters);
		if ("PEOPLE_AVERAGE_AGE".equals(code)) {
			return Optional
				.of(new Figure(code, label(code), stats.count(r.population(), r.asOf(), filters, r.scope()), null, null,
						stats.averageAge(r.population(), r.asOf(), filters, r.scope()), drill, basis, List.of()));
		}
		Def d = DEFS.get(code);
		long total = stats.count(r.population(), r.asOf(), filters, r.scope());
		if (d.dim() == null) {
			return Optional.of(Figure.count(code, label(code), total, drill).withBasis(basis));
		}
		Map<Dim, List<String>> numerator = new LinkedHashMap<>(filters);
		List<String> values = d.values();
		if (filters.containsKey(d.dim())) {
			// both the figure and a filter restrict the dimension: the values of both
			values = values.stream().filter(filters.get(d.dim())::contains).toList();
		}
		numerator.put(d.dim(), values);
		long n = values.isEmpty() ? 0 : stats.count(r.population(), r.asOf(), numerator, r.scope());
		String cell = "cd=" + d.dim().name() + "&cv=" + enc(String.join(",", values));
		return Optional.of(Figure.ratio(code, label(code), n, total, drill.isEmpty() ? cell : drill + "&" + cell)
			.withBasis(basis));
	}

	/**
	 * The request's filters as dimensions of the statistics engine; a name that is not
	 * one (e.g. KEY_POST, a filter of decisions) is refused.
	 */
	static Map<Dim, List<String>> filters(String code, Map<String, List<String>> given) {
		Map<Dim, List<String>> out = new LinkedHashMap<>();
		List<FieldError> errors = new ArrayList<>();
		given.forEach((name, values) -> {
			Dim d = Dim.parse(name, null);
			if (d == null || d == Dim.TOTAL) {
				errors.add(new FieldError("f", Messages.text("reports.error.figureFilter", code, name), name));
			}
			else if (values.isEmpty()) {
				errors.add(new FieldError("f", Messages.text("reports.error.figureFilterValues", name), name));
			}
			else {
				out.put(d, values);
			}
		});
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return out;
	}

	/** The filters as f= parameters of /reports/persons (empty without filters). */
	private static String drill(Map<Dim, List<String>> filters) {
		List<String> parts = new ArrayList<>();
		filters.forEach((d, v) -> parts.add("f=" + enc(d.name() + ":" + String.join(",", v))));
		return String.join("&", parts);
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}

}
