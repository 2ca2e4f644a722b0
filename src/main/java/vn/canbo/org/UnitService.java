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
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * The organisation tree: reads as of a date, and the creation of units. The tree rows,
 * histories, search and creation are {@link UnitTreeRows}, {@link UnitHistories},
 * {@link UnitSearch} and {@link UnitCreation}.
 */
@Service
public class UnitService implements Units {

	static final String VALID_ON = "v.valid_from <= :d and (v.valid_to is null or v.valid_to > :d)";
	static final String COLUMNS = """
			u.id, u.code, v.name, v.short_name, v.type_code, v.admin_level, v.parent_id, v.valid_from, v.valid_to""";

	/** Display order of siblings: level (province first), then ({@link UnitOrder}). */
	static final String LEVEL_RANK = "(case v.admin_level when 'PROVINCE' then 1 when 'DISTRICT' then 2 when 'COMMUNE' then 3 else 4 end)";

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final UnitCreation creation;

	private final UnitTreeRows treeRows;

	private final UnitHistories histories;

	private final UnitSearch unitSearch;

	UnitService(JdbcClient jdbc, Catalogs catalogs, AuditLog audit) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.creation = new UnitCreation(jdbc, catalogs, audit, this);
		this.treeRows = new UnitTreeRows(jdbc, catalogs, this);
		this.histories = new UnitHistories(jdbc);
		this.unitSearch = new UnitSearch(jdbc, catalogs, this);
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
		return creation.create(u);
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
		return treeRows.topUnits(scope, asOf);
	}

	/**
	 * Children of a unit on the date, in display order, each saying whether it has
	 * children itself.
	 */
	public List<TreeRow> childRows(long parentId, LocalDate asOf) {
		return treeRows.childRows(parentId, asOf);
	}

	/**
	 * The subtree of a unit on the date as a flat list in display order (depth-first),
	 * down to {@code maxDepth} levels below the root (0 = the root only). Empty if the
	 * root does not exist then.
	 */
	public List<TreeRow> subtree(long rootId, LocalDate asOf, int maxDepth) {
		return treeRows.subtree(rootId, asOf, maxDepth);
	}

	/**
	 * Every version of a unit, the restructurings touching it, its predecessors and
	 * successors.
	 */
	@Override
	public UnitHistory history(long id) {
		return histories.history(id);
	}

	/**
	 * Units of the scope on the date whose name or code contains every word of the query,
	 * in any order, diacritics-insensitive ("thanh dong" finds "Xã Đông Thạnh").
	 */
	@Override
	public PageResult<UnitView> search(String query, Scope scope, LocalDate asOf, int page, int size) {
		return unitSearch.search(query, scope, asOf, page, size);
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
