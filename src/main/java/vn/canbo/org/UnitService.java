package vn.canbo.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/** The organisation tree: reads as of a date, and the creation of units. */
@Service
public class UnitService implements Units {

	static final String VALID_ON = "v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)";
	static final String COLUMNS = """
			u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from, v.valid_to""";

	/** Display order of siblings: level (province first), then ({@link UnitOrder}). */
	static final String LEVEL_RANK = "(case v.admin_level when 'PROVINCE' then 1 when 'DISTRICT' then 2 when 'COMMUNE' then 3 else 4 end)";

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final AuditLog audit;

	UnitService(JdbcClient jdbc, Catalogs catalogs, AuditLog audit) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.audit = audit;
	}

	/** What a new unit is. */
	public record NewUnit(String code, String name, String shortName, String typeCode, AdminLevel level, Long parentId,
			LocalDate validFrom, String decisionNumber) {

		public NewUnit(String code, String name, String shortName, String typeCode, AdminLevel level, Long parentId,
				LocalDate validFrom) {
			this(code, name, shortName, typeCode, level, parentId, validFrom, null);
		}
	}

	/** Thành lập: a new unit from a date, recorded as a CREATE restructuring. */
	@Transactional
	public UnitView create(NewUnit u) {
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
		if (u.parentId() != null && u.validFrom() != null && find(u.parentId(), u.validFrom()).isEmpty()) {
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
		UnitView created = find(id, u.validFrom()).orElseThrow();
		audit.record(AuditAction.CREATE, "org_unit", String.valueOf(id), null, null, created);
		return created;
	}

	@Override
	public Optional<UnitView> find(long id, LocalDate asOf) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = :id and " + VALID_ON)
			.param("id", id)
			.param("d", asOf)
			.query(UnitService::map)
			.optional();
	}

	@Override
	public Optional<UnitView> findByCode(String code, LocalDate asOf) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from org_unit u join org_unit_version v on v.unit_id = u.id where u.code = :code and "
					+ VALID_ON)
			.param("code", code)
			.param("d", asOf)
			.query(UnitService::map)
			.optional();
	}

	@Override
	public Map<Long, UnitView> findAll(Collection<Long> ids, LocalDate asOf) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, UnitView> m = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS
				+ " from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = any(:ids) and " + VALID_ON)
			.param("ids", ids.toArray(Long[]::new))
			.param("d", asOf)
			.query(UnitService::map)
			.list()
			.forEach(v -> m.put(v.id(), v));
		return m;
	}

	/**
	 * For each root: the ids of its subtree on the date (itself included, no
	 * predecessors), in one query.
	 */
	public Map<Long, Set<Long>> subtreesOf(Collection<Long> rootIds, LocalDate asOf) {
		Map<Long, Set<Long>> m = new LinkedHashMap<>();
		if (rootIds.isEmpty()) {
			return m;
		}
		rootIds.forEach(r -> m.put(r, new HashSet<>(Set.of(r))));
		jdbc.sql("""
				with recursive t(root, id) as (
				    select r, r from unnest(cast(:roots as bigint[])) r
				    union
				    select t.root, v.unit_id from org_unit_version v join t on v.parent_id = t.id
				    where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
				)
				select root, id from t""")
			.param("roots", rootIds.toArray(Long[]::new))
			.param("d", asOf)
			.query((rs, n) -> m.get(rs.getLong(1)).add(rs.getLong(2)))
			.list();
		return m;
	}

	@Override
	public java.util.Comparator<UnitView> displayOrder() {
		return UnitOrder.comparator(catalogs);
	}

	/** Children of a unit (or the roots when null) on the date, in display order. */
	@Override
	public List<UnitView> children(Long parentId, LocalDate asOf) {
		String where = parentId == null ? "v.parent_id is null" : "v.parent_id = :p";
		var spec = jdbc
			.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id where " + where
					+ " and " + VALID_ON + " order by " + UnitOrder.sql(catalogs))
			.param("d", asOf);
		if (parentId != null) {
			spec = spec.param("p", parentId);
		}
		return spec.query(UnitService::map).list();
	}

	@Override
	public Set<Long> subtreeIds(Collection<Long> rootIds, LocalDate asOf) {
		if (rootIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				with recursive roots(id) as (
				    select unnest(cast(:roots as bigint[]))
				    union
				    select l.predecessor_id from org_restructuring_link l join roots r on l.successor_id = r.id
				), tree(id) as (
				    select id from roots
				    union
				    select v.unit_id from org_unit_version v join tree t on v.parent_id = t.id
				    where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
				)
				select id from tree""")
			.param("roots", rootIds.toArray(Long[]::new))
			.param("d", asOf)
			.query(Long.class)
			.list());
	}

	@Override
	public List<UnitView> path(long id, LocalDate asOf) {
		List<UnitView> path = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		Optional<UnitView> u = find(id, asOf);
		while (u.isPresent() && seen.add(u.get().id())) {
			path.add(u.get());
			u = u.get().parentId() == null ? Optional.empty() : find(u.get().parentId(), asOf);
		}
		Collections.reverse(path);
		return path;
	}

	// ---- reads for the tree, the history and search (scoped by the callers or here)
	// ----

	/**
	 * The unit on the date if it lies in the scope then; otherwise (absent or outside)
	 * {@link NotFoundException}.
	 */
	public UnitView require(long id, LocalDate asOf, Scope scope) {
		Optional<UnitView> u = find(id, asOf);
		if (u.isEmpty() || !inScope(id, scope, asOf)) {
			throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
		}
		return u.get();
	}

	/**
	 * The last version of a unit (current, or the one in force when it ended), whatever
	 * the date.
	 */
	public Optional<UnitView> latest(long id) {
		return jdbc
			.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id where u.id = :id "
					+ "order by v.valid_from desc limit 1")
			.param("id", id)
			.query(UnitService::map)
			.optional();
	}

	/**
	 * The last version of a unit if the scope covered it while it existed (on its last
	 * day, or today when it still exists); otherwise {@link NotFoundException}. Used for
	 * history, which has no date.
	 */
	public UnitView requireEver(long id, Scope scope) {
		UnitView last = latest(id)
			.orElseThrow(() -> new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id))));
		LocalDate when = last.validTo() != null ? last.validTo().minusDays(1)
				: (last.validFrom().isAfter(LocalDate.now()) ? last.validFrom() : LocalDate.now());
		if (!inScope(id, scope, when)) {
			throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
		}
		return last;
	}

	/**
	 * The top units of a scope on the date: units of the scope whose parent is outside it
	 * (for the whole tree: the roots). A scope rooted at a commune formed in 2025 shows,
	 * as of 2024, the communes merged into it.
	 */
	public List<TreeRow> topUnits(Scope scope, LocalDate asOf) {
		String sql = "select " + COLUMNS + ", " + HAS_CHILDREN
				+ " from org_unit u join org_unit_version v on v.unit_id = u.id where " + VALID_ON
				+ (scope.unrestricted() ? " and v.parent_id is null"
						: " and u.id = any(:ids) and (v.parent_id is null or not v.parent_id = any(:ids))")
				+ " order by " + UnitOrder.sql(catalogs);
		var spec = jdbc.sql(sql).param("d", asOf);
		if (!scope.unrestricted()) {
			spec = spec.param("ids", subtreeIds(scope.rootUnitIds(), asOf).toArray(Long[]::new));
		}
		return spec.query((rs, n) -> new TreeRow(map(rs, n), 0, rs.getBoolean("has_children"))).list();
	}

	/**
	 * Children of a unit on the date, in display order, each saying whether it has
	 * children itself.
	 */
	public List<TreeRow> childRows(long parentId, LocalDate asOf) {
		return jdbc
			.sql("select " + COLUMNS + ", " + HAS_CHILDREN
					+ " from org_unit u join org_unit_version v on v.unit_id = u.id " + "where v.parent_id = :p and "
					+ VALID_ON + " order by " + UnitOrder.sql(catalogs))
			.param("p", parentId)
			.param("d", asOf)
			.query((rs, n) -> new TreeRow(map(rs, n), 1, rs.getBoolean("has_children")))
			.list();
	}

	/**
	 * The subtree of a unit on the date as a flat list in display order (depth-first),
	 * down to {@code maxDepth} levels below the root (0 = the root only). Empty if the
	 * root does not exist then.
	 */
	public List<TreeRow> subtree(long rootId, LocalDate asOf, int maxDepth) {
		return jdbc
			.sql("""
					with recursive t(id, depth, path) as (
					    select v.unit_id, 0, array[cast('' as text)]
					    from org_unit_version v where v.unit_id = :root and v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
					    union all
					    select v.unit_id, t.depth + 1,
					           t.path || (cast((case v.admin_level when 'PROVINCE' then 1 when 'DISTRICT' then 2 when 'COMMUNE' then 3 else 4 end) as text)
					                      || '|' || lpad(cast(%TYPE_RANK% as text), 5, '0') || '|' || coalesce(v.name_folded, '') || '|' || lpad(cast(v.unit_id as text), 19, '0'))
					    from org_unit_version v join t on v.parent_id = t.id
					    where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d) and t.depth < :max
					)
					select"""
				.replace("%TYPE_RANK%", UnitOrder.typeRankSql(catalogs, "v.type_code")) + " " + COLUMNS + ", t.depth, "
					+ HAS_CHILDREN + "\n" + """
							from t join org_unit u on u.id = t.id join org_unit_version v on v.unit_id = u.id
							where v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)
							order by t.path""")
			.param("root", rootId)
			.param("d", asOf)
			.param("max", Math.max(0, maxDepth))
			.query((rs, n) -> new TreeRow(map(rs, n), rs.getInt("depth"), rs.getBoolean("has_children")))
			.list();
	}

	/**
	 * Every version of a unit, the restructurings touching it, its predecessors and
	 * successors.
	 */
	@Override
	public UnitHistory history(long id) {
		List<UnitView> versions = jdbc
			.sql("select " + COLUMNS + " from org_unit u join org_unit_version v on v.unit_id = u.id "
					+ "where u.id = :id order by v.valid_from")
			.param("id", id)
			.query(UnitService::map)
			.list();
		if (versions.isEmpty()) {
			throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
		}
		List<UnitHistory.Event> events = jdbc
			.sql("""
					select r.id, r.kind, r.effective_date, r.decision_number, r.decision_date, r.issuer, r.note
					from org_restructuring r
					where r.id in (select restructuring_id from org_unit_version where unit_id = :id and restructuring_id is not null
					               union select restructuring_id from org_restructuring_link where predecessor_id = :id or successor_id = :id)
					order by r.effective_date, r.id""")
			.param("id", id)
			.query((rs, n) -> new UnitHistory.Event(rs.getLong("id"), RestructuringKind.valueOf(rs.getString("kind")),
					rs.getObject("effective_date", LocalDate.class), rs.getString("decision_number"),
					rs.getObject("decision_date", LocalDate.class), rs.getString("issuer"), rs.getString("note")))
			.list();
		return new UnitHistory(id, versions.get(0).code(), versions, events, links(id, true), links(id, false));
	}

	private List<UnitHistory.Link> links(long id, boolean predecessors) {
		String mine = predecessors ? "successor_id" : "predecessor_id";
		String other = predecessors ? "predecessor_id" : "successor_id";
		return jdbc
			.sql("select l." + other + " as other, u.code, r.id as rid, r.kind, r.effective_date, "
					+ "(select v.name from org_unit_version v where v.unit_id = l." + other
					+ " order by v.valid_from desc limit 1) as name "
					+ "from org_restructuring_link l join org_restructuring r on r.id = l.restructuring_id "
					+ "join org_unit u on u.id = l." + other + " where l." + mine
					+ " = :id order by r.effective_date, u.code")
			.param("id", id)
			.query((rs, n) -> new UnitHistory.Link(rs.getLong("other"), rs.getString("code"), rs.getString("name"),
					rs.getLong("rid"), RestructuringKind.valueOf(rs.getString("kind")),
					rs.getObject("effective_date", LocalDate.class)))
			.list();
	}

	/**
	 * Units of the scope on the date whose name or code contains every word of the query,
	 * in any order, diacritics-insensitive ("thanh dong" finds "Xã Đông Thạnh").
	 */
	@Override
	public PageResult<UnitView> search(String query, Scope scope, LocalDate asOf, int page, int size) {
		String q = VietnameseText.fold(query == null ? "" : query).strip();
		List<String> words = q.isEmpty() ? List.of("") : List.of(q.split("\\s+"));
		int p = Math.max(0, page);
		int s = Math.min(Math.max(1, size), 200);
		StringBuilder match = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			match.append(" and (v.name_folded like :q")
				.append(i)
				.append(" or lower(u.code) like :q")
				.append(i)
				.append(')');
		}
		String where = " from org_unit u join org_unit_version v on v.unit_id = u.id where " + VALID_ON + match
				+ (scope.unrestricted() ? "" : " and u.id = any(:ids)");
		Long[] ids = scope.unrestricted() ? null : subtreeIds(scope.rootUnitIds(), asOf).toArray(Long[]::new);
		var list = jdbc
			.sql("select " + COLUMNS + where + " order by " + UnitOrder.sql(catalogs) + " limit :lim offset :off")
			.param("d", asOf)
			.param("lim", s)
			.param("off", p * s);
		var count = jdbc.sql("select count(*) from (select 1" + where + " limit " + (PageResult.COUNT_CAP + 1) + ") c")
			.param("d", asOf);
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			String like = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			list = list.param("q" + i, like);
			count = count.param("q" + i, like);
		}
		if (ids != null) {
			list = list.param("ids", ids);
			count = count.param("ids", ids);
		}
		long total = count.query(Long.class).single();
		return new PageResult<>(list.query(UnitService::map).list(), p, s, Math.min(total, PageResult.COUNT_CAP),
				total > PageResult.COUNT_CAP);
	}

	static final String HAS_CHILDREN = """
			exists (select 1 from org_unit_version c where c.parent_id = u.id and c.valid_from <= :d
			        and (c.valid_to is null or c.valid_to > :d)) as has_children""";

	static UnitView map(ResultSet rs, int n) throws SQLException {
		return new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("type_code"), AdminLevel.valueOf(rs.getString("admin_level")),
				(Long) rs.getObject("parent_id"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

}
