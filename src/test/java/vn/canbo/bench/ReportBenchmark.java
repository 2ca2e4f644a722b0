package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.demo.BenchmarkPopulation;
import vn.canbo.org.Units;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.shared.Scope;
import vn.canbo.shared.db.ReportingJdbc;

/**
 * The full standard quality report (layout NOI_VU_SLCL: 26 columns, one row per province
 * or commune, with totals) on the 1,000,000-person population of {@link SearchBenchmark}
 * (built once into target/bench-pg): for the whole country (rows = provinces) and for a
 * ~2,000-person town (the 7 communes of one province, as an officer's scope), each
 * against ONE hand-written SQL query computing the same figures. Prints the medians and
 * the ratio (our overhead) and writes target/bench-results/reports.md. Run:
 * {@code mvn -Pbench verify}. Targets: national &lt; 2 s, town &lt; 200 ms.
 */
@SpringBootTest
class ReportBenchmark {

	static final long PERSONS = Long.getLong("bench.persons", 1_000_000);
	static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
	static final int RUNS = Integer.getInteger("bench.runs", 7);

	/** The hand-written query's columns, in the order of the layout's. */
	static final List<String> COLUMNS = List.of("total", "women", "minority", "religion", "party", "a30", "a40", "a50",
			"a60", "a61", "huu", "ts", "ths", "dh", "cd", "tc", "sc", "llct_cc", "llct_tc", "llct_sc", "cvcc", "cvc",
			"cv", "cs", "nn", "th");

	@Autowired
	BenchmarkPopulation population;

	@Autowired
	StatisticsService stats;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingJdbc reporting;

	@Test
	void standardQualityReport() throws IOException {
		long existing = jdbc.sql("select count(*) from person").query(Long.class).single();
		if (existing < PERSONS) {
			long t = System.nanoTime();
			population.generate(42, PERSONS - existing, SearchBenchmark.PROVINCES, SearchBenchmark.COMMUNES);
			System.out.printf("generated %,d persons in %d s%n", PERSONS - existing,
					(System.nanoTime() - t) / 1_000_000_000);
			jdbc.sql("vacuum analyze").update();
		}
		long persons = jdbc.sql("select count(*) from person").query(Long.class).single();

		// the whole country: every province a row
		Population all = Population.adHoc(null, null, null, AS_OF);
		List<Long> provinces = units.children(null, AS_OF).stream().map(u -> u.id()).toList();
		Map<Long, String> provinceOf = new HashMap<>();
		for (Long p : provinces) {
			for (Long id : units.subtreeIds(List.of(p), AS_OF)) {
				provinceOf.put(id, String.valueOf(p));
			}
		}
		Supplier<StatisticsTable> national = () -> stats.layout("NOI_VU_SLCL", all, AS_OF, null, Scope.all());
		Supplier<List<Map<String, Object>>> nationalHand = () -> handWritten(provinceOf, FACTS);
		Supplier<List<Map<String, Object>>> nationalHistories = () -> handWritten(provinceOf, HISTORIES);

		// a town: the first 7 communes of province P7 (~2,000 persons), as an officer's
		// scope
		List<Long> communes = jdbc.sql("select u.id from org_unit u where u.code ~ '^P7-X[1-7]$' order by u.code")
			.query(Long.class)
			.list();
		Scope town = Scope.of(communes);
		Map<Long, String> communeOf = new HashMap<>();
		for (Long c : communes) {
			for (Long id : units.subtreeIds(List.of(c), AS_OF)) {
				communeOf.put(id, String.valueOf(c));
			}
		}
		Supplier<StatisticsTable> townReport = () -> stats.layout("NOI_VU_SLCL", all, AS_OF, null, town);
		Supplier<List<Map<String, Object>>> townHand = () -> handWritten(communeOf, FACTS_OF_UNITS);
		Supplier<List<Map<String, Object>>> townHistories = () -> handWritten(communeOf, HISTORIES);

		// same figures
		StatisticsTable t = national.get();
		for (List<Map<String, Object>> h : List.of(nationalHand.get(), nationalHistories.get())) {
			assertThat(t.grandTotal()).isEqualTo(((Number) total(h).get("total")).longValue());
			for (int i = 0; i < COLUMNS.size(); i++) { // every column of the layout, in
														// order
				assertThat(t.total().cells().get(i).count()).as(COLUMNS.get(i))
					.isEqualTo(((Number) total(h).get(COLUMNS.get(i))).longValue());
			}
		}
		StatisticsTable tt = townReport.get();
		assertThat(tt.grandTotal()).isEqualTo(((Number) total(townHand.get()).get("total")).longValue())
			.isEqualTo(((Number) total(townHistories.get()).get("total")).longValue());

		double[] nat = time(national::get);
		double[] natHand = time(nationalHand::get);
		double[] natHist = time(nationalHistories::get);
		double[] tw = time(townReport::get);
		double[] twHand = time(townHand::get);
		double[] twHist = time(townHistories::get);
		String report = String.format(Locale.ROOT,
				"""
						# Standard quality report NOI_VU_SLCL (%s)
						persons: %,d; as of %s; runs: %d (median, min in ms)
						whole country (%d rows, %,d persons): canbo %.0f (min %.0f)  hand-written SQL %.0f (min %.0f)  ratio %.2f
						town (%d communes, %,d persons):      canbo %.1f (min %.1f)  hand-written SQL %.1f (min %.1f)  ratio %.2f
						the same hand-written query over the histories (no person_fact): whole country %.0f (min %.0f), town %.1f (min %.1f)
						""",
				LocalDateTime.now(), persons, AS_OF, RUNS, t.rows().size(), t.grandTotal(), nat[0], nat[1], natHand[0],
				natHand[1], nat[0] / natHand[0], communes.size(), tt.grandTotal(), tw[0], tw[1], twHand[0], twHand[1],
				tw[0] / twHand[0], natHist[0], natHist[1], twHist[0], twHist[1]);
		System.out.println(report);
		Path out = Path.of("target/bench-results/reports.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private static Map<String, Object> total(List<Map<String, Object>> rows) {
		return rows.stream().filter(r -> r.get("g") == null).findFirst().orElseThrow();
	}

	/** Median and minimum of RUNS timed runs after one warm-up, in ms. */
	private static double[] time(Runnable r) {
		r.run();
		double[] ms = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long t = System.nanoTime();
			r.run();
			ms[i] = (System.nanoTime() - t) / 1_000_000.0;
		}
		Arrays.sort(ms);
		return new double[] { ms[RUNS / 2], ms[0] };
	}

	/**
	 * Where the hand-written query reads a person's facts on the date: the derived table
	 * (with the highest level of each kind; "+ 0" keeps the planner from reading the
	 * facts unit by unit through the unit index, as canbo does), or the histories
	 * (ranking the levels valid on the date).
	 */
	static final String FACTS = """
			select u.g, f.gender, f.ethnicity_code, f.religion_code, f.party_joined_on, f.party_left_on, f.birth_date,
			       (cast(:dkey as integer) - f.birth_key) / 10000 as age, f.professional_top as prof,
			       f.political_theory_top as theory, f.state_management_top as qlnn,
			       cardinality(f.foreign_language) as lang, cardinality(f.it) as it
			from person_fact f join u on u.id = f.unit_id + 0
			where f.valid_from <= :d and (f.valid_to is null or f.valid_to > :d)
			""";

	/** The same for a few units: their facts read through the unit index. */
	static final String FACTS_OF_UNITS = FACTS.replace("f.unit_id + 0", "f.unit_id")
			+ " and f.unit_id = any(cast(:ids as bigint[]))";

	static final String HISTORIES = """
			select u.g, p.gender, p.ethnicity_code, p.religion_code, p.party_joined_on, p.party_left_on, p.birth_date,
			       extract(year from age(cast(:d as date), p.birth_date))::int as age, q.prof, q.theory, q.qlnn, q.lang, q.it
			from person p
			join person_position pp on pp.person_id = p.id and not pp.concurrent and pp.deleted_at is null
			     and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
			join u on u.id = pp.unit_id
			left join lateral (
			  select (array['CNKT', 'SO_CAP', 'TRUNG_CAP', 'CAO_DANG', 'DAI_HOC', 'THAC_SI', 'TIEN_SI', 'TSKH'])[max(
			           case q.level_code when 'TSKH' then 8 when 'TIEN_SI' then 7 when 'THAC_SI' then 6 when 'DAI_HOC' then 5
			                when 'CAO_DANG' then 4 when 'TRUNG_CAP' then 3 when 'SO_CAP' then 2 when 'CNKT' then 1 end)
			           filter (where q.kind = 'PROFESSIONAL')] as prof,
			         (array['SO_CAP', 'TRUNG_CAP', 'CAO_CAP', 'CU_NHAN'])[max(
			           case q.level_code when 'CU_NHAN' then 4 when 'CAO_CAP' then 3 when 'TRUNG_CAP' then 2 when 'SO_CAP' then 1 end)
			           filter (where q.kind = 'POLITICAL_THEORY')] as theory,
			         (array['CAN_SU', 'CHUYEN_VIEN', 'CHUYEN_VIEN_CHINH', 'CHUYEN_VIEN_CAO_CAP'])[max(
			           case q.level_code when 'CHUYEN_VIEN_CAO_CAP' then 4 when 'CHUYEN_VIEN_CHINH' then 3 when 'CHUYEN_VIEN' then 2
			                when 'CAN_SU' then 1 end) filter (where q.kind = 'STATE_MANAGEMENT')] as qlnn,
			         count(q.level_code) filter (where q.kind = 'FOREIGN_LANGUAGE') as lang,
			         count(q.level_code) filter (where q.kind = 'IT') as it
			  from person_qualification q
			  where q.person_id = p.id and q.deleted_at is null and q.valid_from <= :d and (q.valid_to is null or q.valid_to > :d)
			) q on true
			where p.deleted_at is null
			""";

	/**
	 * The same figures in one hand-written query: units mapped to their row; each
	 * person's facts on the date from {@code source} ({@link #FACTS} or
	 * {@link #HISTORIES}).
	 */
	private List<Map<String, Object>> handWritten(Map<Long, String> unitRow, String source) {
		List<Long> ids = new ArrayList<>(unitRow.keySet());
		String[] rows = ids.stream().map(unitRow::get).toArray(String[]::new);
		LocalDate men = vn.canbo.rules.Retirement.retiredIfBornBefore(vn.canbo.people.Gender.MALE, AS_OF);
		LocalDate women = vn.canbo.rules.Retirement.retiredIfBornBefore(vn.canbo.people.Gender.FEMALE, AS_OF);
		String sql = """
				with u(id, g) as (select * from unnest(cast(:ids as bigint[]), cast(:rows as text[]))),
				s as (""" + source
				+ """
						),
						f as (
						  select s.*,
						         (s.gender = 'MALE' and s.birth_date < :men) or (s.gender = 'FEMALE' and s.birth_date < :women) as retired
						  from s),
						grouped as materialized (
						select g, count(*) as total, count(*) filter (where gender = 'FEMALE') as women,
						  count(*) filter (where ethnicity_code <> '01') as minority,
						  count(*) filter (where religion_code is not null and religion_code not in ('', '00')) as religion,
						  count(*) filter (where party_joined_on <= :d and (party_left_on is null or party_left_on > :d)) as party,
						  count(*) filter (where not retired and age <= 30) as a30, count(*) filter (where not retired and age between 31 and 40) as a40,
						  count(*) filter (where not retired and age between 41 and 50) as a50, count(*) filter (where not retired and age between 51 and 60) as a60,
						  count(*) filter (where not retired and age > 60) as a61, count(*) filter (where retired) as huu,
						  count(*) filter (where prof in ('TIEN_SI', 'TSKH')) as ts, count(*) filter (where prof = 'THAC_SI') as ths,
						  count(*) filter (where prof = 'DAI_HOC') as dh, count(*) filter (where prof = 'CAO_DANG') as cd,
						  count(*) filter (where prof = 'TRUNG_CAP') as tc, count(*) filter (where prof in ('SO_CAP', 'CNKT')) as sc,
						  count(*) filter (where theory in ('CAO_CAP', 'CU_NHAN')) as llct_cc, count(*) filter (where theory = 'TRUNG_CAP') as llct_tc,
						  count(*) filter (where theory = 'SO_CAP') as llct_sc, count(*) filter (where qlnn = 'CHUYEN_VIEN_CAO_CAP') as cvcc,
						  count(*) filter (where qlnn = 'CHUYEN_VIEN_CHINH') as cvc, count(*) filter (where qlnn = 'CHUYEN_VIEN') as cv,
						  count(*) filter (where qlnn = 'CAN_SU') as cs, count(*) filter (where lang > 0) as nn, count(*) filter (where it > 0) as th
						from f group by g)
						select * from grouped union all select null, """
				+ String.join(", ", COLUMNS.stream().map(c -> "sum(" + c + ")::bigint").toList()) + " from grouped";
		// a plain GROUP BY (parallel) with the total row summed from the groups, and the
		// same planner settings as canbo's
		return reporting.hashing(c -> c.sql(sql)
			.param("ids", ids.toArray(Long[]::new))
			.param("rows", rows)
			.param("d", AS_OF)
			.param("dkey", AS_OF.getYear() * 10000 + AS_OF.getMonthValue() * 100 + AS_OF.getDayOfMonth())
			.param("men", men)
			.param("women", women)
			.query()
			.listOfRows());
	}

}
