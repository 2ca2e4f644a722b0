package vn.canbo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.demo.BenchmarkPopulation;
import vn.canbo.people.PersonCriteria;
import vn.canbo.people.PersonSearch;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/**
 * Name search at national scale: 1,000,000 persons in 34 provinces (built once, kept in
 * target/bench-pg), then a deterministic mix of 400 name queries — folded, with
 * diacritics in capitals, in combining (NFD) form, family + given name, given name only —
 * each answered with its first page of 20 and its (capped) count, for the whole country
 * and within one province. Prints p50/p95/p99/max and writes target/bench-results/. Run:
 * {@code mvn -Pbench verify}.
 */
@SpringBootTest
class SearchBenchmark {

	static final long PERSONS = Long.getLong("bench.persons", 1_000_000);
	static final int PROVINCES = 34;
	static final int COMMUNES = 100;

	@Autowired
	BenchmarkPopulation population;

	@Autowired
	PersonSearch search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nameSearchFirstPage() throws IOException {
		long existing = jdbc.sql("select count(*) from person").query(Long.class).single();
		if (existing < PERSONS) {
			long t = System.nanoTime();
			population.generate(42, PERSONS - existing, PROVINCES, COMMUNES);
			System.out.printf("generated %,d persons in %d s%n", PERSONS - existing,
					(System.nanoTime() - t) / 1_000_000_000);
			jdbc.sql("vacuum analyze").update();
		}
		long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
		assertThat(persons).isGreaterThanOrEqualTo(PERSONS);
		Long provinceId = jdbc.sql("select u.id from org_unit u where u.code = 'P7'").query(Long.class).single();

		// fresh statistics and visibility map, as autovacuum keeps them on a server in
		// use (a migration may have just
		// built an index or changed the table): index-only scans need the visibility map
		jdbc.sql("vacuum analyze person").update();
		List<String> queries = queries(400);
		run(queries, Scope.all()); // warm-up: the figures below are for a warm cache, as
									// on a server in use
		long[] national = run(queries, Scope.all());
		long[] province = run(queries, Scope.of(provinceId));

		String report = String.format(Locale.ROOT, """
				# Name search, first page of 20 + capped count (%s)
				persons: %,d; queries: %d (folded, capitals with diacritics, NFD, family+given, given only)
				whole country  (ms): p50 %.1f  p95 %.1f  p99 %.1f  max %.1f
				one province   (ms): p50 %.1f  p95 %.1f  p99 %.1f  max %.1f
				full names only (3+ words, 70%% of the mix), whole country (ms): p50 %.1f  p95 %.1f
				family + given name (20%%), whole country (ms): p50 %.1f  p95 %.1f
				given name only (10%%), whole country (ms): p50 %.1f  p95 %.1f
				""", LocalDateTime.now(), persons, queries.size(), pct(national, 50), pct(national, 95),
				pct(national, 99), pct(national, 100), pct(province, 50), pct(province, 95), pct(province, 99),
				pct(province, 100), pct(kinds(national, 0, 6), 50), pct(kinds(national, 0, 6), 95),
				pct(kinds(national, 7, 8), 50), pct(kinds(national, 7, 8), 95), pct(kinds(national, 9, 9), 50),
				pct(kinds(national, 9, 9), 95));
		System.out.println(report);
		Path out = Path.of("target/bench-results/search.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private long[] run(List<String> queries, Scope scope) {
		long[] nanos = new long[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			long t = System.nanoTime();
			PageResult<?> page = search.search(PersonCriteria.name(queries.get(i)), scope);
			nanos[i] = System.nanoTime() - t;
			assertThat(page.items()).isNotNull();
		}
		return nanos;
	}

	/** A deterministic mix of the ways officers type names. */
	static List<String> queries(int n) {
		List<String> names = BenchmarkPopulation.sampleNames(7, n);
		List<String> q = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			String name = names.get(i);
			String[] w = name.split(" ");
			q.add(switch (i % 10) {
				case 0, 1, 2, 3 -> VietnameseText.fold(name);
				case 4, 5 -> name.toUpperCase(Locale.ROOT);
				case 6 -> Normalizer.normalize(name, Normalizer.Form.NFD);
				case 7, 8 -> VietnameseText.fold(w[0] + " " + w[w.length - 1]);
				default -> w[w.length - 1];
			});
		}
		return q;
	}

	/**
	 * The timings of the queries whose kind (index modulo 10, see {@link #queries}) lies
	 * in [from, to].
	 */
	static long[] kinds(long[] nanos, int from, int to) {
		return java.util.stream.IntStream.range(0, nanos.length)
			.filter(i -> i % 10 >= from && i % 10 <= to)
			.mapToLong(i -> nanos[i])
			.toArray();
	}

	static double pct(long[] nanos, int p) {
		long[] s = nanos.clone();
		Arrays.sort(s);
		int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
		return s[Math.max(0, Math.min(idx, s.length - 1))] / 1_000_000.0;
	}

}
