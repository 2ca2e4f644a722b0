package vn.canbo.bench;

import static vn.canbo.bench.BenchWorker.arg;
import static vn.canbo.bench.BenchWorker.ms;
import static vn.canbo.bench.BenchWorker.result;
import static vn.canbo.bench.BenchWorker.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.demo.BenchmarkPopulation;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.QualificationLevels;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.shared.Scope;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Courses;
import vn.canbo.training.TitleGap;
import vn.canbo.training.TitleGaps;
import vn.canbo.training.TitleRequirement;
import vn.canbo.training.TitleStandardInput;
import vn.canbo.training.TitleStandards;

/**
 * The training benchmark's worker, run in its own JVM by {@link TrainingBenchmark}:
 * starts canbo on its embedded PostgreSQL (target/bench-training-pg, kept between runs),
 * builds once a province of N persons with {@link BenchmarkPopulation} (100 communes),
 * 200 courses of 2026 across every course kind (through the {@link Courses} API), 200,000
 * enrolments (1,000 persons a course, 60% completed; written in one SQL statement: the
 * sending API's own cost is not what is measured) and a title standard (five
 * requirements) for every title held in the province. Then, as the province's
 * organisation officer (scope = the province), after warm-up runs, times R runs of: the
 * lượt count of 2026 for the province (TRAINING_TURNS) and its breakdown by course kind
 * (one figure per kind, as the summary and the dashboard asked; and the same in one
 * {@code Figures.breakdown} call), and the gap analysis of the whole province on
 * 30/6/2026. Prints "RESULT key=value" lines (medians, minimums).
 */
public final class TrainingBenchmarkMain {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 12, 31);

	private static final LocalDate ON = LocalDate.of(2026, 6, 30);

	private static final int COURSES = 200;

	private static final int ENROLMENTS = 200_000;

	private TrainingBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		BenchWorker.run(ctx -> run(ctx, arg(args, 0, 60000), arg(args, 1, 5)));
	}

	private static void run(ConfigurableApplicationContext ctx, int n, int runs) {
		JdbcClient jdbc = ctx.getBean(JdbcClient.class);
		long t0 = System.nanoTime();
		Long province = jdbc.sql("select id from org_unit where code = 'P1'").query(Long.class).optional().orElse(null);
		long persons = jdbc.sql("select count(*) from person where deleted_at is null").query(Long.class).single();
		if (province != null && persons != n) {
			result("error", "target/bench-training-pg holds " + persons + " persons, not " + n + ": delete it");
			return;
		}
		if (province == null) {
			BenchmarkPopulation.Result pop = ctx.getBean(BenchmarkPopulation.class).generate(16, n, 1, 100);
			province = pop.provinceIds().get(0);
			persons = pop.persons();
			result("populationMs", ms(t0));
		}
		if (jdbc.sql("select count(*) from training_course where code like 'BENCH-%'")
			.query(Long.class)
			.single() == 0) {
			t0 = System.nanoTime();
			build(ctx, jdbc, province);
			result("trainingDataMs", ms(t0));
		}
		jdbc.sql("vacuum analyze").update();
		result("persons", persons);
		result("enrolments", jdbc.sql("select count(*) from training_enrolment").query(Long.class).single());
		result("standards", jdbc.sql("select count(*) from training_title_standard").query(Long.class).single());

		Figures figures = ctx.getBean(Figures.class);
		TitleGaps gaps = ctx.getBean(TitleGaps.class);
		Scope scope = Scope.of(List.of(province));
		long root = province;
		Supplier<Long> turns = () -> turns(figures, root, scope, null);
		Supplier<Long> byKind = () -> {
			long sum = 0;
			for (CourseKind k : CourseKind.values()) {
				sum += turns(figures, root, scope, k);
			}
			return sum;
		};
		// the same 17 figures in one call (FigureProvider.breakdown: one grouped
		// statement)
		List<String> kindNames = java.util.Arrays.stream(CourseKind.values()).map(Enum::name).toList();
		Supplier<Long> breakdown = () -> figures
			.breakdown("TRAINING_TURNS", request(root, scope, Map.of()), "COURSE_KIND", kindNames)
			.orElseThrow()
			.values()
			.stream()
			.mapToLong(Figure::count)
			.sum();
		Supplier<Long> gap = () -> (long) gaps.gaps(root, ON, scope).size();
		t0 = System.nanoTime();
		List<TitleGap> all = gaps.gaps(root, ON, scope);
		result("gapsFirstMs", ms(t0));
		result("gapPersons", all.stream().map(TitleGap::personId).distinct().count());
		result("gapRows", all.size());
		result("gapNeeds", all.stream().mapToLong(g -> g.needs().size()).sum());
		result("turns", turns.get());
		result("turnsByKindSum", byKind.get());
		result("turnsBreakdownSum", breakdown.get());
		if (runs == 0) {
			return;
		}
		time("turnsMs", turns, runs);
		time("turnsByKindMs", byKind, runs);
		time("turnsBreakdownMs", breakdown, runs);
		time("gapsMs", gap, runs);
		// where the gap analysis's time goes: its two bulk reads through the people API
		CareerFacts facts = ctx.getBean(CareerFacts.class);
		java.util.Set<Long> unitIds = ctx.getBean(Units.class).subtreeIds(List.of(root), ON);
		List<String> titles = jdbc.sql("select distinct title_code from training_title_standard")
			.query(String.class)
			.list();
		List<Long> holders = facts.titleHoldersBrief(unitIds, titles, ON)
			.stream()
			.map(CareerFacts.TitleHolder::personId)
			.distinct()
			.toList();
		QualificationLevels levels = ctx.getBean(QualificationLevels.class);
		time("gapHoldersMs", () -> (long) facts.titleHoldersBrief(unitIds, titles, ON).size(), runs);
		time("gapLevelsMs", () -> (long) levels.highest(holders, ON).size(), runs);
		// what the gap analysis reads since issue 16's third session: both in one query
		List<QualificationKind> kinds = List.of(QualificationKind.values());
		time("gapHoldersWithLevelsMs", () -> (long) levels.titleHolders(unitIds, titles, kinds, ON).size(), runs);
		result("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
	}

	private static long turns(Figures figures, long root, Scope scope, CourseKind kind) {
		Map<String, List<String>> filters = kind == null ? Map.of() : Map.of("COURSE_KIND", List.of(kind.name()));
		Figure f = figures.compute("TRAINING_TURNS", request(root, scope, filters)).orElseThrow();
		return f.count();
	}

	private static FigureRequest request(long root, Scope scope, Map<String, List<String>> filters) {
		return new FigureRequest(Population.adHoc(root, null, Population.Conditions.NONE, TO), TO, FROM, TO, scope,
				filters);
	}

	private static void build(ConfigurableApplicationContext ctx, JdbcClient jdbc, long province) {
		Courses courses = ctx.getBean(Courses.class);
		CourseKind[] kinds = CourseKind.values();
		for (int i = 0; i < COURSES; i++) {
			CourseKind k = kinds[i % kinds.length];
			String level = k == CourseKind.TITLE_POSITION || k == CourseKind.FOREIGN_LANGUAGE ? null
					: jdbc.sql("select min(level_code) from training_kind_level where kind = ?")
						.param(k.name())
						.query(String.class)
						.single();
			LocalDate start = FROM.plusDays((i * 11L) % 330);
			courses.create(new CourseInput("BENCH-" + i, "Lớp " + i + " (benchmark)", k, level, null, province,
					"Trường Chính trị tỉnh", null, null, start, start.plusDays(20), null, null), Scope.all());
		}
		// 1,000 persons a course (each person in about 3 of the 200), 60% completed
		jdbc.sql("""
				with p as (select id, row_number() over (order by id) - 1 n, count(*) over () total
				             from person where deleted_at is null),
				     c as (select id, starts_on, ends_on, row_number() over (order by id) - 1 k
				             from training_course where code like 'BENCH-%')
				insert into training_enrolment (course_id, person_id, starts_on, result, result_on, created_by)
				select c.id, p.id, c.starts_on, case when (p.n + c.k) % 5 < 3 then 'COMPLETED' end,
				       case when (p.n + c.k) % 5 < 3 then c.ends_on end, 'bench'
				  from c join p on ((p.n - c.k * 997) % p.total + p.total) % p.total < least(p.total, :per)""")
			.param("per", ENROLMENTS / COURSES)
			.update();
		TitleStandards standards = ctx.getBean(TitleStandards.class);
		List<String> titles = jdbc
			.sql("""
					select distinct title_code from person_position
					 where deleted_at is null and title_code is not null and valid_from <= ? and (valid_to is null or valid_to > ?)""")
			.params(ON, ON)
			.query(String.class)
			.list();
		List<TitleRequirement> reqs = List.of(
				new TitleRequirement(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, true),
				new TitleRequirement(QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", null, true),
				new TitleRequirement(QualificationKind.PROFESSIONAL, "DAI_HOC", null, true),
				new TitleRequirement(QualificationKind.IT, "CO_BAN", null, true),
				new TitleRequirement(QualificationKind.DEFENCE_SECURITY, "DT4", null, true));
		for (String t : titles) {
			standards.add(new TitleStandardInput(t, null, LocalDate.of(2025, 1, 1), "Benchmark (không phải văn bản)",
					true, null, reqs));
		}
	}

}
