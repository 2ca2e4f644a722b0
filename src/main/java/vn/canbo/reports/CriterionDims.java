package vn.canbo.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.HiddenFieldException;
import vn.canbo.shared.Messages;

/**
 * The dimensions a {@link Criterion} leaf may test, as the population editor offers them
 * (issue 14, point 1): the position dimensions ({@link Criterion#POSITION_DIMS}) and the
 * person dimensions of {@link Dim} that a condition makes sense on, each with its label
 * ({@code reports.dim.<NAME>}) and its values. A dimension whose dossier field the caller
 * may not see is left out (issue 12).
 */
@Component
public class CriterionDims {

	/**
	 * One dimension: {@code position} when it tests a position (allowed inside a POSITION
	 * node), {@code units} when its values are unit ids (chosen with the unit picker),
	 * else {@code values}: code → label.
	 */
	public record Choice(String dim, String label, boolean position, boolean units, Map<String, String> values) {
	}

	/** Person dimensions offered as conditions (TOTAL, AGE and SUBUNIT are not). */
	static final List<Dim> PERSON_DIMS = List.of(Dim.CATEGORY, Dim.GENDER, Dim.AGE_BAND_PARTY, Dim.AGE_BAND_CIVIL,
			Dim.MINORITY, Dim.ETHNICITY, Dim.RELIGION, Dim.HAS_RELIGION, Dim.PARTY, Dim.PROFESSIONAL,
			Dim.POLITICAL_THEORY, Dim.STATE_MANAGEMENT, Dim.FOREIGN_LANGUAGE, Dim.IT, Dim.RANK_GROUP, Dim.RATING);

	static final List<String> UNIT_KINDS = List.of("PARTY", "STATE", "FRONT", "MASS", "PUBLIC_SERVICE", "AREA");

	private final ValueLabels labels;

	private final Catalogs catalogs;

	CriterionDims(ValueLabels labels, Catalogs catalogs) {
		this.labels = labels;
		this.catalogs = catalogs;
	}

	/** The dimensions the caller may use, position dimensions first, by name. */
	public Map<String, Choice> choices() {
		Map<String, Choice> out = new LinkedHashMap<>();
		for (String d : Criterion.POSITION_DIMS) {
			if (visible(d)) {
				out.put(d, new Choice(d, label(d), true, "UNIT".equals(d) || "SUBTREE".equals(d), positionValues(d)));
			}
		}
		for (Dim d : PERSON_DIMS) {
			if (visible(d.name())) {
				out.put(d.name(), new Choice(d.name(), d.label(), false, false, labels.known(d)));
			}
		}
		return out;
	}

	private Map<String, String> positionValues(String d) {
		Map<String, String> m = new LinkedHashMap<>();
		switch (d) {
			case "ADMIN_LEVEL", "UNIT_TYPE", "TITLE_GROUP" -> {
				m.putAll(labels.known(Dim.valueOf(d)));
				m.remove(Dimension.NONE); // a position always has a unit and a title
			}
			case "TITLE" -> {
				for (CatalogItem i : catalogs.list(CatalogType.TITLE, null)) {
					m.put(i.code(), i.name());
				}
			}
			case "UNIT_KIND" -> UNIT_KINDS.forEach(k -> m.put(k, Messages.text("reports.value.UNIT_KIND." + k)));
			case "LEADER", "KEY_POST" -> {
				m.put("YES", Messages.text("reports.criterion.yes"));
				m.put("NO", Messages.text("reports.criterion.no"));
			}
			case "POSITION_KIND" -> {
				m.put("MAIN", Messages.text("reports.value.POSITION_KIND.MAIN"));
				m.put("CONCURRENT", Messages.text("reports.value.POSITION_KIND.CONCURRENT"));
			}
			default -> {
			}
		}
		return m;
	}

	private static String label(String dim) {
		return Messages.text("reports.dim." + dim);
	}

	/** False for a dimension over a dossier field the caller may not see. */
	private static boolean visible(String name) {
		Dim d = Dim.parse(name, null);
		if (d == null) {
			return true;
		}
		try {
			d.base().requireVisible();
			return true;
		}
		catch (HiddenFieldException e) {
			return false;
		}
	}

}
