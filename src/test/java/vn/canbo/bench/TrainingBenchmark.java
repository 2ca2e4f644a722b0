package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Training at a province's size (issue 16): the worker ({@link TrainingBenchmarkMain})
 * runs in a forked JVM (-Xmx2g) on its own embedded PostgreSQL (target/bench-training-pg,
 * kept between runs), builds the province of 60,000 persons, 200,000 enrolments and the
 * title standards (once), then times the lượt count of a year for the province, its
 * breakdown by course kind, and the gap analysis of the province. Targets: each under 1
 * s. Figures go to target/bench-results/training.md and docs/benchmarks.md. Run:
 * {@code mvn -Pbench test -Dtest=TrainingBenchmark}
 * ({@code -Dbench.trainingPersons=10000} for a quick look, {@code -Dbench.runs=N} timed
 * runs, default 5).
 */
class TrainingBenchmark {

	@Test
	void provinceTurnsByKindAndGapAnalysis() throws IOException, InterruptedException {
		int persons = Integer.getInteger("bench.trainingPersons", 60_000);
		int runs = Integer.getInteger("bench.runs", 5);
		Map<String, String> results = ForkedWorker.run("Training", "2g", "target/bench-training-pg", false,
				TrainingBenchmarkMain.class, String.valueOf(persons), String.valueOf(runs));
		assertThat(Long.parseLong(results.get("turns"))).isPositive();
		assertThat(results.get("turnsByKindSum")).isEqualTo(results.get("turns"));
		assertThat(results.get("turnsBreakdownSum")).isEqualTo(results.get("turns"));
		assertThat(Long.parseLong(results.get("gapRows"))).isPositive();
	}

}
