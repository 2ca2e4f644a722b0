package vn.canbo.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Read API of the reference lists, for every other module. */
public interface Catalogs {

	Optional<CatalogItem> find(CatalogType catalog, String code);

	/** Entries valid on the date, in display order. */
	List<CatalogItem> list(CatalogType catalog, LocalDate on);

	/** True when the code exists in the list and is valid on the date. */
	default boolean isValid(CatalogType catalog, String code, LocalDate on) {
		return find(catalog, code).map(i -> i.validOn(on)).orElse(false);
	}

	/** The Vietnamese name, or the code itself when unknown. */
	default String name(CatalogType catalog, String code) {
		return code == null ? "" : find(catalog, code).map(CatalogItem::name).orElse(code);
	}

	/**
	 * A rank (ngạch) with its pay table, coefficients by step and raise interval; empty
	 * when unknown.
	 */
	default Optional<Rank> rank(String code) {
		return find(CatalogType.RANK, code).map(Rank::of);
	}

	/**
	 * The pay coefficient of a rank at a step (1..n); empty for an unknown rank or a step
	 * outside the table.
	 */
	default Optional<BigDecimal> coefficient(String rankCode, int step) {
		return rank(rankCode).flatMap(r -> r.coefficient(step));
	}

	/**
	 * The title groups (TITLE_GROUP codes) a title belongs to; empty for an unknown
	 * title.
	 */
	default Set<String> titleGroups(String titleCode) {
		return find(CatalogType.TITLE, titleCode).map(t -> {
			String groups = t.attribute("groups");
			if (groups == null) {
				return Set.<String>of();
			}
			Set<String> s = Arrays.stream(groups.split(","))
				.map(String::strip)
				.filter(g -> !g.isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
			return java.util.Collections.unmodifiableSet(s);
		}).orElse(Set.of());
	}

	/**
	 * True when the ethnic group is a minority (dân tộc thiểu số); false for Kinh and for
	 * unknown codes.
	 */
	default boolean isMinority(String ethnicityCode) {
		return find(CatalogType.ETHNICITY, ethnicityCode).map(e -> "true".equalsIgnoreCase(e.attribute("minority")))
			.orElse(false);
	}

	/**
	 * The sort order of an entry, for "highest level" comparisons (a higher order is a
	 * higher level in ordered lists such as PROFESSIONAL_LEVEL or POLITICAL_THEORY).
	 * {@link Integer#MIN_VALUE} for an unknown code.
	 */
	default int order(CatalogType catalog, String code) {
		return find(catalog, code).map(CatalogItem::sortOrder).orElse(Integer.MIN_VALUE);
	}

}
