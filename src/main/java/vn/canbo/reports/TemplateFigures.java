package vn.canbo.reports;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code fig} entry of a paragraph template's model (issue 14, point 6): every figure
 * of every {@link FigureProvider} by its code, as
 * {@code [(${fig['CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND']})]}, computed lazily — only
 * the figures a template names, once per report. A code no provider knows prints as "(?)"
 * (templates naming one are refused on save).
 */
final class TemplateFigures extends AbstractMap<String, ParagraphTemplates.Fig> {

	private final Function<String, ParagraphTemplates.Fig> compute;

	private final Map<String, ParagraphTemplates.Fig> computed;

	private final ParagraphTemplates.Registry reg;

	TemplateFigures(Function<String, ParagraphTemplates.Fig> compute) {
		this(compute, new LinkedHashMap<>(), null);
	}

	private TemplateFigures(Function<String, ParagraphTemplates.Fig> compute,
			Map<String, ParagraphTemplates.Fig> computed, ParagraphTemplates.Registry reg) {
		this.compute = compute;
		this.computed = computed;
		this.reg = reg;
	}

	/** The same figures, printing as markers of the report's registry. */
	TemplateFigures bound(ParagraphTemplates.Registry r) {
		return new TemplateFigures(compute, computed, r);
	}

	@Override
	public ParagraphTemplates.Fig get(Object key) {
		if (!(key instanceof String code)) {
			return null;
		}
		ParagraphTemplates.Fig f = computed.get(code);
		if (f == null) {
			f = compute.apply(code);
			if (f == null) {
				f = new ParagraphTemplates.Fig(code, 0, null, null, null, "(?)");
			}
			computed.put(code, f);
		}
		return reg == null ? f : f.bound(reg);
	}

	@Override
	public boolean containsKey(Object key) {
		return key instanceof String;
	}

	@Override
	public Set<Entry<String, ParagraphTemplates.Fig>> entrySet() {
		return java.util.Collections.unmodifiableMap(computed).entrySet();
	}

}
