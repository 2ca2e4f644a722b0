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

/**
 * Runs a benchmark's worker in a JVM of its own on an embedded PostgreSQL of its own data
 * directory (fresh unless kept), collects its "RESULT key=value" lines and writes them to
 * target/bench-results/&lt;name&gt;.md. {@code -Dbench.jvmArgs="…"} adds options to the
 * worker's JVM (e.g. a flight recording).
 */
final class ForkedWorker {

	private ForkedWorker() {
	}

	static Map<String, String> run(String name, String heap, String dataDir, Class<?> main, String... args)
			throws IOException, InterruptedException {
		return run(name, heap, dataDir, true, main, args);
	}

	/** As above; {@code clean} false keeps the database of the previous run. */
	static Map<String, String> run(String name, String heap, String dataDir, boolean clean, Class<?> main,
			String... args) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
				"-Dspring.profiles.active=bench", "-Dcanbo.embedded.data-dir=" + dataDir,
				"-Dcanbo.embedded.clean=" + clean, "-Dserver.port=0", "-Dcanbo.audit.verify-on-start=false",
				"-Dlogging.level.root=warn", main.getName()));
		// -Dbench.jvmArgs="-XX:StartFlightRecording=…" profiles the worker
		String extra = System.getProperty("bench.jvmArgs", "");
		if (!extra.isBlank()) {
			cmd.addAll(1, List.of(extra.strip().split("\\s+")));
		}
		cmd.addAll(List.of(args));
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
		assertThat(results).as("worker output (exit %d):%n%s", exit, String.join("\n", tail))
			.doesNotContainKey("error");
		assertThat(exit).as("worker exit; its output:%n%s", String.join("\n", tail)).isZero();
		String report = "# " + name + " benchmark (" + LocalDateTime.now() + ")\n\n| figure | value |\n|---|---|\n"
				+ results.entrySet()
					.stream()
					.map(e -> "| " + e.getKey() + " | " + e.getValue() + " |")
					.reduce("", (a, b) -> a + b + "\n");
		Path out = Path.of("target/bench-results/" + name.toLowerCase() + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		return results;
	}

}
