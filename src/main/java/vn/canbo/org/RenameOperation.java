package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.RestructuringService.Rename;
import vn.canbo.org.RestructuringSteps.Open;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/** Đổi tên: see {@link RestructuringService.Rename}. */
record RenameOperation(RestructuringSteps steps, Catalogs catalogs) {

	RestructuringResult rename(Rename cmd, Scope scope) {
		ScopeFirst.check(steps.units(), scope, RestructuringSteps.effectiveDate(cmd.decision()),
				ScopeFirst.ids(cmd.unitId()));
		List<FieldError> errors = new ArrayList<>();
		LocalDate d = steps.checkDecision(cmd.decision(), errors);
		Open unit = d == null ? null : steps.checkOpen("unitId", cmd.unitId(), d, errors);
		String name = VietnameseText.clean(cmd.name());
		if (name == null) {
			errors.add(new FieldError("name", Messages.text("org.error.nameRequired")));
		}
		else if (name.length() > 300) {
			errors.add(new FieldError("name", Messages.text("org.error.nameTooLong")));
		}
		String type = VietnameseText.clean(cmd.typeCode());
		if (type != null && d != null && !catalogs.isValid(CatalogType.UNIT_TYPE, type, d)) {
			errors.add(new FieldError("typeCode", Messages.text("org.error.typeUnknown"), type));
		}
		String shortName = VietnameseText.clean(cmd.shortName());
		if (unit != null && name != null && name.equals(unit.name()) && (type == null || type.equals(unit.typeCode()))
				&& (shortName == null || shortName.equals(unit.shortName()))) {
			errors.add(new FieldError("name", Messages.text("org.error.sameName"), name));
		}
		steps.throwIf(errors);
		steps.checkScope(scope, d, List.of(cmd.unitId()));

		long rid = steps.restructuring(RestructuringKind.RENAME, cmd.decision());
		steps.close(cmd.unitId(), d);
		steps.insertVersion(cmd.unitId(), name, shortName != null ? shortName : unit.shortName(),
				type != null ? type : unit.typeCode(), unit.level(), unit.parentId(), d, rid);
		return steps.publish(rid, RestructuringKind.RENAME, cmd.decision(), Map.of(), Map.of(), List.of());
	}

}
