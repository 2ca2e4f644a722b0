package vn.canbo.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SPI: a module contributes named figures (số liệu) to reports, the dashboard and
 * programme targets — e.g. career adds "appointed in the period", training "trained in
 * political theory", party "admitted in the period". Implement it as a Spring bean in
 * your module; {@link Figures} finds every provider.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface FigureProvider {

	/**
	 * The figures this provider can compute. Codes are global: prefix them with the
	 * module (PEOPLE_, CAREER_…).
	 */
	List<FigureDefinition> definitions();

	/**
	 * The definition of one of this provider's codes, including codes composed on demand
	 * (e.g. a set of decision types) that {@link #definitions()} cannot list; empty when
	 * the code is not its own.
	 */
	default Optional<FigureDefinition> definition(String code) {
		return definitions().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/**
	 * Computes one of this provider's figures; empty when the code is not its own. A
	 * filter of the request that the figure cannot apply is refused
	 * ({@link vn.canbo.shared.ValidationException} on field {@code f}), never ignored.
	 */
	Optional<Figure> compute(String code, FigureRequest request);

	/**
	 * One of this provider's figures once per value of one filter dimension (e.g.
	 * {@code COURSE_KIND}: one figure per course kind), each the figure {@link #compute}
	 * gives for the request with the filter {@code dimension = [value]} (replacing the
	 * request's own filter on that dimension), in the order of {@code values}; empty when
	 * the code is not its own. By default one {@link #compute} call per value; a provider
	 * that can count every value in one grouped statement overrides it (the same figures,
	 * paying the scope check and the units once).
	 */
	default Optional<Map<String, Figure>> breakdown(String code, FigureRequest request, String dimension,
			List<String> values) {
		if (definition(code).isEmpty()) {
			return Optional.empty();
		}
		Map<String, Figure> out = new LinkedHashMap<>();
		for (String v : values) {
			Optional<Figure> f = compute(code, request.withFilter(dimension, List.of(v)));
			if (f.isEmpty()) {
				return Optional.empty();
			}
			out.put(v, f.get());
		}
		return Optional.of(out);
	}

	/**
	 * Refuses ({@link vn.canbo.shared.HiddenFieldException}) one of this provider's
	 * figures that counts by a field the caller may not see; nothing by default.
	 */
	default void requireVisible(String code) {
	}

}
