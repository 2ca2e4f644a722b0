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
