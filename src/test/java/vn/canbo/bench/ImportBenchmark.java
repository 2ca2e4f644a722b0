package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"-Dspring.profiles.active=bench", "-Dcanbo.embedded.data-dir=target/bench-import-pg",
				"-Dcanbo.embedded.clean=true", "-Dcanbo.audit.verify-on-start=false", "-Dlogging.level.root=warn",
				ImportBenchmarkMain.class.getName(), String.valueOf(rows));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		Map<String, String> results = new LinkedHashMap<>();
		List<String> tail = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				if (line.startsWith("RESULT ")) {
					System.out.println(line);
					String kv = line.substring(7);
					int eq = kv.indexOf('=');
					results.put(kv.substring(0, eq), kv.substring(eq + 1));
				}
				else {
					tail.add(line);
					if (tail.size() > 40) {
						tail.remove(0);
					}
				}
			}
		}
		int exit = p.waitFor();
		assertThat(results).as("worker output (exit %d):%n%s", exit, String.join("\n", tail)).containsKey("totalMs");
		String report = "# Import benchmark (" + LocalDateTime.now() + ")\n\n| figure | value |\n|---|---|\n"
				+ results.entrySet()
					.stream()
					.map(e -> "| " + e.getKey() + " | " + e.getValue() + " |")
					.reduce("", (a, b) -> a + b + "\n");
		Path out = Path.of("target/bench-results/import.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(results.get("status")).startsWith("DONE created=" + rows);
		assertThat(Long.parseLong(results.get("maxHeapMb"))).isLessThanOrEqualTo(512);
	}

}
