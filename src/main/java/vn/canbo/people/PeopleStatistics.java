package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.db.ReportingJdbc;

/**
 * Thống kê số lượng, chất lượng: counts of persons by one or two dimensions (regulations.md §10), computed in
 * SQL with GROUP BY on the read replica ({@link ReportingJdbc}); persons are never loaded. The population is read
 * from {@code person_fact} (migration V4_21): one narrow row per person and period, kept by triggers, with the
 * main position, rank and levels held, so a national report reads one row per person instead of joining histories. A person belongs to
 * the population when, on the date, they hold a main position in one of the population's units (and the
 * caller's {@link Scope}); ages, highest levels, ranks and positions are those valid on the date.
 *
 * <p>Dimension values are plain keys: catalog codes (levels, ethnicity, religion, title groups), enum names
 * (gender, category), band keys ({@link #PARTY_BANDS}, {@link #CIVIL_BANDS}), unit ids, or the caller's label
 * for {@link Dimension#UNIT_GROUP}. {@link #NONE} ("") is "none / not recorded".
 */
@Component
public class PeopleStatistics {

    /** Value of a person with nothing recorded for a dimension (no religion, no level…). */
    public static final String NONE = "";
    /** Party statistics age bands, plus "<18". */
    public static final List<String> PARTY_BANDS = List.of("<18", "18-30", "31-35", "36-40", "41-45", "46-50", "51-55", "56-60", ">60");
    /** Civil-service age bands; HUU = reached the retirement age (NĐ 135/2020) on the date, whatever the age. */
    public static final List<String> CIVIL_BANDS = List.of("<=30", "31-40", "41-50", "51-60", ">60", "HUU");

    public enum Dimension {
        /** Whole population (one value, "ALL"). */
        TOTAL(false), GENDER(false),
        /** Age in completed years on the date ("34"). */
        AGE(false), AGE_BAND_PARTY(false), AGE_BAND_CIVIL(false),
        /** KINH, MINORITY or NONE. */
        MINORITY(false), ETHNICITY(false), RELIGION(false),
        /** YES / NO (no religion recorded or "00" Không). */
        HAS_RELIGION(false),
        /** YES / NO: a party member on the date. */
        PARTY(false),
        /** Highest level valid on the date (catalog codes). */
        PROFESSIONAL(false), POLITICAL_THEORY(false), STATE_MANAGEMENT(false), FOREIGN_LANGUAGE(false), IT(false),
        ACADEMIC_TITLE(false),
        /** CVCC, CVC, CV, CS, NV, KHAC (from the RANK pay table) of the salary row valid on the date; NONE without one. */
        RANK_GROUP(false), RANK(false),
        /** Title groups of every position (main or concurrent) held on the date: one person may count in several. */
        TITLE_GROUP(true),
        /** Title of the main position. */
        TITLE(false), CATEGORY(false),
        /** Unit id of the main position. */
        UNIT(false),
        /** The caller's label of the main position's unit ({@link Query#unitGroups()}), e.g. its district or admin level. */
        UNIT_GROUP(false);

        private final boolean multiValued;

        Dimension(boolean multiValued) {
            this.multiValued = multiValued;
        }

        public boolean multiValued() {
            return multiValued;
        }
    }

    /**
     * Who is counted. {@code unitIds}: units of the main position (null = every unit; the caller's scope is
     * applied on top). {@code bodyUnitIds}/{@code bodyTitleCodes}: also hold, on the date, a position (main or
     * concurrent) in one of those units and/or with one of those titles — e.g. the Ban Chấp hành = titles of
     * group CAP_UY in DANG_UY_XA units. {@code where}: fixed dimension values (value sets) all persons must have.
     */
    public record Query(LocalDate asOf, Collection<Long> unitIds, Collection<String> categories,
                        Collection<Long> bodyUnitIds, Collection<String> bodyTitleCodes,
                        Map<Dimension, Collection<String>> where, Map<Long, String> unitGroups) {

        public Query {
            where = where == null ? Map.of() : Map.copyOf(where);
            unitGroups = unitGroups == null ? Map.of() : Map.copyOf(unitGroups);
        }

        public static Query of(LocalDate asOf, Collection<Long> unitIds) {
            return new Query(asOf, unitIds, null, null, null, null, null);
        }

        public Query withWhere(Map<Dimension, Collection<String>> more) {
            Map<Dimension, Collection<String>> w = new LinkedHashMap<>(where);
            w.putAll(more);
            return new Query(asOf, unitIds, categories, bodyUnitIds, bodyTitleCodes, w, unitGroups);
        }

        public Query withUnitGroups(Map<Long, String> groups) {
            return new Query(asOf, unitIds, categories, bodyUnitIds, bodyTitleCodes, where, groups);
        }
    }

    /** One cell of a breakdown: the count of persons and the sum of their ages (for average ages). */
    public record Cell(String row, String column, long count, long ageSum) {
    }

    /**
     * A count of persons among those of a row whose {@code dimension} value is one of {@code values}
     * (all persons of the row when values is empty). {@code key} names the column.
     */
    public record Measure(String key, Dimension dimension, Collection<String> values) {
    }

    /** Counts per row: measure key → count, plus the row's headcount and age sum. */
    public record MeasureRow(String row, long total, long ageSum, Map<String, Long> counts) {
    }

    /** A person behind a cell (drill-down). */
    public record PersonRow(long id, String fullName, String gender, LocalDate birthDate, long unitId,
                            String titleCode, String titleText, String category) {
    }

    private final ReportingJdbc reporting;
    private final Units units;
    private final Catalogs catalogs;

    PeopleStatistics(ReportingJdbc reporting, Units units, Catalogs catalogs) {
        this.reporting = reporting;
        this.units = units;
        this.catalogs = catalogs;
    }

    /**
     * Counts by two dimensions (pass {@link Dimension#TOTAL} for one), with every total: cells whose row or
     * column is null are the sub-totals (null row and column = grand total). Exact for multi-valued dimensions
     * (a person counts once per total).
     */
    public List<Cell> crossTab(Query q, Dimension rows, Dimension columns, Scope scope) {
        Sql sql = new Sql(q, scope);
        if (sql.empty) {
            return List.of();
        }
        String r = sql.key(rows, "r");
        String c = sql.key(columns, "c");
        String text;
        if (rows.multiValued() || columns.multiValued()) {
            // a person may stand in several cells: totals over distinct persons
            text = sql.with() + ", cells as (select distinct " + r + " as r, " + c + " as c, f.id, f.age from facts f"
                    + sql.joins() + ")"
                    + " select r, c, count(*), coalesce(sum(age), 0) from cells group by r, c"
                    + " union all select r, null, count(*), coalesce(sum(age), 0) from (select distinct r, id, age from cells) x group by r"
                    + " union all select null, c, count(*), coalesce(sum(age), 0) from (select distinct c, id, age from cells) x group by c"
                    + " union all select null, null, count(*), coalesce(sum(age), 0) from (select distinct id, age from cells) x";
        } else {
            // a plain GROUP BY, which PostgreSQL runs in parallel (grouping sets are not): each person is in one
            // cell, so the sub-totals are sums of cells
            text = sql.with() + " select " + r + " as r, " + c + " as c, count(*), coalesce(sum(f.age), 0)"
                    + " from facts f" + sql.joins() + " group by r, c";
        }
        String query = text;
        List<Cell> cells = reporting.hashing(jdbc -> jdbc.sql(query).paramSource(sql.params).query((rs, i) -> new Cell(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list());
        return rows.multiValued() || columns.multiValued() ? cells : withTotals(cells);
    }

    /** The cells with their row, column and grand totals (null row/column), summed. */
    private static List<Cell> withTotals(List<Cell> cells) {
        Map<String, long[]> byRow = new LinkedHashMap<>();
        Map<String, long[]> byColumn = new LinkedHashMap<>();
        long[] all = new long[2];
        for (Cell c : cells) {
            add(byRow.computeIfAbsent(c.row(), k -> new long[2]), c);
            add(byColumn.computeIfAbsent(c.column(), k -> new long[2]), c);
            add(all, c);
        }
        List<Cell> out = new ArrayList<>(cells);
        byRow.forEach((row, t) -> out.add(new Cell(row, null, t[0], t[1])));
        byColumn.forEach((column, t) -> out.add(new Cell(null, column, t[0], t[1])));
        out.add(new Cell(null, null, all[0], all[1]));
        return out;
    }

    private static void add(long[] total, Cell c) {
        total[0] += c.count();
        total[1] += c.ageSum();
    }

    /**
     * One row per value of {@code rows} (plus the total row, row = null) with the count of each measure: the
     * whole standard report in one pass over the population.
     */
    public List<MeasureRow> measures(Query q, Dimension rows, List<Measure> measures, Scope scope) {
        Sql sql = new Sql(q, scope);
        if (sql.empty) {
            return List.of();
        }
        String r = sql.key(rows, "r");
        boolean distinct = rows.multiValued();
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            String cond = m.values() == null || m.values().isEmpty() ? "true" : sql.condition(m.dimension(), m.values(), "m" + i);
            cols.append(distinct ? ", count(distinct f.id) filter (where " : ", count(*) filter (where ").append(cond).append(")");
        }
        String joins = sql.joins();
        StringBuilder s = new StringBuilder(sql.with()).append(" select ").append(r).append(" as r, ")
                .append(distinct ? "count(distinct f.id)" : "count(*)").append(", coalesce(sum(f.age), 0)")
                .append(cols).append(" from facts f").append(joins)
                // a person in several rows counts once in the total: grouping sets; otherwise a plain GROUP BY, run
                // in parallel (grouping sets are not), and the total row is the sum of the rows
                .append(distinct ? " group by grouping sets ((r), ())" : " group by r");
        List<MeasureRow> rowsOut = reporting.hashing(jdbc -> jdbc.sql(s.toString()).paramSource(sql.params).query((rs, i) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int k = 0; k < measures.size(); k++) {
                counts.put(measures.get(k).key(), rs.getLong(4 + k));
            }
            return new MeasureRow(rs.getString(1), rs.getLong(2), rs.getLong(3), counts);
        }).list());
        if (distinct) {
            return rowsOut;
        }
        long total = 0;
        long ageSum = 0;
        Map<String, Long> counts = new LinkedHashMap<>();
        measures.forEach(m -> counts.put(m.key(), 0L));
        for (MeasureRow row : rowsOut) {
            total += row.total();
            ageSum += row.ageSum();
            row.counts().forEach((k, v) -> counts.merge(k, v, Long::sum));
        }
        List<MeasureRow> out = new ArrayList<>(rowsOut);
        out.add(new MeasureRow(null, total, ageSum, counts));
        return out;
    }

    /** The persons behind a cell ({@code cell}: dimension → value; null value = any), by name, paged. */
    public PageResult<PersonRow> persons(Query q, Map<Dimension, String> cell, Scope scope, int page, int size) {
        Map<Dimension, Collection<String>> where = new LinkedHashMap<>();
        cell.forEach((d, v) -> {
            if (v != null && d != Dimension.TOTAL) {
                where.put(d, List.of(v));
            }
        });
        Sql sql = new Sql(q.withWhere(where), scope);
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), 200);
        if (sql.empty) {
            return new PageResult<>(List.of(), p, s, 0, false);
        }
        String joins = sql.joins();
        long total = reporting.client().sql(sql.with() + " select count(*) from facts f" + joins).paramSource(sql.params)
                .query(Long.class).single();
        sql.params.addValue("limit", s).addValue("offset", (long) p * s);
        List<PersonRow> rows = reporting.client().sql(sql.with() + " select f.id, p.full_name, p.gender, p.birth_date,"
                        + " f.unit_id, f.title_code, pp.title_text, p.category from facts f join person p on p.id = f.id"
                        + " join person_position pp on pp.id = f.position_id" + joins + " order by p.sort_name, p.id limit :limit offset :offset")
                .paramSource(sql.params).query((rs, i) -> new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        return new PageResult<>(rows, p, s, total, false);
    }

    /** Headcount of the population (no breakdown). */
    public long count(Query q, Scope scope) {
        Sql sql = new Sql(q, scope);
        return sql.empty ? 0 : reporting.client().sql(sql.with() + " select count(*) from facts f" + sql.joins())
                .paramSource(sql.params).query(Long.class).single();
    }

    // ---------------------------------------------------------------------------------------------------------

    static final String VALID = "%1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d)";

    /** The SQL of one query: a "facts" CTE (one row per person) and the expressions of each dimension. */
    private final class Sql {
        final MapSqlParameterSource params = new MapSqlParameterSource();
        final Query q;
        final boolean empty;
        final StringBuilder where = new StringBuilder();
        final Set<String> needs = new HashSet<>();
        final List<String> extraJoins = new ArrayList<>();
        final String preliminaryFacts;

        Sql(Query q, Scope scope) {
            this.q = q;
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
                w.append(" and exists (select 1 from person_position b where b.person_id = pf.person_id and b.deleted_at is null and ")
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
        }

        /** Expression of a dimension's key over facts f. */
        String key(Dimension dim, String alias) {
            return switch (dim) {
                case TOTAL -> "'ALL'";
                case GENDER -> "f.gender";
                case AGE -> "f.age::text";
                case AGE_BAND_PARTY -> "case when f.age < 18 then '<18' when f.age <= 30 then '18-30' when f.age <= 35 then '31-35'"
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
                case HAS_RELIGION -> "case when f.religion_code is null or f.religion_code in ('', '00') then 'NO' else 'YES' end";
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
                        // "+ 0": not the indexed column, so the labels are hashed and the facts scanned, rather
                        // than every fact read through the unit index, unit by unit or in unit order
                        extraJoins.add(" left join unnest(:ugUnits, :ugLabels) ug(unit_id, label) on ug.unit_id = f.unit_id + 0");
                    }
                    yield "coalesce(ug.label, '')";
                }
            };
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
            String direct = direct(dim, values, name);
            if (direct != null) {
                return direct;
            }
            params.addValue(name, values.toArray(String[]::new));
            return "(" + key(dim, name) + ") = any(:" + name + ")";
        }

        /**
         * The same condition written on the facts' own columns, for the dimensions whose key is computed (bands,
         * yes/no, "none" for a missing value): a report evaluates one per person and column, and comparing a
         * computed key costs several times more. Null for the other dimensions.
         */
        private String direct(Dimension dim, Collection<String> values, String name) {
            String column = switch (dim) {
                case PROFESSIONAL, POLITICAL_THEORY, STATE_MANAGEMENT, FOREIGN_LANGUAGE, IT, ACADEMIC_TITLE -> level(dim);
                case ETHNICITY -> "f.ethnicity_code";
                case RELIGION -> "f.religion_code";
                case RANK -> "f.rank_code";
                case TITLE -> "f.title_code";
                default -> null;
            };
            if (column != null) { // a code, NONE = not recorded
                List<String> codes = values.stream().filter(v -> !NONE.equals(v)).toList();
                params.addValue(name, codes.toArray(String[]::new));
                String in = column + " = any(:" + name + ")";
                return codes.size() == values.size() ? in : "(" + column + " is null or " + in + ")";
            }
            List<String> any = new ArrayList<>();
            for (String v : values) {
                String p = switch (dim) {
                    case AGE_BAND_CIVIL -> {
                        retirement();
                        yield "HUU".equals(v) ? "f.retired" : CIVIL_BANDS.contains(v) ? "not f.retired and " + ages(v) : "false";
                    }
                    case AGE_BAND_PARTY -> PARTY_BANDS.contains(v) ? ages(v) : "false";
                    case PARTY -> "YES".equals(v) ? "f.party_joined_on <= :d and (f.party_left_on is null or f.party_left_on > :d)"
                            : "NO".equals(v) ? "(f.party_joined_on is null or f.party_joined_on > :d or f.party_left_on <= :d)" : "false";
                    case HAS_RELIGION -> "YES".equals(v) ? "f.religion_code not in ('', '00')"
                            : "NO".equals(v) ? "(f.religion_code is null or f.religion_code in ('', '00'))" : "false";
                    case MINORITY -> {
                        minority();
                        yield "MINORITY".equals(v) ? "f.ethnicity_code = any(:minorityCodes)"
                                : "KINH".equals(v) ? "not (f.ethnicity_code = any(:minorityCodes))"
                                : NONE.equals(v) ? "f.ethnicity_code is null" : "false";
                    }
                    default -> null;
                };
                if (p == null) {
                    return null;
                }
                any.add("(" + p + ")");
            }
            return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
        }

        /**
         * The highest level of a kind held on the date, kept in the facts ({@code <kind>_top}) in the order of the
         * kind's catalog ({@link LevelRanks}).
         */
        private String level(Dimension dim) {
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

        /** The ages of a band key ("<18", "<=30", "31-40", ">60") as a condition on f.age. */
        private static String ages(String band) {
            if (band.startsWith("<=")) {
                return "f.age <= " + Integer.parseInt(band.substring(2));
            }
            if (band.startsWith("<")) {
                return "f.age < " + Integer.parseInt(band.substring(1));
            }
            if (band.startsWith(">")) {
                return "f.age > " + Integer.parseInt(band.substring(1));
            }
            String[] r = band.split("-");
            return "f.age between " + Integer.parseInt(r[0]) + " and " + Integer.parseInt(r[1]);
        }

        private void retirement() {
            if (needs.add("retired")) {
                LocalDate d = (LocalDate) params.getValue("d");
                params.addValue("retMen", retiredIfBornBefore(true, d));
                params.addValue("retWomen", retiredIfBornBefore(false, d));
            }
        }

        private void minority() {
            if (needs.add("minority")) {
                params.addValue("minorityCodes", catalogs.list(CatalogType.ETHNICITY, null).stream()
                        .filter(e -> "true".equalsIgnoreCase(e.attribute("minority"))).map(CatalogItem::code)
                        .toArray(String[]::new));
            }
        }

        private void rankGroups() {
            if (needs.add("rankGroups")) {
                List<String> codes = new ArrayList<>();
                List<String> groups = new ArrayList<>();
                for (CatalogItem r : catalogs.list(CatalogType.RANK, null)) {
                    codes.add(r.code());
                    groups.add(rankGroup(r));
                }
                params.addValue("rgCodes", codes.toArray(String[]::new));
                params.addValue("rgGroups", groups.toArray(String[]::new));
                extraJoins.add(" left join unnest(:rgCodes, :rgGroups) rg(code, grp) on rg.code = f.rank_code");
            }
        }

        private void titleGroupArrays() {
            if (needs.add("tgArrays")) {
                List<String> titles = new ArrayList<>();
                List<String> groups = new ArrayList<>();
                for (CatalogItem t : catalogs.list(CatalogType.TITLE, null)) {
                    for (String g : catalogs.titleGroups(t.code())) {
                        titles.add(t.code());
                        groups.add(g);
                    }
                }
                params.addValue("tgTitles", titles.toArray(String[]::new));
                params.addValue("tgGroups", groups.toArray(String[]::new));
            }
        }

        private void titleGroups() {
            titleGroupArrays();
            if (needs.add("tg")) {
                extraJoins.add(" left join lateral (select distinct g.grp from person_position t join unnest(:tgTitles, :tgGroups)"
                        + " g(title, grp) on g.title = t.title_code where t.person_id = f.id and t.deleted_at is null and "
                        + VALID.formatted("t") + ") tg on true");
            }
        }

        String joins() {
            return String.join("", extraJoins) + (where.isEmpty() ? "" : " where true" + where);
        }

        /**
         * The WITH clause: facts, one row per person of the population — their {@code person_fact} period valid on
         * the date, with age (integer arithmetic on yyyymmdd) and the highest level of each kind.
         * The CTE is inlined, so the query can run in parallel.
         */
        String with() {
            // key()/condition() calls register their needs first: joins() and where are built before with()
            StringBuilder s = new StringBuilder("with facts as (select pf.person_id as id, pf.position_id, pf.unit_id,"
                    + " pf.title_code, pf.gender, pf.category, pf.birth_date, pf.ethnicity_code, pf.religion_code,"
                    + " pf.party_joined_on, pf.party_left_on, pf.rank_code, pf.professional_top, pf.political_theory_top,"
                    + " pf.state_management_top, pf.foreign_language_top, pf.it_top, pf.academic_title_top,"
                    + " (cast(:dkey as integer) - pf.birth_key) / 10000 as age");
            if (needs.contains("retired")) {
                s.append(", case when pf.gender = 'MALE' then pf.birth_date < :retMen else pf.birth_date < :retWomen end as retired");
            }
            s.append(" from person_fact pf where ").append(VALID.formatted("pf")).append(preliminaryFacts).append(")");
            return s.toString();
        }
    }

    /** CVCC, CVC, CV, CS, NV or KHAC from a RANK entry: its "group" attribute, else its pay table (A3, A2, A1, A0, B/C). */
    public static String rankGroup(CatalogItem rank) {
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

    /**
     * The first birth date NOT yet at the retirement age (NĐ 135/2020 §8.2) on {@code d}: a person born before
     * it has reached the age (their pension month has started by d).
     */
    public static LocalDate retiredIfBornBefore(boolean male, LocalDate d) {
        // pension start is monotonic in the birth month: find the first birth month whose start is after d
        YearMonth lo = YearMonth.of(1900, 1);
        YearMonth hi = YearMonth.from(d);
        if (!pensionStart(male, lo).isAfter(d)) {
            while (lo.isBefore(hi)) {
                YearMonth mid = lo.plusMonths(java.time.temporal.ChronoUnit.MONTHS.between(lo, hi) / 2);
                if (pensionStart(male, mid).isAfter(d)) {
                    hi = mid;
                } else {
                    lo = mid.plusMonths(1);
                }
            }
        }
        return lo.atDay(1);
    }

    /** First day of the month after the retirement month of a person born in {@code birth}. */
    public static LocalDate pensionStart(boolean male, YearMonth birth) {
        for (int y = Math.max(1950, birth.getYear()); y < 2200; y++) {
            int months = statutoryMonths(male, y);
            YearMonth r = birth.plusMonths(months);
            if (r.getYear() == y) {
                return r.plusMonths(1).atDay(1);
            }
            if (r.getYear() < y) {
                return r.plusMonths(1).atDay(1);
            }
        }
        return birth.plusMonths(statutoryMonths(male, 2100)).plusMonths(1).atDay(1);
    }

    static int statutoryMonths(boolean male, int year) {
        return male ? (year <= 2020 ? 720 : Math.min(720 + 3 * (year - 2020), 744))
                : (year <= 2020 ? 660 : Math.min(660 + 4 * (year - 2020), 720));
    }

    /** Average of an age sum over a count, half-up to 2 decimals; null for an empty cell. */
    public static BigDecimal average(long ageSum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(ageSum).divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_UP);
    }
}
