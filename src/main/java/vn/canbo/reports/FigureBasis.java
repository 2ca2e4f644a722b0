package vn.canbo.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a figure was computed on (issue 14, point 4): the population (id, null for an ad
 * hoc one, and name), the unit subtrees counted (empty = the whole scope of an
 * unrestricted user), the as-of date, the period (null for figures of a state on the
 * date) and the filters applied.
 */
@org.springframework.modulith.NamedInterface("spi")
public record FigureBasis(Long populationId, String populationName, List<Long> unitIds, LocalDate asOf, LocalDate from,
		LocalDate to, Map<String, List<String>> filters) {

	public FigureBasis {
		unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
		filters = filters == null ? Map.of() : filters;
	}

}
