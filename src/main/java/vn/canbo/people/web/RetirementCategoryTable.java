package vn.canbo.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.canbo.people.PersonView;
import vn.canbo.people.RetirementCategoryFact;
import vn.canbo.people.web.DossierTables.Row;
import vn.canbo.people.web.DossierTables.Table;

/**
 * The dossier table of the retirement categories (NĐ 135/2020 Art. 5, 6): category,
 * months earlier or later, period, basis and legal basis.
 */
final class RetirementCategoryTable {

	static final String ID = "t40";

	private RetirementCategoryTable() {
	}

	static Table of(PersonView v, Function<Enum<?>, String> label) {
		List<Row> rows = new ArrayList<>();
		for (RetirementCategoryFact f : v.retirementCategories()) {
			String months = f.months() == null ? ""
					: (f.category() != null && !f.category().later() ? "−" : "+") + f.months();
			rows.add(new Row("retirement-categories", f.id(),
					List.of(label.apply(f.category()), months, DossierTables.range(f.validFrom(), f.validTo()),
							f.basis() == null ? "" : f.basis(), f.category() == null ? "" : f.category().legalBasis()),
					f.validTo() == null, null, f.validOn(v.asOf())));
		}
		return new Table(ID, "people.t.retirement-categories",
				List.of("people.col.retirementCategory", "people.col.retirementMonths", "people.col.period",
						"people.col.retirementBasis", "people.col.legalBasis"),
				rows, List.of(HistoryKinds.RETIREMENT_CATEGORIES), null);
	}

}
