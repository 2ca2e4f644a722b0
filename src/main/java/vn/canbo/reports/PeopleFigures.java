package vn.canbo.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Built-in figures over the population's persons (as of the request's date): headcount,
 * women, party members, ethnic minorities, religious followers, under 35, university
 * degree or higher, advanced political theory (ratios of the headcount) and the average
 * age.
 */
@Component
class PeopleFigures implements FigureProvider {

	/** code → (label, filter dimension, values); null filter = the headcount. */
	private record Def(String label, Dim dim, List<String> values) {
	}

	private static final Map<String, Def> DEFS = new LinkedHashMap<>();

	static {
		DEFS.put("PEOPLE_HEADCOUNT", new Def("Tổng số", null, null));
		DEFS.put("PEOPLE_WOMEN", new Def("Nữ", Dim.GENDER, List.of("FEMALE")));
		DEFS.put("PEOPLE_PARTY", new Def("Đảng viên", Dim.PARTY, List.of("YES")));
		DEFS.put("PEOPLE_MINORITY", new Def("Dân tộc thiểu số", Dim.MINORITY, List.of("MINORITY")));
		DEFS.put("PEOPLE_RELIGION", new Def("Có tôn giáo", Dim.HAS_RELIGION, List.of("YES")));
		DEFS.put("PEOPLE_UNDER_35", new Def("Dưới 35 tuổi", Dim.AGE, ages(0, 34)));
		DEFS.put("PEOPLE_UNDER_40", new Def("Dưới 40 tuổi", Dim.AGE, ages(0, 39)));
		DEFS.put("PEOPLE_DEGREE",
				new Def("Đại học trở lên", Dim.PROFESSIONAL, List.of("DAI_HOC", "THAC_SI", "TIEN_SI", "TSKH")));
		DEFS.put("PEOPLE_THEORY_HIGH",
				new Def("Cao cấp, cử nhân lý luận chính trị", Dim.POLITICAL_THEORY, List.of("CAO_CAP", "CU_NHAN")));
	}

	static List<String> ages(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
	}

	private final StatisticsService stats;

	PeopleFigures(StatisticsService stats) {
		this.stats = stats;
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new java.util.ArrayList<>();
		DEFS.forEach((code, d) -> out.add(new FigureDefinition(code, d.label(),
				d.dim() == null ? FigureDefinition.Kind.COUNT : FigureDefinition.Kind.RATIO, "people")));
		out.add(new FigureDefinition("PEOPLE_AVERAGE_AGE", "Tuổi bình quân", FigureDefinition.Kind.AVERAGE, "people"));
		return out;
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if ("PEOPLE_AVERAGE_AGE".equals(code)) {
			return Optional
				.of(new Figure(code, "Tuổi bình quân", stats.count(r.population(), r.asOf(), Map.of(), r.scope()), null,
						null, stats.averageAge(r.population(), r.asOf(), Map.of(), r.scope()), ""));
		}
		Def d = DEFS.get(code);
		if (d == null) {
			return Optional.empty();
		}
		long total = stats.count(r.population(), r.asOf(), Map.of(), r.scope());
		if (d.dim() == null) {
			return Optional.of(Figure.count(code, d.label(), total, ""));
		}
		long n = stats.count(r.population(), r.asOf(), Map.of(d.dim(), d.values()), r.scope());
		return Optional.of(Figure.ratio(code, d.label(), n, total, "cd=" + d.dim().name() + "&cv="
				+ java.net.URLEncoder.encode(String.join(",", d.values()), java.nio.charset.StandardCharsets.UTF_8)));
	}

}
