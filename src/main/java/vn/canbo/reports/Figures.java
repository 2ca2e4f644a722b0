package vn.canbo.reports;

import java.util.ArrayList;
import java.util.List;
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

	/** The figure, or empty when no provider knows the code. */
	public Optional<Figure> compute(String code, FigureRequest request) {
		return providers.orderedStream().map(p -> p.compute(code, request)).flatMap(Optional::stream).findFirst();
	}

}
