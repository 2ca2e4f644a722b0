package vn.canbo.reports;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * The checks of what a population counts: its roots (existing on its date, within the
 * editor's scope; field {@code rootUnitId} for one, {@code rootUnitIds[i]} for several),
 * unit type, old conditions and criterion ({@link CriterionCheck}), all errors at once.
 */
@Component
class PopulationDefinitions {

	private final Units units;

	private final Catalogs catalogs;

	private final CriterionCheck check;

	PopulationDefinitions(Units units, Catalogs catalogs, CriterionCheck check) {
		this.units = units;
		this.catalogs = catalogs;
		this.check = check;
	}

	/** Adds the errors of what a population counts (not its name or code). */
	void errors(Population p, Scope scope, List<FieldError> errors) {
		if (p.rootUnitIds().isEmpty() && !scope.unrestricted()) {
			errors.add(new FieldError("rootUnitId", Messages.text("reports.error.rootRequired")));
		}
		for (int i = 0; i < p.rootUnitIds().size(); i++) {
			Long r = p.rootUnitIds().get(i);
			if (units.find(r, p.asOfOrToday()).isEmpty() || !units.inScope(r, scope, p.asOfOrToday())) {
				String field = p.rootUnitIds().size() == 1 ? "rootUnitId" : "rootUnitIds[" + i + "]";
				errors.add(new FieldError(field, Messages.text("reports.error.rootUnit"), r));
			}
		}
		if (p.unitTypeCode() != null && !p.unitTypeCode().isBlank()
				&& catalogs.find(CatalogType.UNIT_TYPE, p.unitTypeCode()).isEmpty()) {
			errors.add(new FieldError("unitTypeCode", Messages.text("reports.error.unitType"), p.unitTypeCode()));
		}
		if (p.criterion() != null) {
			errors.addAll(check.check(p.criterion(), "criterion", p.asOfOrToday(), scope));
		}
		for (String c : p.conditions().categories()) {
			try {
				PersonCategory.valueOf(c);
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("conditions.categories", Messages.text("reports.error.category"), c));
			}
		}
		for (String g : p.conditions().titleGroups()) {
			if (catalogs.find(CatalogType.TITLE_GROUP, g).isEmpty()) {
				errors.add(new FieldError("conditions.titleGroups", Messages.text("reports.error.titleGroup"), g));
			}
		}
		for (Map.Entry<String, List<String>> e : p.conditions().where().entrySet()) {
			Dim d = Dim.parse(e.getKey(), null);
			if (d == null || d.unitRollUp() || d == Dim.UNIT) {
				errors.add(new FieldError("conditions.where", Messages.text("reports.error.whereDim"), e.getKey()));
			}
			else {
				d.base().requireVisible();
			}
		}
	}

}
