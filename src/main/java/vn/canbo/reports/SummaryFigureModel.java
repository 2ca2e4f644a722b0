package vn.canbo.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figure entries of the summary report's template model (issue 14, points 5 and 6):
 * {@code movementGroups} (the grouped decision types the movements page prints: "bổ
 * nhiệm, bổ nhiệm lại, giới thiệu ứng cử 56", each number linked to its decisions),
 * {@code movementPhrase} (the whole phrase as one text), {@code movementTotal} (all
 * movements) and {@code fig} (every provider's figure by code, computed only when a
 * template names it).
 */
final class SummaryFigureModel {

	private SummaryFigureModel() {
	}

	static void add(Map<String, Object> model, Figures figures, FigureRequest req, String personsBase) {
		List<ParagraphTemplates.Fig> groups = new ArrayList<>();
		Optional<Figure> all = figures.compute("CAREER_MOVEMENTS", req);
		all.ifPresent(f -> f.parts()
			.stream()
			.filter(p -> p.count() > 0)
			.forEach(p -> groups
				.add(new ParagraphTemplates.Fig(p.label(), p.count(), null, null, p.drillDown(), null))));
		model.put("movementGroups", groups);
		String phrase = String.join(", ",
				groups.stream()
					.map(g -> g.getLabel() + " " + vn.canbo.shared.web.Formats.number(g.getCount()))
					.toList());
		String link = all.map(Figure::drillDown).orElse(null);
		model.put("movementPhrase",
				new ParagraphTemplates.Fig(phrase, all.map(Figure::count).orElse(0L), null, null, link, phrase));
		model.put("movementTotal", all.map(f -> ParagraphTemplates.Fig.of(f, link))
			.orElse(new ParagraphTemplates.Fig("", 0, null, null, null, null)));
		model.put(TemplateExpressions.FIGURES,
				new TemplateFigures(code -> figures.compute(code, req)
					.map(f -> ParagraphTemplates.Fig.of(f, link(f, personsBase)))
					.orElse(null)));
	}

	/**
	 * A figure's link: a path as it is (decisions, movements), a query string appended to
	 * the persons list of the report's unit.
	 */
	static String link(Figure f, String personsBase) {
		String d = f.drillDown();
		if (d == null) {
			return null;
		}
		if (d.startsWith("/")) {
			return d;
		}
		return d.isEmpty() ? personsBase : personsBase + "&" + d;
	}

}
