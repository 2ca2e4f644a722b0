package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/**
 * The FROM/WHERE of a person search, shared by the page, the count and the export.
 * Persons are joined to their main position valid at the date (at most one, by the
 * exclusion constraint); the scope is a filter on that position's unit, in SQL.
 */
final class SearchQuery {

	static final String VALID = "%1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d)";
	static final String PARTY = "(p.party_joined_on <= :d and (p.party_left_on is null or p.party_left_on > :d))";

	/** Where extra joins go (the export adds the salary valid on the date). */
	static final String JOINS = " /*joins*/";

	final String from;

	final MapSqlParameterSource params;

	final boolean empty;

	final LocalDate asOf;

	/** The name conditions alone (on person p), empty when there is no name query. */
	final String nameWhere;

	/**
	 * How many units the scope and unit filter allow; -1 when there is no unit
	 * restriction.
	 */
	final int unitCount;

	/**
	 * SQL true when the person p is in the scope today (a past search of a restricted
	 * scope also lists those who have left it, with the facts of the date only); "true"
	 * when every listed person is.
	 */
	final String stillInScope;

	private SearchQuery(String from, MapSqlParameterSource params, boolean empty, LocalDate asOf, String nameWhere,
			int unitCount, String stillInScope) {
		this.stillInScope = stillInScope;
		this.from = from;
		this.params = params;
		this.empty = empty;
		this.asOf = asOf;
		this.nameWhere = nameWhere;
		this.unitCount = unitCount;
	}

	/**
	 * The same query limited to the given person ids (the matches of a selective name).
	 */
	SearchQuery onlyIds(List<Long> ids) {
		params.addValue("ids", ids.toArray(Long[]::new));
		return new SearchQuery(from + " and p.id = any(:ids)", params, empty, asOf, nameWhere, unitCount, stillInScope);
	}

	/**
	 * The same query reading the name from a second reference to person, c, whose
	 * sort-order walk is index-only (index person_sort_name_prefixes: sort_name, id,
	 * including search_prefixes): candidates are rejected from the index, and only
	 * matches are fetched from the table. Sort with {@code "sortIndex"}.
	 */
	SearchQuery walkingSortIndex() {
		// the name as an expression the GIN index cannot serve: the planner walks the
		// sort index, never collects
		// every match through the GIN index to sort them
		String walk = from.replaceFirst(" from person p ", " from person c join person p on p.id = c.id ")
			.replace(nameWhere, nameWhere.replace("p.search_prefixes", "(c.search_prefixes || cast('{}' as text[]))"))
				+ " and c.deleted_at is null";
		return new SearchQuery(walk, params, empty, asOf, nameWhere, unitCount, stillInScope);
	}

	/**
	 * Only sort keys from :from (inclusive) to :to (exclusive), on a walk of the sort
	 * index.
	 */
	SearchQuery inRange() {
		return new SearchQuery(from + " and c.sort_name >= :from and c.sort_name < :to", params, empty, asOf, nameWhere,
				unitCount, stillInScope);
	}

	/**
	 * Only names sorting before :bound (a walk of the sort index, see
	 * {@link #walkingSortIndex}).
	 */
	SearchQuery bounded() {
		return new SearchQuery(from + " and c.sort_name < :bound", params, empty, asOf, nameWhere, unitCount,
				stillInScope);
	}

	/**
	 * Refuses criteria that filter or sort by a field the caller may not see (issue 12),
	 * before any other check: a sort by a hidden field is refused as such, not as an
	 * unknown sort.
	 */
	static void requireVisible(PersonCriteria c) {
		if (c.ethnicityCode() != null && !c.ethnicityCode().isBlank() || c.minority() != null) {
			SensitiveFields.requireVisible("ethnicityCode");
		}
		SensitiveFields.requireVisible(c.sort().startsWith("-") ? c.sort().substring(1) : c.sort());
	}

	static SearchQuery of(PersonCriteria c, Scope scope, Units units, Catalogs catalogs) {
		requireVisible(c);
		LocalDate d = c.asOfOrToday();
		MapSqlParameterSource params = new MapSqlParameterSource("d", d);
		StringBuilder sql = new StringBuilder(" from person p join person_position pp on pp.person_id = p.id"
				+ " and not pp.concurrent and pp.deleted_at is null and " + VALID.formatted("pp") + JOINS
				+ " where p.deleted_at is null");
		Optional<Set<Long>> allowed = units.scopeUnitIds(scope, d);
		if (c.unitId() != null) {
			Set<Long> subtree = new HashSet<>(units.subtreeIds(List.of(c.unitId()), d));
			allowed.ifPresent(subtree::retainAll);
			allowed = Optional.of(subtree);
		}
		if (allowed.isPresent()) {
			if (allowed.get().isEmpty()) {
				return new SearchQuery(sql.toString(), params, true, d, "", 0, "true");
			}
			sql.append(" and pp.unit_id = any(:units)");
			params.addValue("units", allowed.get().toArray(Long[]::new));
		}
		String still = stillInScope(scope, d, units, params);
		List<String> tokens = VietnameseText.tokens(c.q());
		// every word typed is a prefix of a word of the name (GIN index on
		// person.search_prefixes)
		StringBuilder names = new StringBuilder();
		if (!tokens.isEmpty()) {
			names.append(" and p.search_prefixes @> cast(:prefixes as text[])");
			params.addValue("prefixes", tokens.stream().distinct().toArray(String[]::new));
		}
		sql.append(names);
		if (c.category() != null) {
			sql.append(" and p.category = :category");
			params.addValue("category", c.category().name());
		}
		if (c.gender() != null) {
			sql.append(" and p.gender = :gender");
			params.addValue("gender", c.gender().name());
		}
		if (c.ageFrom() != null) {
			sql.append(" and p.birth_date <= :bornBy");
			params.addValue("bornBy", d.minusYears(c.ageFrom()));
		}
		if (c.ageTo() != null) {
			sql.append(" and p.birth_date > :bornAfter");
			params.addValue("bornAfter", d.minusYears(c.ageTo() + 1L));
		}
		// a person who has left the scope is shown with the facts of the date only: no
		// filter by what their past dossier does not show (ethnicity, qualifications)
		String laterFacts = "true".equals(still) ? "" : " and " + still;
		if (c.ethnicityCode() != null && !c.ethnicityCode().isBlank()) {
			sql.append(" and p.ethnicity_code = :ethnicity").append(laterFacts);
			params.addValue("ethnicity", c.ethnicityCode().strip());
		}
		if (c.minority() != null) {
			sql.append(c.minority() ? " and p.ethnicity_code <> '01'" : " and p.ethnicity_code = '01'")
				.append(laterFacts);
		}
		if (c.partyMember() != null) {
			sql.append(c.partyMember() ? " and " + PARTY : " and not coalesce(" + PARTY + ", false)");
		}
		highest(sql, params, "prof", QualificationKind.PROFESSIONAL, c.professionalLevelCode(), catalogs);
		highest(sql, params, "theory", QualificationKind.POLITICAL_THEORY, c.politicalTheoryCode(), catalogs);
		if (!isBlank(c.professionalLevelCode()) || !isBlank(c.politicalTheoryCode())) {
			sql.append(laterFacts);
		}
		if (c.titleCode() != null && !c.titleCode().isBlank()) {
			sql.append(" and exists (select 1 from person_position t where t.person_id = p.id and t.deleted_at is null")
				.append(" and t.title_code = :title and ")
				.append(VALID.formatted("t"))
				.append(")");
			params.addValue("title", c.titleCode().strip());
		}
		return new SearchQuery(sql.toString(), params, false, d, names.toString(), allowed.map(Set::size).orElse(-1),
				still);
	}

	/**
	 * Main position valid on :today in a unit of the scope today, or no main position
	 * today (left the service: the person stays with the scope of their last post).
	 */
	private static final String STILL_IN_SCOPE = "(exists (select 1 from person_position s where s.person_id = p.id"
			+ " and not s.concurrent and s.deleted_at is null and " + VALID.replace(":d", ":today").formatted("s")
			+ " and s.unit_id = any(:todayUnits)) or not exists (select 1 from person_position s"
			+ " where s.person_id = p.id and not s.concurrent and s.deleted_at is null and "
			+ VALID.replace(":d", ":today").formatted("s") + "))";

	/**
	 * {@link #stillInScope}: "true" unless the search is of a past date in a restricted
	 * scope.
	 */
	private static String stillInScope(Scope scope, LocalDate d, Units units, MapSqlParameterSource params) {
		LocalDate today = LocalDate.now();
		if (scope.unrestricted() || !d.isBefore(today)) {
			return "true";
		}
		params.addValue("today", today)
			.addValue("todayUnits", units.scopeUnitIds(scope, today).orElseThrow().toArray(Long[]::new));
		return STILL_IN_SCOPE;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * The level is the person's highest of its kind valid at :d: they hold it, and
	 * nothing ranked above it.
	 */
	private static void highest(StringBuilder sql, MapSqlParameterSource params, String name, QualificationKind kind,
			String code, Catalogs catalogs) {
		if (code == null || code.isBlank()) {
			return;
		}
		String q = "select 1 from person_qualification q where q.person_id = p.id and q.deleted_at is null and q.kind = '"
				+ kind.name() + "' and " + VALID.formatted("q");
		sql.append(" and exists (").append(q).append(" and q.level_code = :").append(name).append(")");
		params.addValue(name, code.strip());
		List<String> higher = higherThan(kind, code.strip(), catalogs);
		if (!higher.isEmpty()) {
			sql.append(" and not exists (")
				.append(q)
				.append(" and q.level_code = any(:")
				.append(name)
				.append("Higher))");
			params.addValue(name + "Higher", higher.toArray(String[]::new));
		}
	}

	static List<String> higherThan(QualificationKind kind, String code, Catalogs catalogs) {
		Optional<CatalogItem> item = catalogs.find(kind.levelCatalog(), code);
		List<String> out = new ArrayList<>();
		int rank = item.map(CatalogItem::sortOrder).orElse(Integer.MAX_VALUE);
		for (CatalogItem i : catalogs.list(kind.levelCatalog(), null)) {
			if (i.sortOrder() > rank) {
				out.add(i.code());
			}
		}
		return out;
	}

	/**
	 * Codes of a level catalog from lowest to highest, for "highest level" lookups with
	 * array_position.
	 */
	static String[] order(CatalogType type, Catalogs catalogs) {
		return catalogs.list(type, null).stream().map(CatalogItem::code).toArray(String[]::new);
	}

	static String orderBy(String sort) {
		return switch (sort) {
			case "birthDate" -> " order by p.birth_date, p.sort_name, p.id";
			case "-birthDate" -> " order by p.birth_date desc, p.sort_name, p.id";
			case "sortIndex" -> " order by c.sort_name, c.id";
			// by name, as an expression no index provides: a few known matches are
			// fetched and sorted, never found
			// by walking the whole sort index (they may all sort late)
			case "fetched" -> " order by (p.sort_name || ''), p.id";
			default -> " order by p.sort_name, p.id";
		};
	}

}
