package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * Manual benchmark, skipped unless {@code -Dcanbo.bench=N} (persons, e.g. 1000000): fills the embedded database
 * with N dossiers over 1,500 communes and prints timings and EXPLAIN ANALYZE of typical searches.
 * {@code mvn test -Dtest=SearchBenchmarkTest -Dcanbo.bench=1000000}
 */
@SpringBootTest
class SearchBenchmarkTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    PersonSearch search;
    @Autowired
    PeopleFixture fixture;
    @Autowired
    Units units;
    @Autowired
    Catalogs catalogs;

    @Test
    void searchesStayFastOnALargeTable() {
        String n = System.getProperty("canbo.bench");
        Assumptions.assumeTrue(n != null, "benchmark: set -Dcanbo.bench=<persons>");
        int persons = Integer.parseInt(n);
        PeopleFixture.Tree tree = fixture.tree();
        List<Long> communes = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            communes.add(fixture.unit("Xã " + i, tree.province().id()).id());
        }
        long t0 = System.currentTimeMillis();
        jdbc.sql("""
                with fam(d, f) as (select * from unnest(
                    array['Nguyễn','Nguyễn','Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'],
                    array['nguyen','nguyen','nguyen','tran','le','pham','hoang','huynh','phan','vu','vo','dang','bui','do','ho','ngo','duong','ly'])),
                mid(d, f) as (select * from unnest(array['Văn','Thị','Hữu','Đức','Minh','Ngọc','Thanh','Quang','Thị Thu','Văn Đức'],
                    array['van','thi','huu','duc','minh','ngoc','thanh','quang','thi thu','van duc'])),
                giv(d, f) as (select * from unnest(
                    array['An','Bình','Cường','Dũng','Đức','Hà','Hải','Hạnh','Hoa','Hùng','Hương','Lan','Linh','Long','Mai','Minh','Nam','Nga','Phong','Phương','Quân','Sơn','Tâm','Thảo','Trang','Tuấn','Vy','Yến','Khoa','Giang'],
                    array['an','binh','cuong','dung','duc','ha','hai','hanh','hoa','hung','huong','lan','linh','long','mai','minh','nam','nga','phong','phuong','quan','son','tam','thao','trang','tuan','vy','yen','khoa','giang'])),
                fa as (select array_agg(d) d, array_agg(f) f from fam), ma as (select array_agg(d) d, array_agg(f) f from mid),
                ga as (select array_agg(d) d, array_agg(f) f from giv),
                pick as (select g, 1 + floor(random() * 18)::int a, 1 + floor(random() * 10)::int b, 1 + floor(random() * 30)::int c
                         from generate_series(1, :n) g)
                insert into person (category, full_name, gender, birth_date, ethnicity_code, party_joined_on, search_name, sort_name)
                select 'CIVIL_SERVANT', fa.d[a] || ' ' || ma.d[b] || ' ' || ga.d[c],
                       case when b in (2, 9) then 'FEMALE' else 'MALE' end,
                       date '1962-01-01' + (random() * 14000)::int,
                       case when random() < 0.15 then lpad((2 + floor(random() * 53))::int::text, 2, '0') else '01' end,
                       case when random() < 0.4 then date '2000-01-01' + (random() * 8000)::int end,
                       ' ' || fa.f[a] || ' ' || ma.f[b] || ' ' || ga.f[c] || ' ',
                       ga.f[c] || ' ' || fa.f[a] || ' ' || ma.f[b] || ' ' || ga.f[c]
                from pick, fa, ma, ga""").param("n", persons).update();
        long first = jdbc.sql("select min(id) from person where created_by = 'system' and civil_servant_no is null and sort_name is not null")
                .query(Long.class).single();
        jdbc.sql("""
                insert into person_position (person_id, unit_id, title_code, valid_from)
                select p.id, (cast(:units as bigint[]))[1 + (p.id % 1500)], case when random() < 0.05 then 'PHO_CHU_TICH_UBND' else 'CHUYEN_VIEN' end,
                       date '2010-01-01' from person p where p.id >= :first and not exists (select 1 from person_position x where x.person_id = p.id)""")
                .param("units", communes.toArray(Long[]::new)).param("first", first).update();
        jdbc.sql("""
                insert into person_qualification (person_id, kind, level_code, valid_from)
                select p.id, 'PROFESSIONAL', (array['TRUNG_CAP','CAO_DANG','DAI_HOC','DAI_HOC','DAI_HOC','THAC_SI'])[1 + floor(random() * 6)::int], date '2005-01-01'
                from person p where p.id >= :first""").param("first", first).update();
        jdbc.sql("analyze").update();
        System.out.printf("BENCH loaded %d persons in %d ms%n", persons, System.currentTimeMillis() - t0);

        Scope commune = Scope.of(communes.get(7));
        Scope province = Scope.of(tree.province().id());
        time("all, q='nguyen van duc'", () -> search.search(PersonCriteria.name("nguyen van duc"), Scope.all()));
        time("all, q='nguyen' (very common)", () -> search.search(PersonCriteria.name("nguyen"), Scope.all()));
        time("all, q='Trần Thị Thu Hương'", () -> search.search(PersonCriteria.name("Trần Thị Thu Hương"), Scope.all()));
        time("all, q='hoa' (a given name)", () -> search.search(PersonCriteria.name("hoa"), Scope.all()));
        time("all, no q, by name", () -> search.search(PersonCriteria.name(null), Scope.all()));
        time("all, no q, -birthDate page 10", () -> search.search(new PersonCriteria(null, null, null, null, null, null, null, null,
                null, null, null, null, null, 10, 20, "-birthDate"), Scope.all()));
        time("commune scope, no q", () -> search.search(PersonCriteria.name(null), commune));
        time("commune scope, q='nguyen'", () -> search.search(PersonCriteria.name("nguyen"), commune));
        time("province scope (1,500 units), q='le hoa'", () -> search.search(PersonCriteria.name("le hoa"), province));
        time("all, DAI_HOC + party + minority + age 30-45", () -> search.search(new PersonCriteria(null, null, null, null, 30, 45,
                null, true, true, "DAI_HOC", null, null, null, 0, 20, null), Scope.all()));
        time("all, title PHO_CHU_TICH_UBND + q 'pham'", () -> search.search(new PersonCriteria("pham", null, null, null, null, null,
                null, null, null, null, null, "PHO_CHU_TICH_UBND", null, 0, 20, null), Scope.all()));

        explain(PersonCriteria.name("nguyen van duc"), Scope.all());
        explain(PersonCriteria.name("nguyen"), Scope.all());
        explain(PersonCriteria.name("le hoa"), province);
        explain(PersonCriteria.name(null), commune);
        explain(new PersonCriteria(null, null, null, null, 30, 45, null, true, true, "DAI_HOC", null, null, null, 0, 20, null), Scope.all());
        explain(new PersonCriteria("pham", null, null, null, null, null, null, null, null, null, null, "PHO_CHU_TICH_UBND", null, 0, 20, null), Scope.all());
        for (String name : List.of("nguyen", "le hoa", "hoa", "nguyen van duc")) {
            long t = System.nanoTime();
            int found = named.queryForList("select p.id from person p where p.deleted_at is null and p.search_name like :t limit 20001",
                    new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("t", "% " + name.replace(" ", "% ") + "%"), Long.class).size();
            System.out.printf("BENCH probe %-20s %6.1f ms  %d%n", name, (System.nanoTime() - t) / 1e6, found);
        }
    }

    @Autowired
    PersonService people;

    @Test
    void bulkInsertThroughput() {
        Assumptions.assumeTrue(System.getProperty("canbo.bench") != null, "benchmark: set -Dcanbo.bench=<persons>");
        PeopleFixture.Tree tree = fixture.tree();
        List<NewPerson> batch = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            PersonData d = PeopleFixture.withoutNationalId(PeopleFixture.data("Nguyễn Văn Đức"));
            batch.add(new NewPerson(d, Position.main(tree.communeA().id(), "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1)),
                    Salary.of("01.003", 1, null, LocalDate.of(2010, 1, 1)),
                    List.of(Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 1, 1)))));
        }
        people.createAll(batch.subList(0, 500));
        long t = System.nanoTime();
        people.createAll(batch);
        System.out.printf("BENCH createAll 5000 full dossiers %6.0f ms%n", (System.nanoTime() - t) / 1e6);
    }

    private void time(String label, Supplier<PageResult<PersonSummary>> s) {
        s.get();
        long t = System.nanoTime();
        PageResult<PersonSummary> r = s.get();
        System.out.printf("BENCH %-48s %6.1f ms  total=%d%s%n", label, (System.nanoTime() - t) / 1e6, r.total(),
                r.totalCapped() ? "+" : "");
        assertThat(r.items()).isNotNull();
    }

    private void explain(PersonCriteria c, Scope scope) {
        SearchQuery q = SearchQuery.of(c, scope, units, catalogs);
        q.params.addValue("limit", 20).addValue("offset", 0);
        String sql = "explain (analyze, buffers off) " + PersonSearch.SUMMARY_COLUMNS + q.from + SearchQuery.orderBy(c.sort())
                + " limit :limit offset :offset";
        System.out.println("BENCH EXPLAIN q=" + c.q() + "\n" + String.join("\n", named.queryForList(sql, q.params, String.class)));
    }
}
