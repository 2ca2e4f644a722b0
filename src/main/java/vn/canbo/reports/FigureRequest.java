package vn.canbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.canbo.shared.Scope;

/**
 * What a figure is computed for: a population (who, over its unit subtrees), the as-of
 * date (state figures), a period [from, to] (movement figures such as admissions in a
 * year; both inclusive, may be null: see {@link #from()} and {@link #to()}) and filters
 * (dimension name → accepted values, e.g. {@code GENDER → [FEMALE]} or, for decisions,
 * {@code KEY_POST → [YES]}; a provider refuses a filter it cannot apply), within a scope.
 */
@org.springframework.modulith.NamedInterface("spi")
public record FigureRequest(Population population, LocalDate asOf, LocalDate periodFrom, LocalDate periodTo,
		Scope scope, Map<String, List<String>> filters) {

	public FigureRequest {
		Map<String, List<String>> f = new LinkedHashMap<>();
		if (filters != null) {
			filters.forEach((k, v) -> f.put(k, v == null ? List.of() : List.copyOf(v)));
		}
		filters = Collections.unmodifiableMap(f);
	}

	/** Without filters. */
	public FigureRequest(Population population, LocalDate asOf, LocalDate periodFrom, LocalDate periodTo, Scope scope) {
		this(population, asOf, periodFrom, periodTo, scope, Map.of());
	}

	public static FigureRequest asOf(Population population, LocalDate asOf, Scope scope) {
		return new FigureRequest(population, asOf, null, null, scope);
	}

	/**
	 * The same request with the filter {@code dimension = values} (replacing the one it
	 * had on that dimension).
	 */
	public FigureRequest withFilter(String dimension, List<String> values) {
		Map<String, List<String>> f = new LinkedHashMap<>(filters);
		f.put(dimension, values);
		return new FigureRequest(population, asOf, periodFrom, periodTo, scope, f);
	}

	/** The as-of date; today when none was given. */
	public LocalDate date() {
		return asOf != null ? asOf : population != null ? population.asOfOrToday() : LocalDate.now();
	}

	/** The period's end: the one given, else the as-of date. */
	public LocalDate to() {
		return periodTo != null ? periodTo : date();
	}

	/** The period's start: the one given, else 1 January of the year of {@link #to()}. */
	public LocalDate from() {
		return periodFrom != null ? periodFrom : LocalDate.of(to().getYear(), 1, 1);
	}

	/**
	 * What a figure computed for this request used; {@code period}: whether the figure
	 * counts over the period (movements) or only as of the date (states).
	 */
	public FigureBasis basis(boolean period) {
		List<Long> unitIds = new ArrayList<>();
		if (population != null && !population.rootUnitIds().isEmpty()) {
			unitIds.addAll(population.rootUnitIds());
		}
		else if (scope != null && !scope.unrestricted()) {
			unitIds.addAll(scope.rootUnitIds().stream().sorted().toList());
		}
		return new FigureBasis(population == null ? null : population.id(),
				population == null ? null : population.name(), unitIds, date(), period ? from() : null,
				period ? to() : null, filters);
	}

}
