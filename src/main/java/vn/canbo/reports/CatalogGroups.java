package vn.canbo.reports;

import java.util.ArrayList;
import java.util.List;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;

/**
 * The catalog-derived values {@link CountSql} passes to its SQL as arrays: minorities,
 * rank groups, title groups.
 */
final class CatalogGroups {

	private CatalogGroups() {
	}

	/** Codes of the ETHNICITY entries marked {@code minority=true}. */
	static String[] minorityCodes(Catalogs catalogs) {
		return catalogs.list(CatalogType.ETHNICITY, null)
			.stream()
			.filter(e -> "true".equalsIgnoreCase(e.attribute("minority")))
			.map(CatalogItem::code)
			.toArray(String[]::new);
	}

	/** Every RANK code [0] with its {@link #rankGroup} [1]. */
	static String[][] rankGroups(Catalogs catalogs) {
		List<String> codes = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (CatalogItem r : catalogs.list(CatalogType.RANK, null)) {
			codes.add(r.code());
			groups.add(rankGroup(r));
		}
		return new String[][] { codes.toArray(String[]::new), groups.toArray(String[]::new) };
	}

	/**
	 * Every (TITLE code [0], title group [1]) pair: a title in several groups appears
	 * once per group.
	 */
	static String[][] titleGroups(Catalogs catalogs) {
		List<String> titles = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (CatalogItem t : catalogs.list(CatalogType.TITLE, null)) {
			for (String g : catalogs.titleGroups(t.code())) {
				titles.add(t.code());
				groups.add(g);
			}
		}
		return new String[][] { titles.toArray(String[]::new), groups.toArray(String[]::new) };
	}

	/** TITLE codes marked {@code leader=true} (V2_5): the leadership titles. */
	static String[] leaderTitles(Catalogs catalogs) {
		return catalogs.list(CatalogType.TITLE, null)
			.stream()
			.filter(t -> "true".equalsIgnoreCase(t.attribute("leader")))
			.map(CatalogItem::code)
			.toArray(String[]::new);
	}

	/** TITLE codes of the group CHU_CHOT: the key posts (chức danh chủ chốt). */
	static String[] keyPostTitles(Catalogs catalogs) {
		return catalogs.list(CatalogType.TITLE, null)
			.stream()
			.filter(t -> catalogs.titleGroups(t.code()).contains(KEY_POST_GROUP))
			.map(CatalogItem::code)
			.toArray(String[]::new);
	}

	/** The title group of the key posts. */
	static final String KEY_POST_GROUP = "CHU_CHOT";

	/** The kinds of unit (UNIT_TYPE attribute {@code kind}, V2_5). */
	static final List<String> UNIT_KINDS = List.of("PARTY", "STATE", "FRONT", "MASS", "PUBLIC_SERVICE", "AREA");

	/**
	 * The kind of a unit type: its {@code kind} attribute, else its {@code sector}; ""
	 * when unknown.
	 */
	static String unitKind(Catalogs catalogs, String typeCode) {
		if (typeCode == null) {
			return "";
		}
		return catalogs.find(CatalogType.UNIT_TYPE, typeCode).map(t -> {
			String k = t.attribute("kind");
			if (k == null || k.isBlank()) {
				k = t.attribute("sector");
			}
			return k == null ? "" : k.strip();
		}).orElse("");
	}

	/**
	 * CVCC, CVC, CV, CS, NV or KHAC from a RANK entry: its "group" attribute, else its
	 * pay table (A3, A2, A1, A0, B/C).
	 */
	static String rankGroup(CatalogItem rank) {
		String g = rank.attribute("group");
		if (g != null && !g.isBlank()) {
			return g.strip();
		}
		String t = rank.attribute("payTable");
		if (t == null) {
			return "KHAC";
		}
		t = t.strip();
		if (t.startsWith("A3")) {
			return "CVCC";
		}
		if (t.startsWith("A2")) {
			return "CVC";
		}
		if (t.startsWith("A1")) {
			return "CV";
		}
		if (t.startsWith("A0")) {
			return "CS";
		}
		if (t.startsWith("B") || t.startsWith("C")) {
			return "NV";
		}
		return "KHAC";
	}

}
