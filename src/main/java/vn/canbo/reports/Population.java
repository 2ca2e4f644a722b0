package vn.canbo.reports;

import vn.canbo.shared.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Đối tượng thống kê, saved as data: who is counted. {@code rootUnitIds}: the unit
 * subtrees counted (none = the user's own scope); {@code criterion}: who among their
 * persons ({@link Criterion}, issue 14; null = everyone). Older, still read:
 * {@code unitTypeCode}: persons holding a position, on the date, in a unit of that type
 * under the root (with {@code titleGroups}: a position of those groups there, e.g.
 * DANG_UY_XA + CAP_UY = the Ban Chấp hành of every commune); without a unit type,
 * {@code titleGroups} = holds a position of those groups anywhere. {@code asOf} null =
 * today. {@code id} null for an ad-hoc population.
 */
public record Population(Long id, String code, String name, List<Long> rootUnitIds, String unitTypeCode,
		Conditions conditions, Criterion criterion, LocalDate asOf, String note, int version) {

	public Population {
		rootUnitIds = rootUnitIds == null ? List.of() : List.copyOf(rootUnitIds);
		conditions = conditions == null ? Conditions.NONE : conditions;
	}

	/** A population with one root (null = the user's scope) and no criterion. */
	public Population(Long id, String code, String name, Long rootUnitId, String unitTypeCode, Conditions conditions,
			LocalDate asOf, String note, int version) {
		this(id, code, name, rootUnitId == null ? List.of() : List.of(rootUnitId), unitTypeCode, conditions, null, asOf,
				note, version);
	}

	/**
	 * The root when there is exactly one, else null (no root = the user's scope; several
	 * roots: read {@link #rootUnitIds()}).
	 */
	@com.fasterxml.jackson.annotation.JsonProperty("rootUnitId")
	public Long rootUnitId() {
		return rootUnitIds.size() == 1 ? rootUnitIds.get(0) : null;
	}

	/**
	 * Categories (PersonCategory names), title groups (TITLE_GROUP codes), fixed
	 * dimension values.
	 */
	public record Conditions(List<String> categories, List<String> titleGroups, Map<String, List<String>> where) {

		public static final Conditions NONE = new Conditions(List.of(), List.of(), Map.of());

		public Conditions {
			categories = categories == null ? List.of() : List.copyOf(categories);
			titleGroups = titleGroups == null ? List.of() : List.copyOf(titleGroups);
			where = where == null ? Map.of() : Map.copyOf(where);
		}
	}

	public static Population adHoc(Long rootUnitId, String unitTypeCode, Conditions conditions, LocalDate asOf) {
		return new Population(null, null, Messages.text("reports.population.adHoc"), rootUnitId, unitTypeCode,
				conditions, asOf, null, 0);
	}

	public LocalDate asOfOrToday() {
		return asOf == null ? LocalDate.now() : asOf;
	}
}
