package vn.canbo.people;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;


/**
 * Tìm kiếm, lọc hồ sơ and export of the same search to Excel. The scope is applied in SQL (units of the
 * scope as of the search date); names match diacritics- and case-insensitively by word prefix, served by
 * the GIN index on {@code person.search_prefixes} (every prefix of every folded word of the name).
 */
@Service
public class PersonSearch {

    /** Maximum rows of an export. */
    public static final int EXPORT_MAX_ROWS = 200_000;

    static final String SUMMARY_COLUMNS = """
            select p.id, p.full_name, p.gender, p.birth_date, p.birth_date_precision, p.category,
                   pp.unit_id, pp.title_code, pp.title_text, coalesce(""" + SearchQuery.PARTY + ", false) as party_member ";

    private final NamedParameterJdbcTemplate named;
    private final NamedParameterJdbcTemplate streaming;
    private final Units units;
    private final Catalogs catalogs;
    private final AuditLog audit;

    PersonSearch(NamedParameterJdbcTemplate named, DataSource dataSource, Units units, Catalogs catalogs, AuditLog audit) {
        this.audit = audit;
        this.named = named;
        JdbcTemplate t = new JdbcTemplate(dataSource);
        t.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(t);
        this.units = units;
        this.catalogs = catalogs;
    }

    /** One page; total counted up to {@link PageResult#COUNT_CAP}. */
    @Transactional(readOnly = true)
    public PageResult<PersonSummary> search(PersonCriteria c, Scope scope) {
        validate(c);
        SearchQuery all = SearchQuery.of(c, scope, units, catalogs);
        if (all.empty) {
            return new PageResult<>(List.of(), c.page(), c.size(), 0, false);
        }
        SearchQuery q = selectiveName(all);
        q.params.addValue("limit", c.size()).addValue("offset", (long) c.page() * c.size())
                .addValue("cap", PageResult.COUNT_CAP + 1);
        List<Row> rows = named.query(SUMMARY_COLUMNS + q.from + SearchQuery.orderBy(c.sort()) + " limit :limit offset :offset",
                q.params, PersonSearch::row);
        long total;
        if (c.page() == 0 && rows.size() < c.size()) {
            total = rows.size();
        } else {
            total = named.queryForObject("select count(*) from (select 1" + q.from + " limit :cap) x", q.params, Long.class);
        }
        boolean capped = total > PageResult.COUNT_CAP;
        Map<Long, UnitView> names = units.findAll(rows.stream().map(Row::unitId).collect(Collectors.toSet()), q.asOf);
        List<PersonSummary> items = rows.stream().map(r -> r.summary(names, q.asOf)).toList();
        return new PageResult<>(items, c.page(), c.size(), capped ? PageResult.COUNT_CAP : total, capped);
    }

    /**
     * Streams every match (up to {@link #EXPORT_MAX_ROWS}) as .xlsx; sensitive columns only when allowed. Recorded in
     * the audit trail (EXPORT, entity type {@code person}) with the criteria, the row count and whether sensitive
     * columns were included.
     */
    @Transactional
    public void exportXlsx(PersonCriteria c, Scope scope, boolean includeSensitive, OutputStream out) {
        validate(c);
        SearchQuery q = SearchQuery.of(c, scope, units, catalogs);
        long[] rows = {0};
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
            String sql = SUMMARY_COLUMNS + ", p.ethnicity_code, p.national_id, p.party_joined_on, p.phone, "
                    + highest("level_code", QualificationKind.PROFESSIONAL, "profOrder") + " as prof, "
                    + highest("major", QualificationKind.PROFESSIONAL, "profOrder") + " as major, "
                    + highest("level_code", QualificationKind.POLITICAL_THEORY, "theoryOrder") + " as theory, "
                    + "s.rank_code, s.step, s.coefficient"
                    + q.from.replace(SearchQuery.JOINS, " left join person_salary s on s.person_id = p.id"
                    + " and s.deleted_at is null and " + SearchQuery.VALID.formatted("s"))
                    + SearchQuery.orderBy(c.sort()) + " limit :max";
            streaming.query(sql,
                    q.params, (ResultSet rs) -> {
                        x.add(row(rs, 0), rs);
                        rows[0]++;
                    });
        }
    }

    /**
     * A selective name ("Trần Thị Thu Hương", "le hoa") is answered from the word-prefix index: its matches (at most
     * {@link #NAME_PROBE}) become an id list, and only those rows are joined and sorted. Otherwise walking the
     * sort index in order may read a large part of the table before it finds a page, since the sort key starts
     * with the given name. A common name ("nguyen") has dense matches and keeps the ordered index walk; a
     * scope of a few units is served by the position index anyway.
     */
    private SearchQuery selectiveName(SearchQuery q) {
        if (q.nameWhere.isEmpty() || q.unitCount >= 0 && q.unitCount <= SMALL_SCOPE) {
            return q;
        }
        List<Long> ids = named.queryForList("select p.id from person p where p.deleted_at is null" + q.nameWhere
                + " limit " + (NAME_PROBE + 1), q.params, Long.class);
        return ids.size() > NAME_PROBE ? q : q.onlyIds(ids);
    }

    /** Above this many name matches the ordered walk is used. */
    static final int NAME_PROBE = 5_000;

    /** Up to this many units, the unit index finds the scope's persons faster than a name probe. */
    static final int SMALL_SCOPE = 50;

    /** A column of the person's highest qualification of a kind valid at :d (levels ordered by the catalog). */
    private static String highest(String column, QualificationKind kind, String order) {
        return "(select q." + column + " from person_qualification q where q.person_id = p.id and q.deleted_at is null"
                + " and q.kind = '" + kind.name() + "' and " + SearchQuery.VALID.formatted("q")
                + " order by array_position(cast(:" + order + " as text[]), cast(q.level_code as text)) desc nulls last, q.valid_from desc limit 1)";
    }

    private static void validate(PersonCriteria c) {
        Errors e = new Errors();
        if (c.ageFrom() != null && (c.ageFrom() < 0 || c.ageFrom() > 120)) {
            e.add("ageFrom", "Tuổi từ phải từ 0 đến 120", c.ageFrom());
        }
        if (c.ageTo() != null && (c.ageTo() < 0 || c.ageTo() > 120)) {
            e.add("ageTo", "Tuổi đến phải từ 0 đến 120", c.ageTo());
        }
        if (c.ageFrom() != null && c.ageTo() != null && c.ageFrom() > c.ageTo()) {
            e.add("ageTo", "Tuổi đến phải lớn hơn hoặc bằng tuổi từ", c.ageTo());
        }
        if (!Set.of("name", "birthDate", "-birthDate").contains(c.sort())) {
            e.add("sort", "Sắp xếp theo: name, birthDate hoặc -birthDate", c.sort());
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
