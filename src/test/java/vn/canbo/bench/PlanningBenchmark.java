package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Succession planning at a province's size (issue 17): the worker
 * ({@link PlanningBenchmarkMain}) runs in a forked JVM (-Xmx2g) on its own embedded
 * PostgreSQL (target/bench-planning-pg, kept between runs), builds once a province of
 * about 3,000 units (430 communes of 7 units) and 38,700 persons, a next-term plan of
 * every unit with 4 titles and 3 candidates a title (36,000 candidacies) and a standard
 * for each title, then times the readiness view of the whole province and its structure
 * report. Targets: each under 1 s. Figures go to target/bench-results/planning.md and
 * docs/benchmarks.md. Run: {@code mvn -Pbench test -Dtest=PlanningBenchmark}
 * ({@code -Dbench.planningCommunes=50} for a quick look, {@code -Dbench.runs=N} timed
 * runs, default 5).
 */
class PlanningBenchmark {

	@Test
	void provinceReadinessAndStructure() throws IOException, InterruptedException {
		int communes = Integer.getInteger("bench.planningCommunes", 430);
		int runs = Integer.getInteger("bench.runs", 5);
		Map<String, String> results = ForkedWorker.run("Planning", "2g", "target/bench-planning-pg", false,
				PlanningBenchmarkMain.class, String.valueOf(communes), String.valueOf(runs));
		assertThat(Long.parseLong(results.get("candidates"))).isPositive();
		assertThat(results.get("readinessRows")).isEqualTo(results.get("candidates"));
	}

}
