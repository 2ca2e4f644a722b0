package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonCategory;

/** Vietnamese labels and the display order of the values of each dimension. */
@Component
public class ValueLabels {

	private final Catalogs catalogs;

	private final Units units;

	private final JdbcClient jdbc;

	private final DimensionSources sources;

	ValueLabels(Catalogs catalogs, Units units, JdbcClient jdbc, DimensionSources sources) {
		this.sources = sources;
		this.catalogs = catalogs;
		this.units = units;
		this.jdbc = jdbc;
	}

	/**
	 * Known values in display order (empty for unit dimensions, whose values come from
	 * the data).
	 */
	public Map<String, String> known(Dim dim) {
		Map<String, String> m = new LinkedHashMap<>();
		switch (dim) {
			case TOTAL -> fixed(m, dim, "ALL");
			case GENDER -> fixed(m, dim, "MALE", "FEMALE");
			case AGE_BAND_PARTY -> {
				for (String b : Dimension.PARTY_BANDS) {
					m.put(b, b.startsWith("<") || b.startsWith(">") ? label(dim, b) : b.replace("-", " – "));
				}
			}
			case AGE_BAND_CIVIL -> fixed(m, dim, "<=30", "31-40", "41-50", "51-60", ">60", "HUU");
			case MINORITY -> fixed(m, dim, "KINH", "MINORITY");
			case HAS_RELIGION, PARTY, LEADER, KEY_POST -> fixed(m, dim, "YES", "NO");
			case UNIT_KIND -> fixed(m, dim, CatalogGroups.UNIT_KINDS.toArray(String[]::new));
			case ETHNICITY -> catalog(m, CatalogType.ETHNICITY);
			case RELIGION -> catalog(m, CatalogType.RELIGION);
			case PROFESSIONAL -> catalog(m, CatalogType.PROFESSIONAL_LEVEL);
			case POLITICAL_THEORY -> catalog(m, CatalogType.POLITICAL_THEORY);
			case STATE_MANAGEMENT -> catalog(m, CatalogType.STATE_MANAGEMENT);
			case FOREIGN_LANGUAGE -> catalog(m, CatalogType.FOREIGN_LANGUAGE_LEVEL);
			case IT -> catalog(m, CatalogType.IT_LEVEL);
			case TITLE_GROUP -> catalog(m, CatalogType.TITLE_GROUP);
			case UNIT_TYPE -> catalog(m, CatalogType.UNIT_TYPE);
			case RANK_GROUP -> fixed(m, dim, "CVCC", "CVC", "CV", "CS", "NV", "KHAC");
			case CATEGORY -> {
				for (PersonCategory c : PersonCategory.values()) {
					m.put(c.name(), c.label());
				}
			}
			case ADMIN_LEVEL -> fixed(m, dim, AdminLevel.PROVINCE.name(), AdminLevel.DISTRICT.name(),
					AdminLevel.COMMUNE.name(), AdminLevel.HAMLET.name());
			case RATING, TRAINED, TRAINED_KIND -> {
				sources.of(dim).ifPresent(s -> {
					m.putAll(s.labels());
					m.put(Dimension.NONE, s.noneLabel());
				});
				return m;
			}
			default -> {
			}
		}
		if (dim != Dim.TOTAL && dim != Dim.GENDER && dim != Dim.AGE_BAND_PARTY && dim != Dim.AGE_BAND_CIVIL
				&& dim != Dim.CATEGORY && dim != Dim.PARTY && dim != Dim.HAS_RELIGION && dim != Dim.UNIT
				&& dim != Dim.SUBUNIT && dim != Dim.AGE && dim != Dim.LEADER && dim != Dim.KEY_POST) {
			m.put(Dimension.NONE, Messages
				.text(dim == Dim.MINORITY || dim == Dim.ETHNICITY ? "reports.value.unknown" : "reports.value.none"));
		}
		return m;
	}

	/** "Small" dimensions show every known value even with zero counts. */
	public boolean showAll(Dim dim) {
		return switch (dim) {
			case TOTAL, GENDER, AGE_BAND_PARTY, AGE_BAND_CIVIL, MINORITY, HAS_RELIGION, PARTY, PROFESSIONAL,
					POLITICAL_THEORY, STATE_MANAGEMENT, RANK_GROUP, CATEGORY, LEADER, KEY_POST, RATING, TRAINED ->
				true;
			default -> false;
		};
	}

	/** Every recorded value ("*" in a layout): the known values except NONE. */
	public List<String> anyRecorded(Dim dim) {
		List<String> out = new ArrayList<>(known(dim).keySet());
		out.remove(Dimension.NONE);
		return out;
	}

	/**
	 * Labels of data values: known labels, unit names for unit dimensions, the key itself
	 * otherwise.
	 */
	/**
	 * Unit keys (ids) in the tree's administrative order ({@link Units#displayOrder()}):
	 * level, unit type, name; unknown units after them by id, the parent's own row (empty
	 * key) last.
	 */
	public List<String> inTreeOrder(Collection<String> keys, LocalDate asOf) {
		List<Long> ids = keys.stream()
			.filter(k -> k != null && !k.isEmpty() && k.chars().allMatch(Character::isDigit))
			.map(Long::valueOf)
			.toList();
		Map<Long, UnitView> found = units.findAll(ids, asOf);
		java.util.Comparator<UnitView> tree = units.displayOrder();
		List<String> out = new java.util.ArrayList<>(
				found.values().stream().sorted(tree).map(u -> String.valueOf(u.id())).toList());
		ids.stream().filter(id -> !found.containsKey(id)).sorted().forEach(id -> out.add(String.valueOf(id)));
		keys.stream().filter(k -> !out.contains(k) && k != null && !k.isEmpty()).sorted().forEach(out::add);
		keys.stream().filter(k -> k == null || k.isEmpty()).forEach(out::add);
		return out;
	}

	public Map<String, String> labels(Dim dim, Collection<String> keys, LocalDate asOf) {
		Map<String, String> known = known(dim);
		Map<String, String> out = new LinkedHashMap<>();
		if (dim == Dim.UNIT || dim == Dim.SUBUNIT) {
			List<Long> ids = keys.stream()
				.filter(k -> k != null && !k.isEmpty() && k.chars().allMatch(Character::isDigit))
				.map(Long::valueOf)
				.toList();
			Map<Long, UnitView> found = units.findAll(ids, asOf);
			for (String k : keys) {
				UnitView u = k == null || k.isEmpty() ? null : found.get(Long.valueOf(k));
				out.put(k, u != null ? u.name()
						: (k == null || k.isEmpty() ? Messages.text("reports.value.parentUnit") : "#" + k));
			}
			return out;
		}
		if (dim == Dim.AGE) {
			keys.forEach(k -> out.put(k, Messages.text("reports.value.age", k)));
			return out;
		}
		Map<String, String> then = namesOn(dim, asOf);
		for (String k : keys) {
			out.put(k, then.getOrDefault(k, known.getOrDefault(k, k)));
		}
		return out;
	}

	/**
	 * The names valid on the date of the values renamed over time (table
	 * report_value_name): as of 2018 DISTRICT is "Cấp huyện", not the bundle's "Cấp huyện
	 * (trước 1/7/2025)".
	 */
	private Map<String, String> namesOn(Dim dim, LocalDate asOf) {
		if (asOf == null) {
			return Map.of();
		}
		boolean english = "en".equals(Messages.locale().getLanguage());
		Map<String, String> m = new LinkedHashMap<>();
		jdbc.sql("select code, name, name_en from report_value_name where dim = ? and valid_from <= ?"
				+ " and (valid_to is null or valid_to > ?)")
			.params(dim.name(), asOf, asOf)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> m.put(rs.getString(1),
					english && rs.getString(3) != null ? rs.getString(3) : rs.getString(2)));
		return m;
	}

	/** The values of a dimension fixed by the regulations, labelled from the bundle. */
	private static void fixed(Map<String, String> m, Dim dim, String... codes) {
		for (String code : codes) {
			m.put(code, label(dim, code));
		}
	}

	/**
	 * {@code reports.value.<DIM>.<code>}, with {@code <=} / {@code <} / {@code >} spelt
	 * LE / LT / GT.
	 */
	private static String label(Dim dim, String code) {
		return Messages
			.text("reports.value." + dim.name() + "." + code.replace("<=", "LE").replace("<", "LT").replace(">", "GT"));
	}

	private void catalog(Map<String, String> m, CatalogType type) {
		for (CatalogItem i : catalogs.list(type, null)) {
			m.put(i.code(), i.name());
		}
	}

}
