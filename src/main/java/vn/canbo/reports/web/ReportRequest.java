package vn.canbo.reports.web;

import vn.canbo.shared.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.canbo.reports.Dim;
import vn.canbo.reports.Population;
import vn.canbo.reports.Populations;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.ValidationException;

/**
 * The query parameters shared by the pivot, standard reports, exports and drill-downs:
 * population ({@code pop} id, or ad hoc {@code root}, {@code type}, {@code cat},
 * {@code tg}), {@code date}, {@code rows}, {@code cols}, filters {@code f=DIM:v1,v2}, and
 * the drill-down cell {@code rd/rv}, {@code cd/cv}.
 */
public final class ReportRequest {

	private static final List<String> POPULATION_KEYS = List.of("pop", "root", "type", "cat", "tg", "date");

	private static final List<String> TABLE_KEYS = List.of("rows", "cols", "f", "chart");

	final MultiValueMap<String, String> params;

	final Population population;

	final LocalDate date;

	ReportRequest(MultiValueMap<String, String> params, Populations populations, vn.canbo.shared.Scope scope) {
		this.params = params;
		this.date = parseDate(first("date"));
		Long pop = parseLong("pop");
		List<Long> roots = new ArrayList<>();
		for (String r : all("root")) {
			roots.add(parseLong("root", r));
		}
		String type = first("type");
		List<String> cat = all("cat");
		List<String> tg = all("tg");
		if (pop != null) {
			Population p = populations.get(pop, scope);
			Population.Conditions c = p.conditions();
			if (!cat.isEmpty() || !tg.isEmpty()) {
				c = new Population.Conditions(cat.isEmpty() ? c.categories() : cat, tg.isEmpty() ? c.titleGroups() : tg,
						c.where());
			}
			this.population = new Population(p.id(), p.code(), p.name(), roots.isEmpty() ? p.rootUnitIds() : roots,
					type != null ? type : p.unitTypeCode(), c, p.criterion(), p.asOf(), p.note(), p.version());
		}
		else {
			Population adHoc = Population.adHoc(null, type, new Population.Conditions(cat, tg, Map.of()), null);
			this.population = new Population(null, null, adHoc.name(), roots, adHoc.unitTypeCode(), adHoc.conditions(),
					null, null, null, 0);
		}
	}

	LocalDate asOf() {
		return date != null ? date : population.asOfOrToday();
	}

	Dim rows(Dim fallback) {
		return Dim.parse(first("rows"), fallback);
	}

	Dim cols(Dim fallback) {
		return Dim.parse(first("cols"), fallback);
	}

	String chart() {
		String c = first("chart");
		return c == null ? "bar" : c;
	}

	/**
	 * Filters f=DIM:v1,v2 (several f of one dimension: any of their values). A filter
	 * that is not of that form or names no dimension is refused (400 naming it), never
	 * ignored; the values are checked by the statistics engine.
	 */
	Map<Dim, List<String>> filters() {
		Map<Dim, List<String>> out = new LinkedHashMap<>();
		List<FieldError> errors = new ArrayList<>();
		for (String f : all("f")) {
			int i = f.indexOf(':');
			Dim d = i <= 0 ? null : Dim.parse(f.substring(0, i), null);
			if (d == null) {
				errors.add(new FieldError("f", Messages.text("reports.filter.dim", f), f));
				continue;
			}
			List<String> values = Arrays.stream(f.substring(i + 1).split(",")).map(String::strip).toList();
			out.merge(d, values, (a, b) -> {
				List<String> both = new ArrayList<>(a);
				both.addAll(b);
				return both;
			});
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return out;
	}

	/** The drill-down cell: filters plus rd/rv and cd/cv. */
	Map<Dim, List<String>> cell() {
		Map<Dim, List<String>> out = new LinkedHashMap<>(filters());
		Dim rd = Dim.parse(first("rd"), null);
		if (rd != null && first("rv") != null) {
			out.put(rd, List.of(first("rv")));
		}
		Dim cd = Dim.parse(first("cd"), null);
		if (cd != null && first("cv") != null) {
			out.put(cd, Arrays.stream(first("cv").split(",", -1)).toList());
		}
		return out;
	}

	/** The population part of the query string (for links to other pages). */
	String populationQuery() {
		return query(POPULATION_KEYS);
	}

	/** Population + table choices (for drill-down links and exports). */
	String tableQuery() {
		List<String> keys = new ArrayList<>(POPULATION_KEYS);
		keys.addAll(TABLE_KEYS);
		return query(keys);
	}

	/** Base of drill-down links: the population and the filters. */
	String drillBase() {
		List<String> keys = new ArrayList<>(POPULATION_KEYS);
		keys.add("f");
		return query(keys);
	}

	/** Everything but the page (for paging links). */
	String drillQuery() {
		List<String> keys = new ArrayList<>(POPULATION_KEYS);
		keys.addAll(List.of("rows", "cols", "f", "rd", "rv", "cd", "cv"));
		return query(keys);
	}

	private String query(List<String> keys) {
		StringBuilder s = new StringBuilder();
		for (String k : keys) {
			for (String v : all(k)) {
				if (!s.isEmpty()) {
					s.append('&');
				}
				s.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
			}
		}
		return s.toString();
	}

	public String first(String key) {
		String v = params.getFirst(key);
		return v == null || v.isBlank() ? null : v.strip();
	}

	public List<String> all(String key) {
		List<String> v = params.get(key);
		return v == null ? List.of() : v.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
	}

	private Long parseLong(String key) {
		String v = first(key);
		return v == null ? null : parseLong(key, v);
	}

	private static Long parseLong(String key, String v) {
		try {
			return Long.valueOf(v);
		}
		catch (NumberFormatException e) {
			throw new ValidationException(List.of(new FieldError(key, Messages.text("reports.error.integerId"), v)));
		}
	}

	private static LocalDate parseDate(String v) {
		if (v == null) {
			return null;
		}
		try {
			return vn.canbo.shared.web.DayFormatter.day(v);
		}
		catch (java.text.ParseException e) {
			throw new ValidationException(List.of(new FieldError("date", Messages.text("reports.error.date"), v)));
		}
	}

}
