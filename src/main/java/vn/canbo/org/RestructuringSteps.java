package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;
import vn.canbo.shared.web.Formats;

/**
 * The steps shared by the restructuring operations: validation (decision, current
 * versions, new units, children, scope), the writes (restructuring, versions, links) and
 * the closing audit + event. Runs inside the transaction opened by
 * {@link RestructuringService}.
 */
@Component
record RestructuringSteps(JdbcClient jdbc, Catalogs catalogs, UnitService units, ApplicationEventPublisher events,
		AuditLog audit) {

	/** The current version of a unit (valid_to null). */
	record Open(long unitId, String code, String name, String shortName, String typeCode, AdminLevel level,
			Long parentId, LocalDate validFrom) {
	}

	/** The effective date of a decision, null when either is missing. */
	static LocalDate effectiveDate(Decision dec) {
		return dec == null ? null : dec.effectiveDate();
	}

	LocalDate checkDecision(Decision dec, List<FieldError> errors) {
		if (dec == null || dec.effectiveDate() == null) {
			errors.add(new FieldError("effectiveDate", Messages.text("org.error.effectiveDateRequired")));
			return null;
		}
		if (dec.number() != null && dec.number().length() > 100) {
			errors
				.add(new FieldError("decisionNumber", Messages.text("org.error.decisionNumberTooLong"), dec.number()));
		}
		if (dec.issuer() != null && dec.issuer().length() > 300) {
			errors.add(new FieldError("issuer", Messages.text("org.error.issuerTooLong")));
		}
		if (dec.date() != null && dec.date().isAfter(dec.effectiveDate().plusYears(1))) {
			errors.add(new FieldError("decisionDate", Messages.text("org.error.decisionDateInvalid"), dec.date()));
		}
		return dec.effectiveDate();
	}

	private Open open(long unitId) {
		return jdbc.sql("""
				select u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from
				from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = ? and v.valid_to is null
				for update of v""").param(unitId).query(RestructuringSteps::mapOpen).optional().orElse(null);
	}

	private static Open mapOpen(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Open(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("type_code"), AdminLevel.valueOf(rs.getString("admin_level")),
				(Long) rs.getObject("parent_id"), rs.getObject("valid_from", LocalDate.class));
	}

	/**
	 * The current version of a unit that a change on {@code d} may follow; null (with an
	 * error) otherwise.
	 */
	Open checkOpen(String field, long unitId, LocalDate d, List<FieldError> errors) {
		Open o = open(unitId);
		if (o == null) {
			boolean exists = jdbc.sql("select count(*) from org_unit where id = ?")
				.param(unitId)
				.query(Long.class)
				.single() > 0;
			errors.add(new FieldError(field,
					Messages.text(exists ? "org.error.unitEnded" : "org.error.unitMissing", String.valueOf(unitId)),
					unitId));
			return null;
		}
		if (!d.isAfter(o.validFrom())) {
			errors.add(new FieldError(field, Messages.text("org.error.dateBeforeVersion", Formats.date(d),
					Formats.date(o.validFrom()), o.name()), unitId));
			return null;
		}
		return o;
	}

	/** True if the unit exists on {@code d}; otherwise adds an error. */
	boolean checkActive(String field, long unitId, LocalDate d, List<FieldError> errors) {
		if (units.find(unitId, d).isPresent()) {
			return true;
		}
		errors.add(new FieldError(field,
				Messages.text("org.error.unitInactiveOn", String.valueOf(unitId), Formats.date(d)), unitId));
		return false;
	}

	/** Validates a new unit and fills its defaults (parent and level of {@code like}). */
	UnitSpec resolve(UnitSpec s, Open like, String field, LocalDate d, Set<Long> ending, List<FieldError> errors,
			Set<String> codesSoFar) {
		if (s == null) {
			errors.add(new FieldError(field, Messages.text("org.error.newUnitMissing")));
			return null;
		}
		String code = VietnameseText.clean(s.code());
		String name = VietnameseText.clean(s.name());
		if (code == null) {
			errors.add(new FieldError(field + ".code", Messages.text("org.error.codeRequired")));
		}
		else if (code.length() > 40) {
			errors.add(new FieldError(field + ".code", Messages.text("org.error.codeTooLong"), code));
		}
		else if (!codesSoFar.add(code) || jdbc.sql("select count(*) from org_unit where code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError(field + ".code", Messages.text("org.error.codeExists"), code));
		}
		if (name == null) {
			errors.add(new FieldError(field + ".name", Messages.text("org.error.nameRequired")));
		}
		else if (name.length() > 300) {
			errors.add(new FieldError(field + ".name", Messages.text("org.error.nameTooLong")));
		}
		String type = s.typeCode() != null ? s.typeCode() : like == null ? null : like.typeCode();
		if (type == null || (d != null && !catalogs.isValid(CatalogType.UNIT_TYPE, type, d))) {
			errors.add(new FieldError(field + ".typeCode", Messages.text("org.error.typeUnknown"), type));
		}
		AdminLevel level = s.level() != null ? s.level() : like == null ? null : like.level();
		if (level == null) {
			errors.add(new FieldError(field + ".level", Messages.text("org.error.levelRequired")));
		}
		Long parent = s.parentId() != null ? s.parentId() : like == null ? null : like.parentId();
		if (parent != null && d != null) {
			if (ending.contains(parent)) {
				errors.add(new FieldError(field + ".parentId", Messages.text("org.error.parentEnding"), parent));
			}
			else {
				checkActive(field + ".parentId", parent, d, errors);
			}
		}
		return new UnitSpec(code, name, VietnameseText.clean(s.shortName()), type, level, parent);
	}

	/**
	 * The current children of the given units that are not themselves ending; each must
	 * have started before d.
	 */
	List<Open> children(Collection<Long> parents, Set<Long> ending, LocalDate d, List<FieldError> errors) {
		if (parents.isEmpty()) {
			return List.of();
		}
		List<Open> list = jdbc.sql("""
				select u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from
				from org_unit u join org_unit_version v on v.unit_id = u.id
				where v.parent_id = any(?) and v.valid_to is null order by u.id""")
			.param(parents.toArray(Long[]::new))
			.query(RestructuringSteps::mapOpen)
			.list();
		List<Open> keep = new ArrayList<>();
		for (Open c : list) {
			if (ending.contains(c.unitId())) {
				continue;
			}
			if (!d.isAfter(c.validFrom())) {
				errors.add(new FieldError("effectiveDate",
						Messages.text("org.error.childChangedAfter", c.name(), Formats.date(c.validFrom())), d));
			}
			else {
				keep.add(c);
			}
		}
		return keep;
	}

	void checkScope(Scope scope, LocalDate d, Collection<Long> ids, Long... more) {
		if (scope.unrestricted()) {
			return;
		}
		Set<Long> allowed = units.subtreeIds(scope.rootUnitIds(), d);
		Set<Long> all = new HashSet<>(ids);
		for (Long m : more) {
			if (m != null) {
				all.add(m);
			}
		}
		for (Long id : all) {
			if (!allowed.contains(id)) {
				throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
			}
		}
	}

	static void throwIf(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	long restructuring(RestructuringKind kind, Decision dec) {
		return jdbc
			.sql("""
					insert into org_restructuring (kind, effective_date, decision_number, decision_date, issuer, note, created_by)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(kind.name(), dec.effectiveDate(), VietnameseText.clean(dec.number()), dec.date(),
					VietnameseText.clean(dec.issuer()),
					dec.note() == null || dec.note().isBlank() ? null : dec.note().strip(),
					RestructuringService.actor())
			.query(Long.class)
			.single();
	}

	void endAll(Collection<Long> ids, LocalDate d) {
		for (long id : ids) {
			close(id, d);
		}
	}

	void close(long unitId, LocalDate d) {
		int n = jdbc
			.sql("update org_unit_version set valid_to = ? where unit_id = ? and valid_to is null and valid_from < ?")
			.params(d, unitId, d)
			.update();
		if (n != 1) {
			throw new IllegalStateException("unit " + unitId + " has no open version before " + d);
		}
	}

	void reparent(Open c, Long parentId, AdminLevel level, LocalDate d, long rid) {
		close(c.unitId(), d);
		insertVersion(c.unitId(), c.name(), c.shortName(), c.typeCode(), level == null ? c.level() : level, parentId, d,
				rid);
	}

	long createUnit(UnitSpec s, LocalDate d, long rid) {
		long id = jdbc.sql("insert into org_unit (code) values (?) returning id")
			.param(s.code())
			.query(Long.class)
			.single();
		insertVersion(id, s.name(), s.shortName(), s.typeCode(), s.level(), s.parentId(), d, rid);
		return id;
	}

	void insertVersion(long unitId, String name, String shortName, String type, AdminLevel level, Long parentId,
			LocalDate from, long rid) {
		jdbc.sql(
				"""
						insert into org_unit_version (unit_id, name, name_folded, short_name, type_code, admin_level, parent_id, valid_from, restructuring_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(unitId, name, VietnameseText.fold(name), shortName, type, level.name(), parentId, from, rid)
			.update();
	}

	void link(long rid, long predecessor, long successor) {
		jdbc.sql("insert into org_restructuring_link (restructuring_id, predecessor_id, successor_id) values (?, ?, ?)")
			.params(rid, predecessor, successor)
			.update();
	}

	RestructuringResult publish(long rid, RestructuringKind kind, Decision dec, Map<Long, Long> mapping,
			Map<Long, Long> persons, List<UnitView> created, Long... alsoTouched) {
		auditRestructuring(rid, kind, dec, alsoTouched);
		Map<Long, Long> m = Map.copyOf(mapping);
		Map<Long, Long> p = persons == null ? Map.of() : Map.copyOf(new HashMap<>(persons));
		events.publishEvent(
				new UnitsRestructured(rid, kind, dec.effectiveDate(), m, p, VietnameseText.clean(dec.number())));
		return new RestructuringResult(rid, kind, dec.effectiveDate(), m, List.copyOf(created));
	}

	/**
	 * Records the restructuring in the audit trail: every unit it touched (new versions,
	 * predecessors, successors, {@code alsoTouched}) as it was the day before the
	 * effective date ({@code before}) and on it ({@code after}). History is only
	 * appended, so both states can be read back at the end of the operation.
	 */
	private void auditRestructuring(long rid, RestructuringKind kind, Decision dec, Long... alsoTouched) {
		Set<Long> ids = new TreeSet<>(jdbc.sql("""
				select unit_id from org_unit_version where restructuring_id = :r
				union select predecessor_id from org_restructuring_link where restructuring_id = :r
				union select successor_id from org_restructuring_link where restructuring_id = :r""")
			.param("r", rid)
			.query(Long.class)
			.list());
		for (Long id : alsoTouched) {
			if (id != null) {
				ids.add(id);
			}
		}
		LocalDate d = dec.effectiveDate();
		Map<Long, UnitView> before = units.findAll(ids, d.minusDays(1));
		Map<Long, UnitView> after = units.findAll(ids, d);
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("kind", kind.name());
		b.put("units", ids.stream().map(before::get).filter(Objects::nonNull).toList());
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("kind", kind.name());
		a.put("effectiveDate", d);
		a.put("decisionNumber", VietnameseText.clean(dec.number()));
		a.put("units", ids.stream().map(after::get).filter(Objects::nonNull).toList());
		a.put("ended", ids.stream().filter(id -> !after.containsKey(id)).toList());
		audit.record(AuditAction.RESTRUCTURE, "org_restructuring", String.valueOf(rid), null, b, a);
	}

}
