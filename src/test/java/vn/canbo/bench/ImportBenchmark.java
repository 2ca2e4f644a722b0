package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Import of 100,000 persons from one .xlsx (PERSONS template) with the JVM heap capped at
 * 512 MB: the worker ({@link ImportBenchmarkMain}) runs in a forked JVM with -Xmx512m on
 * its own fresh embedded PostgreSQL (target/bench-import-pg), uploads the file through
 * ImportService, waits for the preview, commits, and reports preview, commit and total
 * times and the peak heap. Target: total under 60 s. Figures go to
 * target/bench-results/import.md and docs/benchmarks.md. Run:
 * {@code mvn -Pbench verify -Dtest=ImportBenchmark} ({@code -Dbench.importRows=20000} for
 * a quick look).
 */
class ImportBenchmark {

	@Test
	void importPersonsWithin512MbHeap() throws IOException, InterruptedException {
		int rows = Integer.getInteger("bench.importRows", 100_000);
		Map<String, String> results = ForkedWorker.run("Import", "512m", "target/bench-import-pg",
				ImportBenchmarkMain.class, String.valueOf(rows));
		assertThat(results).containsKey("totalMs");
		assertThat(results.get("status")).startsWith("DONE created=" + rows);
		assertThat(Long.parseLong(results.get("maxHeapMb"))).isLessThanOrEqualTo(512);
	}

}
