package vn.canbo.bench;

import static vn.canbo.bench.BenchWorker.arg;
import static vn.canbo.bench.BenchWorker.ms;
import static vn.canbo.bench.BenchWorker.result;
import static vn.canbo.bench.BenchWorker.time;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.demo.BenchmarkPopulation;
import vn.canbo.people.QualificationKind;
import vn.canbo.planning.PlanReadiness;
import vn.canbo.planning.PlanStructure;
import vn.canbo.planning.Readiness;
import vn.canbo.planning.Structure;
import vn.canbo.shared.Scope;
import vn.canbo.training.TitleRequirement;
import vn.canbo.training.TitleStandardInput;
import vn.canbo.training.TitleStandards;

/**
 * The planning benchmark's worker, run in its own JVM by {@link PlanningBenchmark}:
 * starts canbo on its embedded PostgreSQL (target/bench-planning-pg, kept between runs),
 * builds once a province of C communes (7 units each) and 90 persons a commune with
 * {@link BenchmarkPopulation}, then a next-term plan of the 2025–2030 Party term for
 * every unit of the province with the 4 titles most held in it and 3 candidates a title
 * (multi-row SQL inserts: the planning API's own checks are not what is measured), and a
 * title standard (four requirements) for each of the 4 titles. Then, as the province's
 * organisation officer (scope = the province), after two warm-up runs, times R runs of
 * the readiness view of every plan of the province on 30/06/2026 and of the structure of
 * the province's plans. Prints "RESULT key=value" lines (medians, minimums).
 */
public final class PlanningBenchmarkMain {

	static final LocalDate ON = LocalDate.of(2026, 6, 30);

	static final String TERM = "DANG_2025_2030";

	private PlanningBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		BenchWorker.run(ctx -> run(ctx, arg(args, 0, 430), arg(args, 1, 5)));
	}

	private static void run(ConfigurableApplicationContext ctx, int communes, int runs) {
		JdbcClient jdbc = ctx.getBean(JdbcClient.class);
		long t0 = System.nanoTime();
		Long province = jdbc.sql("select id from org_unit where code = 'P1'").query(Long.class).optional().orElse(null);
		if (province == null) {
			BenchmarkPopulation.Result pop = ctx.getBean(BenchmarkPopulation.class)
				.generate(17, 90L * communes, 1, communes);
			province = pop.provinceIds().get(0);
			result("populationMs", ms(t0));
		}
		if (jdbc.sql("select count(*) from planning_plan").query(Long.class).single() == 0) {
			t0 = System.nanoTime();
			build(ctx, jdbc);
			result("planningDataMs", ms(t0));
		}
		jdbc.sql("vacuum analyze").update();
		result("units", jdbc.sql("select count(*) from org_unit").query(Long.class).single());
		result("persons", jdbc.sql("select count(*) from person where deleted_at is null").query(Long.class).single());
		result("plans", jdbc.sql("select count(*) from planning_plan").query(Long.class).single());
		result("candidates", jdbc.sql("select count(*) from planning_candidate").query(Long.class).single());

		PlanReadiness readiness = ctx.getBean(PlanReadiness.class);
		PlanStructure structure = ctx.getBean(PlanStructure.class);
		Scope scope = Scope.of(List.of(province));
		long root = province;
		t0 = System.nanoTime();
		List<Readiness> all = readiness.ofSubtree(root, TERM, ON, null, scope);
		result("readinessFirstMs", ms(t0));
		result("readinessPlans", all.size());
		result("readinessRows",
				all.stream().flatMap(r -> r.titles().stream()).mapToLong(t -> t.candidates().size()).sum());
		result("readinessIncumbents",
				all.stream().flatMap(r -> r.titles().stream()).mapToLong(t -> t.incumbents().size()).sum());
		result("readinessGapRows",
				all.stream()
					.flatMap(r -> r.titles().stream())
					.flatMap(t -> t.candidates().stream())
					.filter(c -> c.gaps() != null && !c.gaps().isEmpty())
					.count());
		Structure s = structure.ofSubtree(root, TERM, ON, scope);
		result("structurePersons", s.total());
		s.shares().forEach(x -> result("structure" + x.code(), x.count() + " (" + x.percent() + "%)"));
		if (runs == 0) {
			return;
		}
		time("readinessMs", () -> (long) readiness.ofSubtree(root, TERM, ON, null, scope).size(), runs);
		time("structureMs", () -> structure.ofSubtree(root, TERM, ON, scope).total(), runs);
		result("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
	}

	private static void build(ConfigurableApplicationContext ctx, JdbcClient jdbc) {
		List<String> titles = jdbc.sql("""
				select title_code from person_position
				 where deleted_at is null and title_code is not null and not concurrent
				 group by title_code order by count(*) desc, title_code limit 4""").query(String.class).list();
		// every unit of the province (P1 and below): one next-term plan approved
		// 01/11/2025
		jdbc.sql(
				"""
						insert into planning_plan (unit_id, term_code, kind, decision_number, decided_on, issuer, created_by)
						select u.id, :term, 'NEXT', 'QH-' || u.id || '/QĐ-TU', date '2025-11-01', 'Ban Thường vụ Tỉnh ủy', 'bench'
						  from org_unit u""")
			.param("term", TERM)
			.update();
		jdbc.sql(
				"""
						insert into planning_plan_title (plan_id, title_code, added_on)
						select p.id, t.code, date '2025-11-01' from planning_plan p cross join unnest(cast(:t as text[])) t(code)""")
			.param("t", titles.toArray(String[]::new))
			.update();
		// 3 candidates a title, each a different person (the persons taken in order)
		jdbc.sql("""
				with pt as (select plan_id, title_code, row_number() over (order by plan_id, title_code) - 1 n
				              from planning_plan_title),
				     p as (select id, row_number() over (order by id) - 1 n, count(*) over () total
				             from person where deleted_at is null)
				insert into planning_candidate (plan_id, title_code, person_id, added_on, source, created_by)
				select pt.plan_id, pt.title_code, p.id, date '2026-01-15', 'INTERNAL', 'bench'
				  from pt cross join generate_series(0, 2) k join p on p.n = (pt.n * 3 + k) % p.total""").update();
		TitleStandards standards = ctx.getBean(TitleStandards.class);
		List<TitleRequirement> reqs = List.of(
				new TitleRequirement(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, true),
				new TitleRequirement(QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", null, true),
				new TitleRequirement(QualificationKind.PROFESSIONAL, "DAI_HOC", null, true),
				new TitleRequirement(QualificationKind.DEFENCE_SECURITY, "DT4", null, true));
		for (String t : titles) {
			standards.add(new TitleStandardInput(t, null, LocalDate.of(2025, 1, 1), "Benchmark (không phải văn bản)",
					true, null, reqs));
		}
	}

}
