package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * The summary report's paragraph templates (table report_paragraph_template), written in
 * Thymeleaf TEXT mode and rendered from the stored string. A figure in the model prints
 * as a marker that the report turns into the number (DOCX, PDF) or into a link to the
 * persons/decisions behind it (HTML preview). A template that does not render against a
 * sample model is rejected on save; a template may reach only the model's figures through
 * an allow-list of constructs and expressions ({@link TemplateExpressions}), checked on
 * save and before every render.
 */
@Service
public class ParagraphTemplates {

	public record Template(String code, String name, String body, int sortOrder, int version) {
	}

	/** A paragraph: text pieces, each with a link (null for plain text). */
	public record Segment(String text, String link) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final SpringTemplateEngine engine;

	private final Figures figures;

	ParagraphTemplates(JdbcClient jdbc, AuditLog audit, Figures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
		this.audit = audit;
		StringTemplateResolver r = new StringTemplateResolver();
		r.setTemplateMode(TemplateMode.TEXT);
		r.setCacheable(false);
		this.engine = new SpringTemplateEngine();
		engine.setTemplateResolver(r);
	}

	public List<Template> list() {
		return jdbc.sql(
				"select code, name, body, sort_order, version from report_paragraph_template order by sort_order, code")
			.query((rs, i) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5)))
			.list();
	}

	public Template get(String code) {
		return list().stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Messages.text("reports.error.paragraphNotFound", code)));
	}

	/** Saves a new body after checking that it renders against a sample model. */
	@Transactional
	public Template save(String code, String body, int version) {
		Template before = get(code);
		validate(body);
		int n = jdbc.sql(
				"update report_paragraph_template set body = ?, version = version + 1, updated_at = now() where code = ? and version = ?")
			.params(body, code, version)
			.update();
		if (n == 0) {
			throw new ConcurrentEditException(Messages.text("reports.error.paragraphConflict"));
		}
		Template saved = get(code);
		audit.record(AuditAction.UPDATE, "report_paragraph_template", code, null, before, saved);
		return saved;
	}

	void validate(String body) {
		if (body == null || body.isBlank()) {
			throw new ValidationException("body", Messages.text("reports.error.paragraphEmpty"));
		}
		Map<String, Object> sample = sampleModel();
		java.util.List<String> unknown = TemplateExpressions.check(body, sample.keySet())
			.stream()
			.filter(code -> figures.definition(code).isEmpty())
			.toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException("body",
					Messages.text("reports.error.paragraphUnknownFigure", String.join(", ", unknown)));
		}
		try {
			render(body, sample);
		}
		catch (RuntimeException e) {
			String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new ValidationException("body",
					Messages.text("reports.error.paragraphInvalid", m.length() > 300 ? m.substring(0, 300) : m));
		}
	}

	/**
	 * Renders a template body: paragraphs (split on line breaks) of segments. The body is
	 * checked against the allow-list first ({@link TemplateExpressions}), stored or not.
	 */
	public List<List<Segment>> render(String body, Map<String, Object> model) {
		TemplateExpressions.check(body, model.keySet());
		Registry reg = new Registry();
		Context ctx = new Context(Locale.forLanguageTag("vi"));
		model.forEach((k, v) -> ctx.setVariable(k, bind(v, reg)));
		String out = engine.process(body, ctx);
		List<List<Segment>> paragraphs = new ArrayList<>();
		for (String line : out.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			List<Segment> segs = new ArrayList<>();
			int i = 0;
			while (i < line.length()) {
				int s = line.indexOf('\u0001', i);
				if (s < 0) {
					segs.add(new Segment(line.substring(i), null));
					break;
				}
				if (s > i) {
					segs.add(new Segment(line.substring(i, s), null));
				}
				int e = line.indexOf('\u0002', s);
				Segment f = reg.items.get(Integer.parseInt(line.substring(s + 1, e)));
				segs.add(f);
				i = e + 1;
			}
			paragraphs.add(segs);
		}
		return paragraphs;
	}

	private static Object bind(Object v, Registry reg) {
		if (v instanceof Fig f) {
			return f.bound(reg);
		}
		if (v instanceof TemplateFigures m) {
			return m.bound(reg);
		}
		if (v instanceof List<?> l) {
			return l.stream().map(x -> bind(x, reg)).toList();
		}
		return v;
	}

	static final class Registry {

		final List<Segment> items = new ArrayList<>();

		final Map<String, Integer> seen = new HashMap<>();

		String token(String text, String link) {
			String key = text + "\u0000" + link;
			Integer i = seen.computeIfAbsent(key, k -> {
				items.add(new Segment(text, link));
				return items.size() - 1;
			});
			return "\u0001" + i + "\u0002";
		}

	}

	/**
	 * A figure in a template model: prints as its number ({@code [(${x})]}),
	 * {@code x.pct} its percentage (two decimals), {@code x.pct0}…{@code x.pct3} with a
	 * chosen precision, {@code x.of} its denominator,
	 * {@code x.label}/{@code x.labelLower} its label, {@code x.count} the raw count.
	 * {@code text} replaces the number (e.g. a whole achievement sentence).
	 */
	public static final class Fig {

		private final String label;

		private final long count;

		private final Long of;

		private final BigDecimal percent;

		private final String link;

		private final String text;

		private Registry reg;

		public Fig(String label, long count, Long of, BigDecimal percent, String link, String text) {
			this.label = label;
			this.count = count;
			this.of = of;
			this.percent = percent;
			this.link = link;
			this.text = text;
		}

		public static Fig of(Figure f, String link) {
			return new Fig(f.label(), f.count(), f.of(), f.percent(), link, null);
		}

		Fig bound(Registry r) {
			Fig f = new Fig(label, count, of, percent, link, text);
			f.reg = r;
			return f;
		}

		public String getLabel() {
			return label;
		}

		public String getLabelLower() {
			return label == null || label.isEmpty() ? ""
					: label.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + label.substring(1);
		}

		public long getCount() {
			return count;
		}

		public String getPct() {
			return token(percent == null ? "" : Formats.percent(percent));
		}

		/**
		 * The percentage with 0–3 decimals ({@code x.pct0} … {@code x.pct3}: "chiếm
		 * [(${x.pct1})]" prints "chiếm 21,1%"), computed from count/of straight to that
		 * precision (HALF_UP, never rounded twice) and written without trailing zeros, as
		 * the indicator sentences are ("21%", not "21,0%").
		 */
		public String getPct0() {
			return pct(0);
		}

		public String getPct1() {
			return pct(1);
		}

		public String getPct2() {
			return pct(2);
		}

		public String getPct3() {
			return pct(3);
		}

		private String pct(int decimals) {
			BigDecimal p = of != null && of != 0
					? BigDecimal.valueOf(count)
						.multiply(BigDecimal.valueOf(100))
						.divide(BigDecimal.valueOf(of), decimals, java.math.RoundingMode.HALF_UP)
					: percent == null ? null : percent.setScale(decimals, java.math.RoundingMode.HALF_UP);
			if (p == null) {
				return token("");
			}
			java.text.DecimalFormatSymbols s = new java.text.DecimalFormatSymbols();
			s.setGroupingSeparator('.');
			s.setDecimalSeparator(',');
			return token(new java.text.DecimalFormat("#,##0.###", s).format(p) + "%");
		}

		public String getOf() {
			return token(of == null ? "" : Formats.number(of));
		}

		/** The denominator as a number (0 without one), for conditions. */
		public long getTotal() {
			return of == null ? 0 : of;
		}

		public String getLink() {
			return link;
		}

		private String token(String s) {
			return reg == null ? s : reg.token(s, link);
		}

		@Override
		public String toString() {
			return token(text != null ? text : Formats.number(count));
		}

	}

	/** A model with every variable the stored templates may use, for validation. */
	static Map<String, Object> sampleModel() {
		Map<String, Object> m = new HashMap<>();
		Fig f = new Fig("Mẫu", 1, 2L, new BigDecimal("50"), null, null);
		m.put("scopeName", "thị xã");
		m.put("unitName", "Thị xã");
		m.put("from", "01/01/2026");
		m.put("to", "30/06/2026");
		m.put("asOf", "30/06/2026");
		for (String k : List.of("total", "women", "party", "minority", "under35", "degree", "theory", "averageAge",
				"cbccvc", "nonSpecialised", "contract")) {
			m.put(k, f);
		}
		m.put("levels", List.of(f, f));
		m.put("movements", List.of(f));
		m.put("indicators", List.of(new Fig("Chỉ tiêu", 1, null, null, null, "1/2 đồng chí, đạt 50%")));
		// grouped decision types are named in lower case ("bổ nhiệm, bổ nhiệm lại")
		m.put("movementGroups", List.of(new Fig("mẫu", 1, null, null, null, null)));
		m.put("movementPhrase", new Fig("Mẫu", 1, null, null, null, "bổ nhiệm, bổ nhiệm lại 1"));
		m.put("movementTotal", f);
		m.put(TemplateExpressions.FIGURES, new TemplateFigures(code -> f));
		return m;
	}

}
