package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogAdmin;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Scope;

/**
 * person_fact, the derived per-period facts that statistics read, follows every write to
 * a person and their position, salary and qualification histories (database triggers),
 * and agrees with the histories on any date.
 */
@SpringBootTest
@Transactional
class PersonFactTest {

	static final LocalDate D2010 = LocalDate.of(2010, 1, 1);

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogAdmin admin;

	PeopleFixture.Tree tree;

	@BeforeEach
	void units() {
		tree = fixture.tree();
	}

	record Period(LocalDate from, LocalDate to, long unitId, String title, String rank, List<String> professional,
			List<String> theory, String gender) {
	}

	private List<Period> periods(long personId) {
		return jdbc.sql("""
				select valid_from, valid_to, unit_id, title_code, rank_code, professional, political_theory, gender
				from person_fact where person_id = ? order by valid_from""")
			.param(personId)
			.query((rs, i) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
					rs.getLong(3), rs.getString(4), rs.getString(5),
					Arrays.asList((String[]) rs.getArray(6).getArray()),
					Arrays.asList((String[]) rs.getArray(7).getArray()), rs.getString(8)))
			.list();
	}

	@Test
	void followsPositionsSalariesAndQualificationsMergingPeriodsWhereNothingCounted() {
		long id = fixture.create("Lê Thị Hoa", tree.communeA().id()).id();
		people.add(id, HistoryKind.SALARY, Salary.of("01.003", 1, new BigDecimal("2.34"), D2010), Scope.all());
		// a step raise changes no counted fact: no new period
		people.add(id, HistoryKind.SALARY, Salary.of("01.003", 2, new BigDecimal("2.67"), LocalDate.of(2013, 1, 1)),
				Scope.all());
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 6, 1)), Scope.all());
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "THAC_SI", LocalDate.of(2015, 9, 1)), Scope.all());
		long main = people.get(id, LocalDate.of(2016, 1, 1), Scope.all()).mainPosition().id();
		people.endPosition(id, main, LocalDate.of(2018, 1, 1), Scope.all());
		people.add(id, HistoryKind.POSITION,
				Position.main(tree.communeB().id(), "PHO_CHU_TICH_UBND", null, LocalDate.of(2018, 1, 1)), Scope.all());

		long a = tree.communeA().id();
		long b = tree.communeB().id();
		assertThat(periods(id))
			.extracting(Period::from, Period::to, Period::unitId, Period::title, Period::rank, Period::professional)
			.containsExactly(tuple(D2010, LocalDate.of(2015, 9, 1), a, "CHUYEN_VIEN", "01.003", List.of("DAI_HOC")),
					tuple(LocalDate.of(2015, 9, 1), LocalDate.of(2018, 1, 1), a, "CHUYEN_VIEN", "01.003",
							List.of("DAI_HOC", "THAC_SI")),
					tuple(LocalDate.of(2018, 1, 1), null, b, "PHO_CHU_TICH_UBND", "01.003",
							List.of("DAI_HOC", "THAC_SI")));
		assertConsistentWithHistories();
	}

	@Test
	void followsCorrectionsDeletionsAndTheDossierItself() {
		PersonView v = fixture.create("Trần Văn Nam", tree.communeA().id());
		long id = v.id();
		Qualification theory = people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2012, 3, 1)),
				Scope.all());
		assertThat(periods(id)).extracting(Period::theory).containsExactly(List.of(), List.of("TRUNG_CAP"));

		// a deleted (wrongly entered) history row no longer counts
		people.deleteEntry(id, HistoryKind.QUALIFICATION, theory.id(), "nhập nhầm", Scope.all());
		assertThat(periods(id)).extracting(Period::from, Period::theory).containsExactly(tuple(D2010, List.of()));

		// an edited dossier field is a fact too
		PersonView read = people.get(id, null, Scope.all());
		people.update(id, read.version(), With.with(read.data(), "gender", Gender.FEMALE), Scope.all());
		assertThat(periods(id)).extracting(Period::gender).containsExactly("FEMALE");

		// a deleted dossier leaves no facts
		people.softDelete(id, "trùng hồ sơ", Scope.all());
		assertThat(periods(id)).isEmpty();
		assertConsistentWithHistories();
	}

	@Test
	void aPersonWithoutAMainPositionOnADateHasNoFactThen() {
		long id = fixture.create("Phạm Minh Tuấn", tree.communeA().id()).id();
		long main = people.get(id, null, Scope.all()).mainPosition().id();
		people.endPosition(id, main, LocalDate.of(2020, 1, 1), Scope.all());
		people.add(id, HistoryKind.POSITION,
				Position.main(tree.communeB().id(), "CHUYEN_VIEN", null, LocalDate.of(2021, 1, 1)), Scope.all());

		assertThat(periods(id)).extracting(Period::from, Period::to, Period::unitId)
			.containsExactly(tuple(D2010, LocalDate.of(2020, 1, 1), tree.communeA().id()),
					tuple(LocalDate.of(2021, 1, 1), null, tree.communeB().id()));
		assertConsistentWithHistories();

		// the check itself sees a stale fact
		jdbc.sql("update person_fact set title_code = 'PHO_CHU_TICH_UBND' where person_id = ? and valid_to is null")
			.param(id)
			.update();
		org.assertj.core.api.Assertions.assertThatThrownBy(this::assertConsistentWithHistories)
			.isInstanceOf(AssertionError.class);
	}

	private String professionalTop(long personId) {
		return jdbc.sql("select professional_top from person_fact where person_id = ? and valid_to is null")
			.param(personId)
			.query(String.class)
			.single();
	}

	@Test
	void keepsTheHighestLevelInTheCatalogsOrderAndFollowsAReorderedCatalog() {
		long id = fixture.create("Đỗ Thị Lan", tree.communeA().id()).id();
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 6, 1)), Scope.all());
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "THAC_SI", LocalDate.of(2015, 9, 1)), Scope.all());
		assertThat(professionalTop(id)).isEqualTo("THAC_SI");
		assertHighestLevelsFollowTheCatalogs();

		// an administrator puts ĐH after ThS: in the same transaction ĐH is the highest,
		// for this person and in reports
		CatalogItem dh = catalogs.find(CatalogType.PROFESSIONAL_LEVEL, "DAI_HOC").orElseThrow();
		int ths = catalogs.order(CatalogType.PROFESSIONAL_LEVEL, "THAC_SI");
		admin.edit(CatalogType.PROFESSIONAL_LEVEL, "DAI_HOC",
				new CatalogAdmin.ItemEdit(dh.name(), dh.nameEn(), ths + 1, dh.attributes(), dh.version()));
		assertThat(professionalTop(id)).isEqualTo("DAI_HOC");
		assertHighestLevelsFollowTheCatalogs();

		// a level above both (TS: 70, ĐH now 61)
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "TIEN_SI", LocalDate.of(2020, 1, 1)), Scope.all());
		assertThat(professionalTop(id)).isEqualTo("TIEN_SI");
		assertHighestLevelsFollowTheCatalogs();

		// the check itself sees a stale highest level
		jdbc.sql("update person_fact set professional_top = 'TRUNG_CAP' where person_id = ? and valid_to is null")
			.param(id)
			.update();
		org.assertj.core.api.Assertions.assertThatThrownBy(this::assertHighestLevelsFollowTheCatalogs)
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void keepsTheDefenceGroupsAndTheHighestOfThem() {
		long id = fixture.create("Đỗ Văn Quốc", tree.communeA().id()).id();
		LocalDate dt3 = LocalDate.of(2012, 4, 1);
		LocalDate dt2 = LocalDate.of(2019, 10, 1);
		people.add(id, HistoryKind.QUALIFICATION, Qualification.of(QualificationKind.DEFENCE_SECURITY, "DT3", dt3),
				Scope.all());
		people.add(id, HistoryKind.QUALIFICATION, Qualification.of(QualificationKind.DEFENCE_SECURITY, "DT2", dt2),
				Scope.all());
		// a group that is no đối tượng: kept as held, never the highest of known ones
		people.add(id, HistoryKind.QUALIFICATION, Qualification.of(QualificationKind.DEFENCE_SECURITY, "KHAC", dt2),
				Scope.all());
		assertThat(defenceTop(id, D2010)).isNull();
		assertThat(defenceTop(id, dt3)).isEqualTo("DT3");
		assertThat(defenceTop(id, dt2.minusDays(1))).isEqualTo("DT3");
		assertThat(defenceTop(id, dt2)).isEqualTo("DT2");
		assertHighestLevelsFollowTheCatalogs();
		assertConsistentWithHistories();
	}

	private String defenceTop(long personId, LocalDate d) {
		return jdbc
			.sql("select defence_security_top from person_fact where person_id = ? and valid_from <= ?"
					+ " and (valid_to is null or valid_to > ?)")
			.params(personId, d, d)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	/**
	 * Every fact row's highest level of each kind is, of the codes held, the last in the
	 * catalog's order.
	 */
	private void assertHighestLevelsFollowTheCatalogs() {
		for (QualificationKind k : QualificationKind.values()) {
			// the defence groups have no catalog: DT1 the highest (V14_7)
			String[] order = k.levelCatalog() == null ? new String[] { "DT4", "DT3", "DT2", "DT1" }
					: catalogs.list(k.levelCatalog(), null).stream().map(CatalogItem::code).toArray(String[]::new);
			String c = k.name().toLowerCase(java.util.Locale.ROOT);
			long wrong = jdbc
				.sql("select count(*) from person_fact where " + c + "_top is distinct from (select x from unnest(" + c
						+ ") x order by array_position(cast(:order as text[]), x) desc nulls last, x limit 1)")
				.param("order", order)
				.query(Long.class)
				.single();
			assertThat(wrong).as("facts whose highest %s level is not the catalog's", k).isZero();
		}
	}

	/**
	 * On each of several dates, every person's fact row (main position, rank, levels
	 * held, own fields) equals what the histories give — over the whole database,
	 * whatever other tests wrote (imports, decisions, restructurings).
	 */
	private void assertConsistentWithHistories() {
		for (LocalDate d : List.of(LocalDate.of(2005, 7, 1), D2010, LocalDate.of(2015, 9, 1), LocalDate.of(2018, 6, 30),
				LocalDate.of(2025, 7, 1), LocalDate.now())) {
			String facts = """
					select f.person_id, f.position_id, f.unit_id, f.title_code, f.rank_code, f.gender, f.category,
					       f.birth_date, f.birth_key, f.party_joined_on, f.professional, f.political_theory, f.state_management,
					       f.foreign_language, f.it, f.academic_title, f.defence_security
					from person_fact f where f.valid_from <= :d and (f.valid_to is null or f.valid_to > :d)""";
			String histories = """
					select p.id, pp.id, pp.unit_id, pp.title_code,
					       (select s.rank_code from person_salary s where s.person_id = p.id and s.deleted_at is null
					          and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)),
					       p.gender, p.category, p.birth_date, cast(to_char(p.birth_date, 'YYYYMMDD') as integer), p.party_joined_on,
					       coalesce(l.professional, '{}'), coalesce(l.theory, '{}'), coalesce(l.qlnn, '{}'),
					       coalesce(l.lang, '{}'), coalesce(l.it, '{}'), coalesce(l.title, '{}'), coalesce(l.qpan, '{}')
					from person p
					join person_position pp on pp.person_id = p.id and not pp.concurrent and pp.deleted_at is null
					     and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
					left join lateral (
					  select array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'PROFESSIONAL') professional,
					         array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'POLITICAL_THEORY') theory,
					         array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'STATE_MANAGEMENT') qlnn,
					         array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'FOREIGN_LANGUAGE') lang,
					         array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'IT') it,
					         array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'ACADEMIC_TITLE') title,
					         array_agg(distinct q.level_code::text order by q.level_code::text) filter (where q.kind = 'DEFENCE_SECURITY') qpan
					  from person_qualification q where q.person_id = p.id and q.deleted_at is null and q.level_code is not null
					    and q.valid_from <= :d and (q.valid_to is null or q.valid_to > :d)) l on true
					where p.deleted_at is null""";
			Map<String, Object> diff = jdbc
				.sql("select (select count(*) from ((" + facts + ") except all (" + histories
						+ ")) x) as extra, (select count(*) from ((" + histories + ") except all (" + facts
						+ ")) y) as missing," + " (select count(*) from (" + histories + ") z) as persons")
				.param("d", d)
				.query()
				.singleRow();
			assertThat(diff).as("person_fact against the histories on %s", d)
				.containsEntry("extra", 0L)
				.containsEntry("missing", 0L);
		}
	}

}
