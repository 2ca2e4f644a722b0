package vn.canbo.org;

import static vn.canbo.org.UnitService.COLUMNS;
import static vn.canbo.org.UnitService.VALID_ON;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/** The search of units by words of their name or code, for {@link UnitService}. */
final class UnitSearch {

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final Units units;

	UnitSearch(JdbcClient jdbc, Catalogs catalogs, Units units) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.units = units;
	}

	/**
	 * Units of the scope on the date whose name or code contains every word of the query,
	 * in any order, diacritics-insensitive ("thanh dong" finds "Xã Đông Thạnh").
	 */
	PageResult<UnitView> search(String query, Scope scope, LocalDate asOf, int page, int size) {
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
		Long[] ids = scope.unrestricted() ? null : units.subtreeIds(scope.rootUnitIds(), asOf).toArray(Long[]::new);
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

}
