package vn.canbo.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every figure of every {@link FigureProvider}: the entry point for targets, the summary
 * report and the dashboard.
 */
@Service
public class Figures {

	private final ObjectProvider<FigureProvider> providers;

	Figures(ObjectProvider<FigureProvider> providers) {
		this.providers = providers;
	}

	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		providers.orderedStream().forEach(p -> out.addAll(p.definitions()));
		return out;
	}

	/**
	 * Refuses a figure that counts by a field the caller may not see (issue 12), e.g.
	 * PEOPLE_MINORITY without SENSITIVE_READ: to be named by a target's indicator.
	 */
	public void requireVisible(String code) {
		providers.orderedStream().forEach(p -> p.requireVisible(code));
	}

	/**
	 * The definition of a code, listed or composed on demand (e.g.
	 * CAREER_SET:APPOINTMENT+REAPPOINTMENT); empty when no provider knows it.
	 */
	public Optional<FigureDefinition> definition(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return providers.orderedStream().map(p -> p.definition(code)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * The figure, or empty when no provider knows the code; it says what it was computed
	 * on ({@link Figure#basis()}: the request's, with its period, when the provider did
	 * not say).
	 */
	public Optional<Figure> compute(String code, FigureRequest request) {
		return providers.orderedStream()
			.map(p -> p.compute(code, request))
			.flatMap(Optional::stream)
			.findFirst()
			.map(f -> f.basis() == null ? f.withBasis(request.basis(true)) : f);
	}

	/**
	 * The figure once per value of one filter dimension
	 * ({@link FigureProvider#breakdown}: value → the figure with the filter
	 * {@code dimension = [value]}, in the order of {@code values}), or empty when no
	 * provider knows the code; each figure says what it was computed on.
	 */
	public Optional<Map<String, Figure>> breakdown(String code, FigureRequest request, String dimension,
			List<String> values) {
		return providers.orderedStream()
			.map(p -> p.breakdown(code, request, dimension, values))
			.flatMap(Optional::stream)
			.findFirst()
			.map(m -> {
				Map<String, Figure> out = new LinkedHashMap<>();
				m.forEach((v, f) -> out.put(v,
						f.basis() == null ? f.withBasis(request.withFilter(dimension, List.of(v)).basis(true)) : f));
				return out;
			});
	}

}
