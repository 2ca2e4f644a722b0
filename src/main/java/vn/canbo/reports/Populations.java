package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Saved populations (table report_population): list, read, create, update, delete (soft).
 */
@Service
public class Populations {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Catalogs catalogs;

	private final Units units;

	private final AuditLog audit;

	Populations(JdbcClient jdbc, ObjectMapper json, Catalogs catalogs, Units units, AuditLog audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.catalogs = catalogs;
		this.units = units;
		this.audit = audit;
	}

	private static final String COLS = "id, code, name, root_unit_id, unit_type_code, conditions::text, as_of, note, version";

	public List<Population> list() {
		return jdbc.sql("select " + COLS + " from report_population where deleted_at is null order by id")
			.query((rs, i) -> row(rs))
			.list();
	}

	public Optional<Population> find(long id) {
		return jdbc.sql("select " + COLS + " from report_population where id = ? and deleted_at is null")
			.param(id)
			.query((rs, i) -> row(rs))
			.optional();
	}

	public Optional<Population> findByCode(String code) {
		return jdbc.sql("select " + COLS + " from report_population where code = ? and deleted_at is null")
			.param(code)
			.query((rs, i) -> row(rs))
			.optional();
	}

	public Population get(long id) {
		return find(id).orElseThrow(
				() -> new NotFoundException(Messages.text("reports.error.populationNotFound", String.valueOf(id))));
	}

	/**
	 * The populations a user may see: those of the whole tree and those rooted inside the
	 * user's scope.
	 */
	public List<Population> list(Scope scope) {
		return list().stream().filter(p -> visible(p, scope)).toList();
	}

	/**
	 * A population rooted outside the user's scope does not exist for that user (404, its
	 * name does not leak).
	 */
	public Population get(long id, Scope scope) {
		Population p = get(id);
		if (!visible(p, scope)) {
			throw new NotFoundException(Messages.text("reports.error.populationNotFound", String.valueOf(id)));
		}
		return p;
	}

	boolean visible(Population p, Scope scope) {
		if (scope.unrestricted() || p.rootUnitId() == null) {
			return true;
		}
		LocalDate today = LocalDate.now();
		return units.inScope(p.rootUnitId(), scope, today)
				|| (p.asOf() != null && units.inScope(p.rootUnitId(), scope, p.asOf()));
	}

	/**
	 * A population the user may change (or delete): built-in ones only by an
	 * administrator whose scope is the whole tree (or the system itself, without a
	 * signed-in user), root-less ones (the whole tree) only by a whole-tree user, the
	 * others by a user whose scope covers their root.
	 */
	public boolean writable(Population p, Scope scope) {
		if (p.id() != null && builtIn(p.id())) {
			return scope.unrestricted() && administrator();
		}
		if (p.rootUnitId() == null) {
			return scope.unrestricted();
		}
		return visible(p, scope);
	}

	/**
	 * A visible population the user may not change: 403 (it is readable, so nothing
	 * leaks).
	 */
	private void requireWritable(Population p, Scope scope) {
		if (!writable(p, scope)) {
			throw new AccessDeniedException(Messages.text("reports.error.populationReadOnly", p.name()));
		}
	}

	private boolean builtIn(long id) {
		return jdbc.sql("select built_in from report_population where id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private static boolean administrator() {
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a == null || a.getAuthorities().stream().anyMatch(g -> "ROLE_ADMIN".equals(g.getAuthority()));
	}

	/**
	 * Creates (id null) or updates a population; its root unit must be within the
	 * editor's scope, and so must the root it had (see {@link #writable}).
	 */
	@Transactional
	public Population save(Population p, Scope scope) {
		Population before = p.id() == null ? null : get(p.id(), scope);
		if (before != null) {
			requireWritable(before, scope);
		}
		validate(p, scope);
		String cond = json.writeValueAsString(p.conditions());
		String name = VietnameseText.clean(p.name());
		if (p.id() == null) {
			String code = p.code() == null || p.code().isBlank() ? "P" + System.nanoTime()
					: p.code().strip().toUpperCase();
			long id = jdbc
				.sql("insert into report_population (code, name, root_unit_id, unit_type_code, conditions, as_of, note)"
						+ " values (?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id")
				.params(code, name, p.rootUnitId(), blankToNull(p.unitTypeCode()), cond, p.asOf(), p.note())
				.query(Long.class)
				.single();
			Population saved = get(id);
			audit.record(AuditAction.CREATE, "report_population", String.valueOf(id), null, null, saved);
			return saved;
		}
		int n = jdbc
			.sql("update report_population set name = ?, root_unit_id = ?, unit_type_code = ?,"
					+ " conditions = cast(? as jsonb), as_of = ?, note = ?, version = version + 1, updated_at = now()"
					+ " where id = ? and version = ? and deleted_at is null")
			.params(name, p.rootUnitId(), blankToNull(p.unitTypeCode()), cond, p.asOf(), p.note(), p.id(), p.version())
			.update();
		if (n == 0) {
			throw new ConcurrentEditException(Messages.text("reports.error.populationConflict"));
		}
		Population saved = get(p.id());
		audit.record(AuditAction.UPDATE, "report_population", String.valueOf(p.id()), null, before, saved);
		return saved;
	}

	@Transactional
	public void delete(long id, Scope scope) {
		Population before = get(id, scope);
		requireWritable(before, scope);
		jdbc.sql("update report_population set deleted_at = now() where id = ?").param(id).update();
		audit.record(AuditAction.DELETE, "report_population", String.valueOf(id), null, before, null);
	}

	void validate(Population p, Scope scope) {
		List<FieldError> errors = new ArrayList<>();
		if (p.name() == null || p.name().isBlank()) {
			errors.add(new FieldError("name", Messages.text("reports.error.populationName"), p.name()));
		}
		if (p.rootUnitId() == null && !scope.unrestricted()) {
			errors.add(new FieldError("rootUnitId", Messages.text("reports.error.rootRequired")));
		}
		if (p.rootUnitId() != null && (units.find(p.rootUnitId(), p.asOfOrToday()).isEmpty()
				|| !units.inScope(p.rootUnitId(), scope, p.asOfOrToday()))) {
			errors.add(new FieldError("rootUnitId", Messages.text("reports.error.rootUnit"), p.rootUnitId()));
		}
		if (p.id() == null && p.code() != null && !p.code().isBlank()
				&& findByCode(p.code().strip().toUpperCase()).isPresent()) {
			errors.add(new FieldError("code", Messages.text("reports.error.populationCode"), p.code()));
		}
		if (p.unitTypeCode() != null && !p.unitTypeCode().isBlank()
				&& catalogs.find(CatalogType.UNIT_TYPE, p.unitTypeCode()).isEmpty()) {
			errors.add(new FieldError("unitTypeCode", Messages.text("reports.error.unitType"), p.unitTypeCode()));
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
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/**
	 * Refuses a population whose conditions name a field the caller may not see (issue
	 * 12), e.g. to be named by a target's indicator.
	 */
	public static void requireVisible(Population p) {
		p.conditions().where().keySet().forEach(k -> {
			Dim d = Dim.parse(k, null);
			if (d != null) {
				d.base().requireVisible();
			}
		});
	}

	private Population row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Long root = rs.getObject(4, Long.class);
		Population.Conditions c = json.readValue(rs.getString(6), Population.Conditions.class);
		return new Population(rs.getLong(1), rs.getString(2), rs.getString(3), root, rs.getString(5), c,
				rs.getObject(7, java.time.LocalDate.class), rs.getString(8), rs.getInt(9));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
