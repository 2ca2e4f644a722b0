package vn.canbo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.career.Alerts;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.people.Gender;
import vn.canbo.reports.Dim;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The demo locality is believable as of the day it is loaded (issue 20, point 14): every
 * dossier has its family, most have training and awards, some a discipline with its
 * period; nobody past the retirement age is still in post; salary steps are up to date
 * and only a few percent fall due in the next month; leaders' terms are current;
 * addresses are well-formed; and the dashboard's alert counts and the report's "đủ tuổi
 * nghỉ hưu" count the same persons on the same date.
 */
@WithDemoLocality
class DemoRealismTest {

	@Autowired
	GeneratedDemo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Alerts alerts;

	@Autowired
	StatisticsService stats;

	@Autowired
	Catalogs catalogs;

	@Autowired
	RuleChecks rules;

	private final LocalDate today = LocalDate.now();

	/** Persons in post today (a main position open today). */
	private static final String IN_POST = """
			select p.id from person p where p.deleted_at is null and exists (select 1 from person_position pp
			 where pp.person_id = p.id and not pp.concurrent and pp.deleted_at is null
			   and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d))""";

	private long inPost() {
		return jdbc.sql("select count(*) from (" + IN_POST + ") x").param("d", today).query(Long.class).single();
	}

	private long withAny(String table) {
		return jdbc
			.sql("select count(*) from (" + IN_POST + ") x where exists (select 1 from " + table
					+ " h where h.person_id = x.id and h.deleted_at is null)")
			.param("d", today)
			.query(Long.class)
			.single();
	}

	@Test
	void everyDossierHasItsFamilyAndMostTrainingAndAwards() {
		long n = inPost();
		assertThat(n).isEqualTo(demo.summary().persons());
		assertThat(withAny("person_family")).isEqualTo(n);
		assertThat(withAny("person_training")).isGreaterThanOrEqualTo(n * 30 / 100);
		assertThat(withAny("person_award")).isGreaterThanOrEqualTo(n * 30 / 100);
		assertThat(withAny("person_work_history")).isEqualTo(n);
		// a few disciplines, each with its period in force
		assertThat(withAny("person_discipline")).isBetween(5L, n * 5 / 100);
		assertThat(jdbc.sql("select count(*) from person_discipline where valid_to is null or valid_to <= valid_from")
			.query(Long.class)
			.single()).isZero();
		// parents older than the person, children younger; the spouse's parents on the
		// spouse's side
		assertThat(jdbc.sql("""
				select count(*) from person_family f join person p on p.id = f.person_id
				 where (f.relation_code in ('BO', 'ME') and f.birth_year > extract(year from p.birth_date) - 16)
				    or (f.relation_code = 'CON' and f.birth_year < extract(year from p.birth_date) + 16)
				    or (f.relation_code like '%VO_CHONG' and f.side <> 'SPOUSE')""").query(Long.class).single())
			.isZero();
		// the work history ends with the post held today
		assertThat(jdbc.sql("""
				select count(*) from (%s) x where (select count(*) from person_work_history w
				 where w.person_id = x.id and w.to_date is null and w.deleted_at is null) <> 1""".formatted(IN_POST))
			.param("d", today)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void addressesAreWellFormed() {
		assertThat(jdbc.sql("select count(*) from person p where cast(to_jsonb(p) as text) like '%tỉnh Thành phố%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from person where home_town_province = 'Thành phố Hồ Chí Minh'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void nobodyPastTheRetirementAgeIsInPostWithoutADecisionExtendingIt() {
		List<Object[]> rows = jdbc.sql("select p.id, p.gender, p.birth_date, p.birth_date_precision, "
				+ "(select count(*) from person_retirement_category c where c.person_id = p.id and c.deleted_at is null)"
				+ " from (" + IN_POST + ") x join person p on p.id = x.id")
			.param("d", today)
			.query((rs,
					i) -> new Object[] { rs.getLong(1), Gender.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
							rs.getString(4), rs.getLong(5) })
			.list();
		assertThat(rows).isNotEmpty();
		List<Long> past = rows.stream().filter(r -> (long) r[4] == 0).filter(r -> {
			LocalDate b = (LocalDate) r[2];
			PartialDate birth = "YEAR".equals(r[3]) ? PartialDate.ofYear(b.getYear()) : PartialDate.of(b);
			return !Retirement.of((Gender) r[1], birth).retirementDate().isAfter(today);
		}).map(r -> (Long) r[0]).toList();
		assertThat(past).isEmpty();
	}

	@Test
	void salaryStepsAreUpToDateAndFewFallDueNextMonth() {
		// every current row below the last step was raised within its interval
		List<Object[]> current = jdbc
			.sql("select s.rank_code, s.step, s.valid_from from person_salary s join (" + IN_POST
					+ ") x on x.id = s.person_id where s.deleted_at is null and s.valid_from <= :d"
					+ " and (s.valid_to is null or s.valid_to > :d)")
			.param("d", today)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate() })
			.list();
		assertThat(current).hasSizeGreaterThan(1_000);
		long late = current.stream().filter(r -> {
			Rank rank = catalogs.rank((String) r[0]).orElseThrow();
			return !rank.isLastStep((Integer) r[1])
					&& !((LocalDate) r[2]).plusMonths(rules.interval(rank, today)).isAfter(today);
		}).count();
		assertThat(late).isZero();
		// a few percent per month: persons with a raise due within the next 30 days
		long due = alerts.list(Scope.all(), today, 30, Alerts.Kind.SALARY_RAISE)
			.stream()
			.map(Alerts.Alert::personId)
			.distinct()
			.count();
		assertThat(due).isPositive().isLessThanOrEqualTo(inPost() * 10 / 100);
		// the step before the last raise is in the salary history (diễn biến lương)
		assertThat(jdbc.sql("select count(*) from person_salary where valid_to is not null and deleted_at is null")
			.query(Long.class)
			.single()).isGreaterThan(current.size() / 2);
	}

	@Test
	void leadersTermsAreCurrent() {
		long expired = jdbc.sql("""
				select count(*) from person_position pp where pp.deleted_at is null and pp.term_end is not null
				 and pp.term_end <= :d and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)""")
			.param("d", today)
			.query(Long.class)
			.single();
		assertThat(expired).isLessThanOrEqualTo(5);
	}

	/**
	 * The dashboard's overdue-retirement count (its alert summary) and the report's "đủ
	 * tuổi nghỉ hưu" count the same persons on the same date: today, and on the first day
	 * of each coming month, when those reaching the age the month before retire.
	 */
	@Test
	void dashboardAndReportCountTheSameRetirements() {
		long reached = 0;
		for (int m = 0; m <= 6; m++) {
			LocalDate d = m == 0 ? today : today.withDayOfMonth(1).plusMonths(m);
			long report = reportRetired(d);
			long dashboard = alerts.list(Scope.all(), d, alerts.defaultWindowDays(d), null)
				.stream()
				.filter(a -> a.kind() == Alerts.Kind.RETIREMENT_OVERDUE)
				.count();
			assertThat(dashboard).as("overdue retirements on %s", d).isEqualTo(report);
			reached += report;
		}
		assertThat(reportRetired(today)).isZero();
		assertThat(reached).isPositive();
	}

	/**
	 * Retirements decided on time: nobody whose retirement decision was due (at the
	 * latest {@code retire.decision_months} before the retirement date) is still waiting
	 * for it, and the decisions issued for them are effective on the retirement date.
	 */
	@Test
	void retirementsWhoseDecisionWasDueAreDecided() {
		int months = rules.parameters().intValue("retire.decision_months", today);
		List<Alerts.Alert> waiting = alerts.list(Scope.all(), today, 400, Alerts.Kind.RETIREMENT)
			.stream()
			.filter(a -> !a.dueDate().minusMonths(months).isAfter(today))
			.toList();
		assertThat(waiting).as("retirements past their decision deadline without a decision").isEmpty();
		assertThat(jdbc
			.sql("select count(*) from career_decision where type = 'RETIREMENT' and status = 'ISSUED'"
					+ " and number like '%/QĐ-NH'")
			.query(Long.class)
			.single()).as("retirement decisions issued by the demo").isPositive();
		assertThat(alerts.list(Scope.all(), today, 400, Alerts.Kind.RETIREMENT))
			.as("retirements still ahead stay in the alerts")
			.isNotEmpty();
	}

	private long reportRetired(LocalDate d) {
		StatisticsTable t = stats.pivot(Population.adHoc(null, null, null, d), d, Dim.AGE_BAND_CIVIL, Dim.TOTAL,
				Map.of(), Scope.all());
		return t.rows().stream().filter(r -> "HUU".equals(r.key())).mapToLong(StatisticsTable.Row::total).sum();
	}

}
