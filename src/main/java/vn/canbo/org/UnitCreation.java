package vn.canbo.org;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/** Thành lập: the creation of a unit from a date, for {@link UnitService}. */
final class UnitCreation {

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final AuditLog audit;

	private final Units units;

	UnitCreation(JdbcClient jdbc, Catalogs catalogs, AuditLog audit, Units units) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.audit = audit;
		this.units = units;
	}

	/** Thành lập: a new unit from a date, recorded as a CREATE restructuring. */
	UnitView create(UnitService.NewUnit u) {
		List<FieldError> errors = new ArrayList<>();
		String code = VietnameseText.clean(u.code());
		String name = VietnameseText.clean(u.name());
		if (code == null) {
			errors.add(new FieldError("code", Messages.text("org.error.codeRequired")));
		}
		else if (code.length() > 40) {
			errors.add(new FieldError("code", Messages.text("org.error.codeTooLong"), code));
		}
		else if (jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single() > 0) {
			errors.add(new FieldError("code", Messages.text("org.error.codeExists"), code));
		}
		if (name == null) {
			errors.add(new FieldError("name", Messages.text("org.error.nameRequired")));
		}
		if (u.validFrom() == null) {
			errors.add(new FieldError("validFrom", Messages.text("org.error.validFromRequired")));
		}
		if (u.level() == null) {
			errors.add(new FieldError("level", Messages.text("org.error.levelRequired")));
		}
		if (u.typeCode() == null
				|| (u.validFrom() != null && !catalogs.isValid(CatalogType.UNIT_TYPE, u.typeCode(), u.validFrom()))) {
			errors.add(new FieldError("typeCode", Messages.text("org.error.typeUnknown"), u.typeCode()));
		}
		if (u.parentId() != null && u.validFrom() != null && units.find(u.parentId(), u.validFrom()).isEmpty()) {
			errors.add(new FieldError("parentId", Messages.text("org.error.parentMissingOnFounding"), u.parentId()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long restructuringId = jdbc
			.sql("""
					insert into org_restructuring (kind, effective_date, decision_number, note, created_by) values ('CREATE', ?, ?, ?, ?) returning id""")
			.params(u.validFrom(), VietnameseText.clean(u.decisionNumber()), "Thành lập " + name,
					RestructuringService.actor())
			.query(Long.class)
			.single();
		long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
			.param(code)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into org_unit_version (unit_id, name, name_folded, short_name, type_code, admin_level, parent_id, valid_from, restructuring_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, VietnameseText.fold(name), VietnameseText.clean(u.shortName()), u.typeCode(),
					u.level().name(), u.parentId(), u.validFrom(), restructuringId)
			.update();
		UnitView created = units.find(id, u.validFrom()).orElseThrow();
		audit.record(AuditAction.CREATE, "org_unit", String.valueOf(id), null, null, created);
		return created;
	}

}
