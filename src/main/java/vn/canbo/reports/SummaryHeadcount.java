package vn.canbo.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Scope;

/**
 * The headcount sentence's figures by category, so that each printed label is true of the
 * number beside it: {@code cbccvc} counts exactly the cadres, civil servants and public
 * employees ("… cán bộ, công chức, viên chức"), {@code nonSpecialised} the
 * non-specialised persons ("người hoạt động không chuyên trách") and {@code contract} the
 * contract workers ("lao động hợp đồng"); {@code total} (every person) stays the
 * denominator of the quality ratios. Each links to the persons behind it.
 */
final class SummaryHeadcount {

	/** Cán bộ, công chức, viên chức. */
	static final List<PersonCategory> CBCCVC = List.of(PersonCategory.CADRE, PersonCategory.CIVIL_SERVANT,
			PersonCategory.PUBLIC_EMPLOYEE);

	private SummaryHeadcount() {
	}

	/** Puts {@code cbccvc}, {@code nonSpecialised} and {@code contract} in the model. */
	static void put(Map<String, Object> model, StatisticsService stats, Population pop, LocalDate asOf, Scope scope,
			String base) {
		StatisticsTable byCategory = stats.pivot(pop, asOf, Dim.CATEGORY, Dim.TOTAL, Map.of(), scope);
		long cbccvc = 0;
		for (PersonCategory c : CBCCVC) {
			cbccvc += count(byCategory, c);
		}
		String categories = String.join(",", CBCCVC.stream().map(Enum::name).toList());
		model.put("cbccvc", new ParagraphTemplates.Fig(label(CBCCVC), cbccvc, null, null,
				base + "&cd=" + Dim.CATEGORY.name() + "&cv=" + categories, null));
		model.put("nonSpecialised", fig(byCategory, PersonCategory.NON_SPECIALISED, base));
		model.put("contract", fig(byCategory, PersonCategory.CONTRACT, base));
	}

	private static ParagraphTemplates.Fig fig(StatisticsTable t, PersonCategory c, String base) {
		return new ParagraphTemplates.Fig(c.label(), count(t, c), null, null,
				base + "&rd=" + Dim.CATEGORY.name() + "&rv=" + c.name(), null);
	}

	private static long count(StatisticsTable t, PersonCategory c) {
		return t.rows().stream().filter(r -> c.name().equals(r.key())).mapToLong(StatisticsTable.Row::total).sum();
	}

	private static String label(List<PersonCategory> cs) {
		return String.join(", ", cs.stream().map(PersonCategory::label).toList());
	}

}
