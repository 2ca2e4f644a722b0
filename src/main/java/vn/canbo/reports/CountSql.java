package vn.canbo.reports;

import static vn.canbo.reports.Dimension.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.QualificationKind;
import vn.canbo.reports.PersonCounts.Query;
import vn.canbo.rules.Retirement;
import vn.canbo.shared.Scope;

/**
 * The SQL of one {@link PersonCounts} query: a "facts" CTE (one row per person of the
 * population, from the people module's {@code person_fact} view; the body and title-group
 * conditions read {@code person_position}) and the expressions of each dimension. The
 * retirement cut-off of {@link Dimension#AGE_BAND_CIVIL} is that of {@link Retirement}.
 */
final class CountSql {

	/** Valid on the date :d, for a table alias. */
	static final String VALID = "%1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d)";

	final MapSqlParameterSource params = new MapSqlParameterSource();

	final Query q;

	final boolean empty;

	final StringBuilder where = new StringBuilder();

	final Set<String> needs = new HashSet<>();

	final List<String> extraJoins = new ArrayList<>();

	final String preliminaryFacts;

	private final Catalogs catalogs;

	final DimensionSources sources;

	CountSql(Query q, Scope scope, Units units, Catalogs catalogs, DimensionSources sources) {
		this.q = q;
		this.catalogs = catalogs;
		this.sources = sources;
		LocalDate d = q.asOf() == null ? LocalDate.now() : q.asOf();
		params.addValue("d", d);
		params.addValue("dkey", d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth());
		Optional<Set<Long>> allowed = units.scopeUnitIds(scope, d);
		if (q.unitIds() != null) {
			Set<Long> s = new HashSet<>(q.unitIds());
			allowed.ifPresent(s::retainAll);
			allowed = Optional.of(s);
		}
		boolean none = allowed.isPresent() && allowed.get().isEmpty();
		StringBuilder w = new StringBuilder();
		if (allowed.isPresent() && !none) {
			w.append(" and pf.unit_id = any(:units)");
			params.addValue("units", allowed.get().toArray(Long[]::new));
		}
		if (q.categories() != null && !q.categories().isEmpty()) {
			w.append(" and pf.category = any(:categories)");
			params.addValue("categories", q.categories().toArray(String[]::new));
		}
		if (q.bodyUnitIds() != null || q.bodyTitleCodes() != null) {
			if ((q.bodyUnitIds() != null && q.bodyUnitIds().isEmpty())
					|| (q.bodyTitleCodes() != null && q.bodyTitleCodes().isEmpty())) {
				none = true;
			}
			w.append(
					" and exists (select 1 from person_position b where b.person_id = pf.person_id and b.deleted_at is null and ")
				.append(VALID.formatted("b"));
			if (q.bodyUnitIds() != null) {
				w.append(" and b.unit_id = any(:bodyUnits)");
				params.addValue("bodyUnits", q.bodyUnitIds().toArray(Long[]::new));
			}
			if (q.bodyTitleCodes() != null) {
				w.append(" and b.title_code = any(:bodyTitles)");
				params.addValue("bodyTitles", q.bodyTitleCodes().toArray(String[]::new));
			}
			w.append(")");
		}
		this.empty = none;
		this.preliminaryFacts = w.toString();
		int i = 0;
		for (Map.Entry<Dimension, Collection<String>> e : q.where().entrySet()) {
			if (e.getKey() == Dimension.TOTAL) {
				continue;
			}
			where.append(" and ").append(condition(e.getKey(), e.getValue(), "w" + i++));
		}
		if (q.criterion() != null) {
			where.append(" and ").append(new CondSql(this).render(q.criterion()));
		}
	}

	/** Expression of a dimension's key over facts f. */
	String key(Dimension dim, String alias) {
		return switch (dim) {
			case TOTAL -> "'ALL'";
			case GENDER -> "f.gender";
			case AGE -> "f.age::text";
			case AGE_BAND_PARTY ->
				"case when f.age < 18 then '<18' when f.age <= 30 then '18-30' when f.age <= 35 then '31-35'"
						+ " when f.age <= 40 then '36-40' when f.age <= 45 then '41-45' when f.age <= 50 then '46-50'"
						+ " when f.age <= 55 then '51-55' when f.age <= 60 then '56-60' else '>60' end";
			case AGE_BAND_CIVIL -> {
				retirement();
				yield "case when f.retired then 'HUU' when f.age <= 30 then '<=30' when f.age <= 40 then '31-40'"
						+ " when f.age <= 50 then '41-50' when f.age <= 60 then '51-60' else '>60' end";
			}
			case MINORITY -> {
				minority();
				yield "case when f.ethnicity_code is null then '' when f.ethnicity_code = any(:minorityCodes)"
						+ " then 'MINORITY' else 'KINH' end";
			}
			case ETHNICITY -> "coalesce(f.ethnicity_code, '')";
			case RELIGION -> "coalesce(f.religion_code, '')";
			case HAS_RELIGION ->
				"case when f.religion_code is null or f.religion_code in ('', '00') then 'NO' else 'YES' end";
			case PARTY -> "case when f.party_joined_on <= :d and (f.party_left_on is null or f.party_left_on > :d)"
					+ " then 'YES' else 'NO' end";
			case PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT, FOREIGN_LANGUAGE, IT, ACADEMIC_TITLE -> {
				String col = level(dim);
				yield "coalesce(" + col + ", '')";
			}
			case RANK_GROUP -> {
				rankGroups();
				yield "coalesce(case when f.rank_code is null then '' else coalesce(rg.grp, 'KHAC') end, '')";
			}
			case RANK -> "coalesce(f.rank_code, '')";
			case TITLE_GROUP -> {
				titleGroups();
				yield "coalesce(tg.grp, '')";
			}
			case TITLE -> "coalesce(f.title_code, '')";
			case CATEGORY -> "f.category";
			case UNIT -> "f.unit_id::text";
			case UNIT_GROUP -> {
				if (!needs.contains("ug")) {
					needs.add("ug");
					params.addValue("ugUnits", q.unitGroups().keySet().toArray(Long[]::new));
					params.addValue("ugLabels", q.unitGroups().values().toArray(String[]::new));
					// "+ 0": not the indexed column, so the labels are hashed and the
					// facts scanned, rather
					// than every fact read through the unit index, unit by unit or in
					// unit order
					extraJoins
						.add(" left join unnest(:ugUnits, :ugLabels) ug(unit_id, label) on ug.unit_id = f.unit_id + 0");
				}
				yield "coalesce(ug.label, '')";
			}
			case LEADER -> {
				titleSet("leaderTitles", CatalogGroups::leaderTitles);
				yield "case when f.title_code = any(:leaderTitles) then 'YES' else 'NO' end";
			}
			case KEY_POST -> {
				titleSet("keyPostTitles", CatalogGroups::keyPostTitles);
				yield "case when f.title_code = any(:keyPostTitles) then 'YES' else 'NO' end";
			}
			case RATING -> sourced(Dim.RATING, "rt");
			case TRAINED -> sourced(Dim.TRAINED, "tr");
			case TRAINED_KIND -> sourced(Dim.TRAINED_KIND, "tk");
		};
	}

	/**
	 * The value of a dimension given by a {@link DimensionSource}: its person values
	 * joined once (NONE without a value, or without a source).
	 */
	private String sourced(Dim dim, String alias) {
		java.util.Optional<DimensionSource> source = sources.of(dim);
		if (source.isEmpty()) {
			return "''";
		}
		if (needs.add(alias)) {
			extraJoins.add(" left join (" + source.get().personValues() + ") " + alias + "(person_id, value) on "
					+ alias + ".person_id = f.id");
		}
		return "coalesce(" + alias + ".value, '')";
	}

	/** "dimension value ∈ values" over facts f (NONE = nothing recorded). */
	String condition(Dimension dim, Collection<String> values, String name) {
		if (dim == Dimension.TITLE_GROUP) {
			titleGroupArrays();
			params.addValue(name, values.toArray(String[]::new));
			return "exists (select 1 from person_position t join unnest(:tgTitles, :tgGroups) g(title, grp)"
					+ " on g.title = t.title_code where t.person_id = f.id and t.deleted_at is null and "
					+ VALID.formatted("t") + " and g.grp = any(:" + name + "))";
		}
		if (dim == Dimension.TRAINED_KIND) {
			return ConditionSql.anyOf(this, Dim.TRAINED_KIND, values, name);
		}
		String direct = ConditionSql.direct(this, dim, values, name);
		if (direct != null) {
			return direct;
		}
		params.addValue(name, values.toArray(String[]::new));
		return "(" + key(dim, name) + ") = any(:" + name + ")";
	}

	/**
	 * The highest level of a kind held on the date, kept in the facts
	 * ({@code <kind>_top}) in the order of the kind's catalog
	 * ({@code vn.canbo.people.LevelRanks}).
	 */
	String level(Dimension dim) {
		QualificationKind kind = switch (dim) {
			case PROFESSIONAL -> QualificationKind.PROFESSIONAL;
			case POLITICAL_THEORY -> QualificationKind.POLITICAL_THEORY;
			case STATE_MANAGEMENT -> QualificationKind.STATE_MANAGEMENT;
			case FOREIGN_LANGUAGE -> QualificationKind.FOREIGN_LANGUAGE;
			case IT -> QualificationKind.IT;
			default -> QualificationKind.ACADEMIC_TITLE;
		};
		return "f." + kind.name().toLowerCase(Locale.ROOT) + "_top";
	}

	void retirement() {
		if (needs.add("retired")) {
			RetiredSql.params(params, (LocalDate) params.getValue("d"));
		}
	}

	private void titleSet(String name, java.util.function.Function<Catalogs, String[]> codes) {
		if (needs.add(name)) {
			params.addValue(name, codes.apply(catalogs));
		}
	}

	void minority() {
		if (needs.add("minority")) {
			params.addValue("minorityCodes", CatalogGroups.minorityCodes(catalogs));
		}
	}

	private void rankGroups() {
		if (needs.add("rankGroups")) {
			String[][] rankGroups = CatalogGroups.rankGroups(catalogs);
			params.addValue("rgCodes", rankGroups[0]);
			params.addValue("rgGroups", rankGroups[1]);
			extraJoins.add(" left join unnest(:rgCodes, :rgGroups) rg(code, grp) on rg.code = f.rank_code");
		}
	}

	private void titleGroupArrays() {
		if (needs.add("tgArrays")) {
			String[][] titleGroups = CatalogGroups.titleGroups(catalogs);
			params.addValue("tgTitles", titleGroups[0]);
			params.addValue("tgGroups", titleGroups[1]);
		}
	}

	private void titleGroups() {
		titleGroupArrays();
		if (needs.add("tg")) {
			extraJoins
				.add(" left join lateral (select distinct g.grp from person_position t join unnest(:tgTitles, :tgGroups)"
						+ " g(title, grp) on g.title = t.title_code where t.person_id = f.id and t.deleted_at is null and "
						+ VALID.formatted("t") + ") tg on true");
		}
	}

	String joins() {
		return String.join("", extraJoins) + (where.isEmpty() ? "" : " where true" + where);
	}

	/**
	 * The WITH clause: facts, one row per person of the population — their
	 * {@code person_fact} period valid on the date, with age (integer arithmetic on
	 * yyyymmdd) and the highest level of each kind. The CTE is inlined, so the query can
	 * run in parallel.
	 */
	String with() {
		// key()/condition() calls register their needs first: joins() and where are built
		// before with()
		StringBuilder s = new StringBuilder("with facts as (select pf.person_id as id, pf.position_id, pf.unit_id,"
				+ " pf.title_code, pf.gender, pf.category, pf.birth_date, pf.ethnicity_code, pf.religion_code,"
				+ " pf.party_joined_on, pf.party_left_on, pf.rank_code, pf.professional_top, pf.political_theory_top,"
				+ " pf.state_management_top, pf.foreign_language_top, pf.it_top, pf.academic_title_top,"
				+ " (cast(:dkey as integer) - pf.birth_key) / 10000 as age");
		if (needs.contains("retired")) {
			s.append(RetiredSql.COLUMN);
		}
		s.append(" from person_fact pf where ").append(VALID.formatted("pf")).append(preliminaryFacts).append(")");
		return s.toString();
	}

}
