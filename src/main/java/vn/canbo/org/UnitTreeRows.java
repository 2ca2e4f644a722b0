package vn.canbo.org;

import static vn.canbo.org.UnitService.COLUMNS;
import static vn.canbo.org.UnitService.HAS_CHILDREN;
import static vn.canbo.org.UnitService.VALID_ON;
import static vn.canbo.org.UnitService.map;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Scope;

/**
 * The rows of the organisation tree on a date (top units, children, subtrees), for
 * {@link UnitService}.
 */
final class UnitTreeRows {

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final Units units;

	UnitTreeRows(JdbcClient jdbc, Catalogs catalogs, Units units) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.units = units;
	}

	/**
	 * The top units of a scope on the date: units of the scope whose parent is outside it
	 * (for the whole tree: the roots). A scope rooted at a commune formed in 2025 shows,
	 * as of 2024, the communes merged into it.
	 */
	List<TreeRow> topUnits(Scope scope, LocalDate asOf) {
		String sql = "select " + COLUMNS + ", " + HAS_CHILDREN
				+ " from org_unit u join org_unit_version v on v.unit_id = u.id where " + VALID_ON
				+ (scope.unrestricted() ? " and v.parent_id is null"
						: " and u.id = any(:ids) and (v.parent_id is null or not v.parent_id = any(:ids))")
				+ " order by " + UnitOrder.sql(catalogs);
		var spec = jdbc.sql(sql).param("d", asOf);
		if (!scope.unrestricted()) {
			spec = spec.param("ids", units.subtreeIds(scope.rootUnitIds(), asOf).toArray(Long[]::new));
		}
		return spec.query((rs, n) -> new TreeRow(map(rs, n), 0, rs.getBoolean("has_children"))).list();
	}

	/**
	 * Children of a unit on the date, in display order, each saying whether it has
	 * children itself.
	 */
	List<TreeRow> childRows(long parentId, LocalDate asOf) {
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
	List<TreeRow> subtree(long rootId, LocalDate asOf, int maxDepth) {
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

}
