package vn.canbo.org;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.VietnameseText;

/**
 * The administrative order of sibling units, the same in the tree (SQL) and for other
 * modules (a comparator, e.g. the report rows): level (province first), then the unit
 * type's place in the UNIT_TYPE catalog (Đảng ủy, HĐND, UBND, sở/phòng, sự nghiệp, MTTQ,
 * đoàn thể, thôn), then the folded name, then the id. A type missing from the catalog
 * comes last.
 */
final class UnitOrder {

	static final int UNKNOWN_TYPE = 99_999;

	private UnitOrder() {
	}

	static int levelRank(AdminLevel level) {
		if (level == null) {
			return 4;
		}
		return switch (level) {
			case PROVINCE -> 1;
			case DISTRICT -> 2;
			case COMMUNE -> 3;
			default -> 4;
		};
	}

	private static Map<String, Integer> typeRanks(Catalogs catalogs) {
		return catalogs.list(CatalogType.UNIT_TYPE, null)
			.stream()
			.collect(Collectors.toMap(CatalogItem::code, CatalogItem::sortOrder, Math::min));
	}

	/**
	 * {@code order by} of units aliased {@code u} (org_unit) and {@code v} (its version).
	 */
	static String sql(Catalogs catalogs) {
		return UnitService.LEVEL_RANK + ", " + typeRankSql(catalogs, "v.type_code") + ", v.name_folded, u.id";
	}

	/** The type's rank as an SQL expression over the column holding the type code. */
	static String typeRankSql(Catalogs catalogs, String column) {
		Map<String, Integer> ranks = typeRanks(catalogs);
		if (ranks.isEmpty()) {
			return String.valueOf(UNKNOWN_TYPE);
		}
		StringBuilder s = new StringBuilder("(case ").append(column);
		ranks.forEach((code, rank) -> s.append(" when '")
			.append(code.replace("'", "''"))
			.append("' then ")
			.append(Math.min(rank, UNKNOWN_TYPE - 1)));
		return s.append(" else ").append(UNKNOWN_TYPE).append(" end)").toString();
	}

	static Comparator<UnitView> comparator(Catalogs catalogs) {
		Map<String, Integer> ranks = typeRanks(catalogs);
		return Comparator.<UnitView>comparingInt(u -> levelRank(u.level()))
			.thenComparingInt(u -> Math.min(ranks.getOrDefault(u.typeCode(), UNKNOWN_TYPE), UNKNOWN_TYPE))
			.thenComparing(u -> VietnameseText.fold(u.name()))
			.thenComparingLong(UnitView::id);
	}

}
