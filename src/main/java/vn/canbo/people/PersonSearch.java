package vn.canbo.people;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * Tìm kiếm, lọc hồ sơ and export of the same search to Excel. The scope is applied in SQL
 * (units of the scope as of the search date); names match diacritics- and
 * case-insensitively by word prefix, served by the GIN index on
 * {@code person.search_prefixes} (every prefix of every folded word of the name).
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class PersonSearch {

	/** Maximum rows of an export. */
	public static final int EXPORT_MAX_ROWS = 200_000;

	static final String SUMMARY_COLUMNS = """
			select p.id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, p.category,
			       pp.unit_id, pp.title_code, pp.title_text, coalesce(""" + SearchQuery.PARTY
			+ ", false) as party_member ";

	private final NamedParameterJdbcTemplate named;

	private final NamedParameterJdbcTemplate streaming;

	private final Units units;

	private final Catalogs catalogs;

	private final AuditLog audit;

	/**
	 * Quantiles of person.sort_name (the planner's histogram), refreshed every 10
	 * minutes.
	 */
	private final SortNameQuantiles sortNameQuantiles;

	PersonSearch(NamedParameterJdbcTemplate named, DataSource dataSource, Units units, Catalogs catalogs,
			AuditLog audit) {
		this.audit = audit;
		this.sortNameQuantiles = new SortNameQuantiles(named);
		this.named = named;
		JdbcTemplate t = new JdbcTemplate(dataSource);
		t.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(t);
		this.units = units;
		this.catalogs = catalogs;
	}

	/**
	 * One page; the total is counted up to {@link PageResult#COUNT_CAP}, or up to
	 * {@link #NAME_COUNT_CAP} when a name is searched ("hơn 1.000 người": refine the name
	 * rather than page through thousands of namesakes).
	 */
	/**
	 * For the endpoints: a unit filter naming a unit outside the scope, or one that (with
	 * the units merged into it) does not exist on the date, is answered alike, 404, not
	 * with an empty list ({@link #search} itself gives nothing for it, never more).
	 */
	public void requireUnitFilter(PersonCriteria c, Scope scope) {
		if (c.unitId() == null) {
			return;
		}
		LocalDate d = c.asOfOrToday();
		Optional<Set<Long>> allowed = units.scopeUnitIds(scope, d);
		if ((allowed.isPresent() && !allowed.get().contains(c.unitId()))
				|| units.findAll(units.subtreeIds(List.of(c.unitId()), d), d).isEmpty()) {
			throw new NotFoundException(Messages.text("people.search.unitNotFound", String.valueOf(c.unitId())));
		}
	}

	@Transactional(readOnly = true)
	public PageResult<PersonSummary> search(PersonCriteria c, Scope scope) {
		validate(c);
		SearchQuery all = SearchQuery.of(c, scope, units, catalogs);
		if (all.empty) {
			return new PageResult<>(List.of(), c.page(), c.size(), 0, false);
		}
		// the best plan depends on the values (how common the name is, where the bound
		// lies): never a generic plan
		named.getJdbcOperations().execute("set local plan_cache_mode = force_custom_plan");
		int cap = all.nameWhere.isEmpty() ? PageResult.COUNT_CAP : NAME_COUNT_CAP;
		all.params.addValue("limit", c.size()).addValue("offset", (long) c.page() * c.size()).addValue("cap", cap + 1);
		long nameMatches = 0;
		SearchQuery q = all;
		String sort = c.sort();
		if (!all.nameWhere.isEmpty() && !(all.unitCount >= 0 && all.unitCount <= SMALL_SCOPE)) {
			nameMatches = estimatedMatches(all.nameWhere, all);
			if (nameMatches <= nameProbe) {
				List<Long> ids = probe(all.nameWhere, all);
				if (ids.size() <= nameProbe) {
					q = all.onlyIds(ids);
					sort = "name".equals(sort) ? "fetched" : sort;
				}
				else {
					nameMatches = ids.size();
				}
			}
		}
		boolean dense = q == all && nameMatches > 0 && "name".equals(c.sort());
		List<Row> rows = dense ? densePage(q, c) : page(q, sort);
		long total = c.page() == 0 && rows.size() < c.size() ? rows.size() : count(q);
		boolean capped = total > cap;
		LocalDate asOf = all.asOf;
		Map<Long, UnitView> names = units.findAll(rows.stream().map(Row::unitId).collect(Collectors.toSet()), asOf);
		List<PersonSummary> items = rows.stream().map(r -> r.summary(names, asOf)).toList();
		return new PageResult<>(items, c.page(), c.size(), capped ? cap : total, capped);
	}

	/** Counting stops here when a name is searched. */
	static final int NAME_COUNT_CAP = 1_000;

	private List<Row> page(SearchQuery q, String sort) {
		return named.query(SUMMARY_COLUMNS + q.from + SearchQuery.orderBy(sort) + " limit :limit offset :offset",
				q.params, PersonSearch::row);
	}

	private long count(SearchQuery q) {
		return named.queryForObject("select count(*) from (select 1" + q.from + " limit :cap) x", q.params, Long.class);
	}

	/**
	 * A page of a name that matches many people ("nguyen", "duc", "Oanh"), sorted by
	 * name. The sort key starts with the given name, so a plain walk of it in order may
	 * read most of the table before it finds a page: "Oanh" is a given name, and its
	 * people sort together far from the start. The matches are therefore taken in two
	 * parts:
	 * <ul>
	 * <li>those matching every word outside the given name (index
	 * {@code person_other_name_prefixes}): when few, read from its index; when many
	 * (common family or middle names), they are spread evenly over the sort order, and a
	 * walk of its first part finds the page ({@link #boundedWalk});</li>
	 * <li>the others: some word is a prefix of their given name, so they lie in that
	 * word's range of sort keys, walked in order from its start.</li>
	 * </ul>
	 * The first page+offset rows of each part hold the first page+offset rows of all
	 * matches; the page is cut from them in the database's order.
	 */
	private List<Row> densePage(SearchQuery q, PersonCriteria c) {
		long need = (long) c.page() * c.size() + c.size();
		String others = " and person_other_name_prefixes(p.search_name, p.sort_name) @> cast(:prefixes as text[])";
		long outside = estimatedMatches(q.nameWhere + others, q);
		if (outside <= nameProbe) {
			List<Long> ids = probe(q.nameWhere + others, q);
			if (ids.size() <= nameProbe) {
				q.params.addValue("need", need);
				Set<Long> candidates = new java.util.LinkedHashSet<>(firstIds(q.onlyIds(ids), "fetched"));
				SearchQuery walk = q.walkingSortIndex();
				for (String word : (String[]) q.params.getValue("prefixes")) {
					walk.params.addValue("from", word)
						.addValue("to",
								word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1));
					candidates.addAll(firstIds(walk.inRange(), "sortIndex"));
				}
				return page(q.onlyIds(List.copyOf(candidates)), "fetched");
			}
			outside = ids.size();
		}
		return boundedWalk(q, c, need, outside);
	}

	/**
	 * The ids of up to {@link #nameProbe} + 1 persons matching the name condition (one
	 * more tells "too many").
	 */
	private List<Long> probe(String where, SearchQuery q) {
		return named.queryForList(
				"select p.id from person p where p.deleted_at is null" + where + " limit " + (nameProbe + 1), q.params,
				Long.class);
	}

	private List<Long> firstIds(SearchQuery q, String sort) {
		return named.queryForList("select p.id" + q.from + SearchQuery.orderBy(sort) + " limit :need", q.params,
				Long.class);
	}

	/**
	 * The page of a name whose matches are spread evenly over the sort order
	 * ({@code matches} of them, about): the walk is bounded to the first part of the sort
	 * order where the page should lie (from the column's histogram), and widened
	 * four-fold until the part holds the whole page. Every row before the bound is in it,
	 * so a full page found there is exactly the page of the unbounded query. The walk
	 * reads only the index on (sort_name, id) that includes the name's prefixes
	 * ({@link SearchQuery#walkingSortIndex}).
	 */
	private List<Row> boundedWalk(SearchQuery q, PersonCriteria c, long need, long matches) {
		List<String> bounds = sortNameQuantiles.get();
		SearchQuery walk = q.walkingSortIndex();
		if (bounds.size() > 10) {
			for (double f = 4.0 * need / Math.max(matches, 1); f < 1.0; f *= 4) {
				walk.params.addValue("bound", bounds.get((int) Math.ceil(f * (bounds.size() - 1))));
				List<Row> rows = page(walk.bounded(), "sortIndex");
				if (rows.size() == c.size()) {
					return rows;
				}
			}
		}
		return page(walk, "sortIndex");
	}

	/**
	 * Streams every match (up to {@link #EXPORT_MAX_ROWS}) as .xlsx; sensitive columns
	 * only when allowed. Recorded in the audit trail (EXPORT, entity type {@code person})
	 * with the criteria, the row count and whether sensitive columns were included.
	 */
	@Transactional
	public void exportXlsx(PersonCriteria c, Scope scope, boolean includeSensitive, OutputStream out) {
		validate(c);
		SearchQuery q = SearchQuery.of(c, scope, units, catalogs);
		long[] rows = { 0 };
		try (XlsxExport x = new XlsxExport(out, includeSensitive, q.asOf, units, catalogs)) {
			if (!q.empty) {
				writeRows(c, q, x, rows);
			}
		}
		java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("format", "xlsx");
		after.put("criteria", c);
		after.put("rows", rows[0]);
		after.put("sensitiveColumns", includeSensitive);
		audit.record(AuditAction.EXPORT, "person", null, null, null, after);
	}

	private void writeRows(PersonCriteria c, SearchQuery q, XlsxExport x, long[] rows) {
		{
			q.params.addValue("max", EXPORT_MAX_ROWS)
				.addValue("profOrder", SearchQuery.order(CatalogType.PROFESSIONAL_LEVEL, catalogs))
				.addValue("theoryOrder", SearchQuery.order(CatalogType.POLITICAL_THEORY, catalogs));
			// a person who has left the scope: the facts of the date only (identity,
			// post, Party), never the national ID, phone, ethnicity, levels or salary;
			// whether they have is computed once a row (st.still)
			boolean all = "true".equals(q.stillInScope);
			String still = all ? "true" : "st.still";
			String stillJoin = all ? "" : " cross join lateral (select " + q.stillInScope + " as still) st";
			String sql = SUMMARY_COLUMNS + ", " + ifStill(still, "p.ethnicity_code", "ethnicity_code") + ", "
					+ ifStill(still, "p.national_id", "national_id") + ", "
					+ ifStill("true".equals(still) ? still : still + " or p.party_joined_on <= :d", "p.party_joined_on",
							"party_joined_on")
					+ ", " + ifStill(still, "p.phone", "phone") + ", "
					+ ifStill(still, highest("level_code", QualificationKind.PROFESSIONAL, "profOrder"), "prof") + ", "
					+ ifStill(still, highest("major", QualificationKind.PROFESSIONAL, "profOrder"), "major") + ", "
					+ ifStill(still, highest("level_code", QualificationKind.POLITICAL_THEORY, "theoryOrder"), "theory")
					+ ", " + ifStill(still, "s.rank_code", "rank_code") + ", " + ifStill(still, "s.step", "step") + ", "
					+ ifStill(still, "s.coefficient", "coefficient")
					+ q.from.replace(SearchQuery.JOINS,
							" left join person_salary s on s.person_id = p.id" + " and s.deleted_at is null and "
									+ SearchQuery.VALID.formatted("s") + stillJoin)
					+ SearchQuery.orderBy(c.sort()) + " limit :max";
			streaming.query(sql, q.params, (ResultSet rs) -> {
				x.add(row(rs, 0), rs);
				rows[0]++;
			});
		}
	}

	private static String ifStill(String still, String column, String as) {
		return ("true".equals(still) ? column : "case when " + still + " then " + column + " end") + " as " + as;
	}

	/**
	 * How many persons the planner expects the name to match (from the statistics of the
	 * prefixes' most common elements; no row is read). A selective name ("Trần Thị Thu
	 * Hương", "le hoa": at most {@link #nameProbe} matches, checked by reading them) is
	 * answered from its id list: only those rows are joined and sorted. A common name
	 * ("nguyen", "duc") is paged by a bounded walk of the sort order
	 * ({@link #densePage}).
	 */
	private long estimatedMatches(String where, SearchQuery q) {
		String plan = named.queryForObject(
				"explain (format json) select 1 from person p where p.deleted_at is null" + where, q.params,
				String.class);
		java.util.regex.Matcher m = PLAN_ROWS.matcher(plan == null ? "" : plan);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	private static final java.util.regex.Pattern PLAN_ROWS = java.util.regex.Pattern.compile("\"Plan Rows\": (\\d+)");

	/**
	 * Above this many name matches the bounded walk of the sort order is used; tests
	 * lower it.
	 */
	int nameProbe = 2_000;

	/** Tests: read the sort-name histogram again on the next search. */
	void forgetSortNameQuantiles() {
		sortNameQuantiles.forget();
	}

	/**
	 * Up to this many units, the unit index finds the scope's persons faster than a name
	 * probe.
	 */
	static final int SMALL_SCOPE = 50;

	/**
	 * A column of the person's highest qualification of a kind valid at :d (levels
	 * ordered by the catalog).
	 */
	private static String highest(String column, QualificationKind kind, String order) {
		return "(select q." + column + " from person_qualification q where q.person_id = p.id and q.deleted_at is null"
				+ " and q.kind = '" + kind.name() + "' and " + SearchQuery.VALID.formatted("q")
				+ " order by array_position(cast(:" + order
				+ " as text[]), cast(q.level_code as text)) desc nulls last, q.valid_from desc limit 1)";
	}

	private static void validate(PersonCriteria c) {
		SearchQuery.requireVisible(c);
		Errors e = new Errors();
		if (c.ageFrom() != null && (c.ageFrom() < 0 || c.ageFrom() > 120)) {
			e.add("ageFrom", Messages.text("people.search.ageFromRange"), c.ageFrom());
		}
		if (c.ageTo() != null && (c.ageTo() < 0 || c.ageTo() > 120)) {
			e.add("ageTo", Messages.text("people.search.ageToRange"), c.ageTo());
		}
		if (c.ageFrom() != null && c.ageTo() != null && c.ageFrom() > c.ageTo()) {
			e.add("ageTo", Messages.text("people.search.ageOrder"), c.ageTo());
		}
		if (!Set.of("name", "birthDate", "-birthDate").contains(c.sort())) {
			e.add("sort", Messages.text("people.search.sortInvalid"), c.sort());
		}
		e.throwIfAny();
	}

	/** A result row before the unit name is known. */
	record Row(long id, String fullName, Gender gender, vn.canbo.shared.PartialDate birthDate, PersonCategory category,
			long unitId, String titleCode, String titleText, boolean partyMember) {

		PersonSummary summary(Map<Long, UnitView> names, LocalDate asOf) {
			UnitView u = names.get(unitId);
			return new PersonSummary(id, fullName, gender, birthDate, Dates.age(birthDate, asOf), category, unitId,
					u == null ? null : u.name(), titleCode, titleText, partyMember);
		}
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("full_name"), Gender.valueOf(rs.getString("gender")),
				PersonRows.partial(rs, "birth_date", "birth_date_precision"),
				PersonCategory.valueOf(rs.getString("category")), rs.getLong("unit_id"), rs.getString("title_code"),
				rs.getString("title_text"), rs.getBoolean("party_member"));
	}

}
