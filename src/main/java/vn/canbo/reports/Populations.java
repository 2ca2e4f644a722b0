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

	private final Units units;

	private final AuditLog audit;

	private final PopulationDefinitions definitions;

	Populations(JdbcClient jdbc, ObjectMapper json, Units units, AuditLog audit, PopulationDefinitions definitions) {
		this.jdbc = jdbc;
		this.json = json;
		this.units = units;
		this.audit = audit;
		this.definitions = definitions;
	}

	private static final String COLS = "id, code, name, root_unit_id, unit_type_code, conditions::text, as_of, note, version,"
			+ " root_unit_ids, criterion::text";

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

	/**
	 * Visible when every root lies in the scope (today or on the population's date): a
	 * population partly outside the scope does not exist for the user.
	 */
	boolean visible(Population p, Scope scope) {
		if (scope.unrestricted() || p.rootUnitIds().isEmpty()) {
			return true;
		}
		LocalDate today = LocalDate.now();
		return p.rootUnitIds().stream().allMatch(r -> units.inScope(r, scope, today))
				|| (p.asOf() != null && p.rootUnitIds().stream().allMatch(r -> units.inScope(r, scope, p.asOf())));
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
		if (p.rootUnitIds().isEmpty()) {
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
		String crit = p.criterion() == null ? null : json.writeValueAsString(p.criterion());
		Long[] roots = p.rootUnitIds().isEmpty() ? null : p.rootUnitIds().toArray(Long[]::new);
		Long first = p.rootUnitIds().isEmpty() ? null : p.rootUnitIds().get(0);
		String name = VietnameseText.clean(p.name());
		if (p.id() == null) {
			String code = p.code() == null || p.code().isBlank() ? "P" + System.nanoTime()
					: p.code().strip().toUpperCase();
			long id = jdbc
				.sql("insert into report_population (code, name, root_unit_id, unit_type_code, conditions, as_of, note,"
						+ " root_unit_ids, criterion) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as bigint[]), cast(? as jsonb))"
						+ " returning id")
				.params(code, name, first, blankToNull(p.unitTypeCode()), cond, p.asOf(), p.note(), roots, crit)
				.query(Long.class)
				.single();
			Population saved = get(id);
			audit.record(AuditAction.CREATE, "report_population", String.valueOf(id), null, null, saved);
			return saved;
		}
		int n = jdbc
			.sql("update report_population set name = ?, root_unit_id = ?, unit_type_code = ?,"
					+ " conditions = cast(? as jsonb), as_of = ?, note = ?, root_unit_ids = cast(? as bigint[]),"
					+ " criterion = cast(? as jsonb), version = version + 1, updated_at = now()"
					+ " where id = ? and version = ? and deleted_at is null")
			.params(name, first, blankToNull(p.unitTypeCode()), cond, p.asOf(), p.note(), roots, crit, p.id(),
					p.version())
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
		definitions.errors(p, scope, errors);
		if (p.id() == null && p.code() != null && !p.code().isBlank()
				&& findByCode(p.code().strip().toUpperCase()).isPresent()) {
			errors.add(new FieldError("code", Messages.text("reports.error.populationCode"), p.code()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/**
	 * Checks what a population counts (roots, unit type, conditions, criterion), not its
	 * name: e.g. before a live count. A root outside the scope is absent (404).
	 */
	public void checkDefinition(Population p, Scope scope) {
		for (Long r : p.rootUnitIds()) {
			if (!units.inScope(r, scope, p.asOfOrToday())) {
				throw new NotFoundException(Messages.text("reports.error.unitNotFound", String.valueOf(r)));
			}
		}
		List<FieldError> errors = new ArrayList<>();
		definitions.errors(p, scope, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/**
	 * Refuses a population whose conditions name a field the caller may not see (issue
	 * 12), e.g. to be named by a target's indicator.
	 */
	public static void requireVisible(Population p) {
		p.conditions().where().keySet().forEach(Populations::requireVisible);
		if (p.criterion() != null) {
			requireVisible(p.criterion());
		}
	}

	private static void requireVisible(Criterion c) {
		if (c.dim() != null) {
			requireVisible(c.dim().strip().toUpperCase());
		}
		c.of().forEach(Populations::requireVisible);
	}

	private static void requireVisible(String dim) {
		Dim d = Dim.parse(dim, null);
		if (d != null) {
			d.base().requireVisible();
		}
	}

	/**
	 * A row: the roots from {@code root_unit_ids}, else (rows written before V9_7) from
	 * {@code root_unit_id}.
	 */
	private Population row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Long root = rs.getObject(4, Long.class);
		java.sql.Array array = rs.getArray(10);
		List<Long> roots = new ArrayList<>();
		if (array != null) {
			for (Object o : (Object[]) array.getArray()) {
				roots.add(((Number) o).longValue());
			}
		}
		if (roots.isEmpty() && root != null) {
			roots.add(root);
		}
		Population.Conditions c = json.readValue(rs.getString(6), Population.Conditions.class);
		String crit = rs.getString(11);
		Criterion criterion = crit == null ? null : json.readValue(crit, Criterion.class);
		return new Population(rs.getLong(1), rs.getString(2), rs.getString(3), roots, rs.getString(5), c, criterion,
				rs.getObject(7, java.time.LocalDate.class), rs.getString(8), rs.getInt(9));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
