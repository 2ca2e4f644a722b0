package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An evaluation campaign for a province of 60,000 persons (issue 15): the worker
 * ({@link EvaluationBenchmarkMain}) runs in a forked JVM (-Xmx2g) on its own embedded
 * PostgreSQL (target/bench-eval-pg, kept between runs), builds the province (once), opens
 * the campaign, reports the quota, imports every subject's score from one .xlsx
 * (EVALUATION_SCORES, preview and commit) and finalises with the quota checked, timing
 * each step and the peak heap. Targets: opening + quota check under 5 s, the import
 * (preview + commit) under 15 s. Figures go to target/bench-results/evaluation.md and
 * docs/benchmarks.md. Run: {@code mvn -Pbench verify -Dtest=EvaluationBenchmark}
 * ({@code -Dbench.evalPersons=10000} for a quick look).
 */
class EvaluationBenchmark {

	@Test
	void provinceCampaignOpenedScoredByImportAndFinalised() throws IOException, InterruptedException {
		int persons = Integer.getInteger("bench.evalPersons", 60_000);
		Map<String, String> results = ForkedWorker.run("Evaluation", "2g", "target/bench-eval-pg", false,
				EvaluationBenchmarkMain.class, String.valueOf(persons));
		assertThat(results.get("importStatus")).startsWith("DONE");
		assertThat(results.get("status")).startsWith("FINALISED");
	}

}
