package vn.canbo.bench;

import static vn.canbo.bench.BenchWorker.arg;
import static vn.canbo.bench.BenchWorker.ms;
import static vn.canbo.bench.BenchWorker.peakHeap;
import static vn.canbo.bench.BenchWorker.resetPeaks;
import static vn.canbo.bench.BenchWorker.result;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.demo.BenchmarkPopulation;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.CampaignKind;
import vn.canbo.evaluation.Campaigns;
import vn.canbo.evaluation.Finalisation;
import vn.canbo.evaluation.NewCampaign;
import vn.canbo.evaluation.PeriodKind;
import vn.canbo.evaluation.QuotaCheck;
import vn.canbo.evaluation.Subject;
import vn.canbo.imports.DuplicateMode;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.Scope;

/**
 * The evaluation benchmark's worker, run in its own JVM by {@link EvaluationBenchmark}:
 * starts canbo on its embedded PostgreSQL, builds one province of N persons with
 * {@link BenchmarkPopulation} (100 communes, the demo's person generator) unless an
 * earlier run left it there, then times: opening a 2026 campaign of every person
 * category, the quota report, the import of every subject's score through the
 * EVALUATION_SCORES template (preview, then commit, exactly as an upload) and the
 * finalisation with the quota checked. Prints "RESULT key=value" lines.
 */
public final class EvaluationBenchmarkMain {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 12, 31);

	private EvaluationBenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		int n = arg(args, 0, 60000);
		BenchWorker.run(ctx -> {
			// -Dbench.rounds=2: the second round on a warm JVM (the import's code
			// compiled
			// by the first), as in a server that has imported before
			int rounds = Integer.getInteger("bench.rounds", 1);
			for (int r = 1; r <= rounds; r++) {
				result("round", r);
				run(ctx, n);
			}
		});
	}

	private static void run(ConfigurableApplicationContext ctx, int n) throws Exception {
		Campaigns campaigns = ctx.getBean(Campaigns.class);
		ImportService imports = ctx.getBean(ImportService.class);
		JdbcClient jdbc = ctx.getBean(JdbcClient.class);
		long t0 = System.nanoTime();
		// the province is kept between runs (target/bench-eval-pg); built when missing
		Long province = jdbc.sql("select id from org_unit where code = 'P1'").query(Long.class).optional().orElse(null);
		long persons = jdbc.sql("select count(*) from person where deleted_at is null").query(Long.class).single();
		if (province != null && persons != n) {
			result("error", "target/bench-eval-pg holds " + persons + " persons, not " + n + ": delete it");
			return;
		}
		if (province == null) {
			BenchmarkPopulation.Result pop = ctx.getBean(BenchmarkPopulation.class).generate(15, n, 1, 100);
			province = pop.provinceIds().get(0);
			persons = pop.persons();
			result("populationMs", ms(t0));
		}
		jdbc.sql("vacuum analyze").update();
		result("persons", persons);
		System.gc();
		resetPeaks();

		t0 = System.nanoTime();
		Campaign c = campaigns.open(new NewCampaign("Đánh giá, xếp loại năm 2026 (benchmark)", province,
				PeriodKind.YEAR, FROM, TO, CampaignKind.INDIVIDUAL, EnumSet.allOf(PersonCategory.class), null),
				Scope.all());
		long openMs = ms(t0);
		t0 = System.nanoTime();
		QuotaCheck before = campaigns.quota(c.id(), Scope.all());
		long quotaEmptyMs = ms(t0);
		result("subjects", c.subjectCount());
		result("openMs", openMs);
		result("quotaReportEmptyMs", quotaEmptyMs);
		result("quotaGroups", before.groups().size());

		List<Subject> subjects = campaigns.subjects(c.id(), Scope.all());
		Map<Long, String> ids = new HashMap<>();
		jdbc.sql("select id, national_id from person where national_id is not null")
			.query((rs, i) -> ids.put(rs.getLong(1), rs.getString(2)))
			.list();
		Path file = Files.createTempFile("evaluation-bench", ".xlsx");
		t0 = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(file)) {
			write(imports.template("EVALUATION_SCORES"), c.id(), subjects, ids, out);
		}
		result("generateMs", ms(t0));
		result("fileBytes", Files.size(file));

		String dataDir = System.getProperty("canbo.embedded.data-dir", "target/bench-eval-pg");
		boolean statements = Boolean.getBoolean("bench.pgStatements");
		if (statements) { // needs shared_preload_libraries=pg_stat_statements
			superuser(jdbc, "create extension if not exists pg_stat_statements; select pg_stat_statements_reset()",
					null);
		}
		long jvm0 = ProcessCpu.jvmMs(), db0 = ProcessCpu.databaseMs(dataDir);
		t0 = System.nanoTime();
		ImportJob job = imports.upload("EVALUATION_SCORES", "scores.xlsx", Files.newInputStream(file), Scope.all());
		job = ImportBenchmarkMain.await(imports, job.id());
		long previewMs = ms(t0);
		result("previewMs", previewMs);
		long jvm1 = ProcessCpu.jvmMs(), db1 = ProcessCpu.databaseMs(dataDir);
		result("previewCpuMs", "JVM " + (jvm1 - jvm0) + " + PostgreSQL " + (db1 - db0));
		if (job.status() != ImportJob.Status.READY || job.errorRows() > 0) {
			result("error", job.status() + " " + job.message() + " " + imports.issues(job.id(), 0, 5));
			return;
		}
		long c0 = System.nanoTime();
		imports.commit(job.id(), DuplicateMode.SKIP, false, Scope.all());
		job = ImportBenchmarkMain.await(imports, job.id());
		long commitMs = ms(c0);
		result("commitMs", commitMs);
		result("commitCpuMs",
				"JVM " + (ProcessCpu.jvmMs() - jvm1) + " + PostgreSQL " + (ProcessCpu.databaseMs(dataDir) - db1));
		result("importStatus", job.status() + " updated=" + job.updatedCount() + " " + job.message());
		result("importMs", ms(t0));
		if (statements) {
			superuser(jdbc, """
					select calls, round(total_exec_time) ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) q
					from pg_stat_statements order by total_exec_time desc limit 12""", rs -> {
				for (int i = 1; rs.next(); i++) {
					result("statement" + i, rs.getLong(1) + " calls, " + rs.getLong(2) + " ms: " + rs.getString(3));
				}
			});
		}

		t0 = System.nanoTime();
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		long quotaMs = ms(t0);
		result("quotaReportMs", quotaMs);
		result("quotaOver", q.groups().stream().filter(QuotaCheck.Group::exceeded).count());
		result("openPlusQuotaMs", openMs + quotaMs);

		t0 = System.nanoTime();
		Campaign f = campaigns.finalise(c.id(), new Finalisation(TO, "Chủ tịch UBND tỉnh (benchmark)", null),
				Scope.all());
		result("finaliseMs", ms(t0));
		result("status", f.status() + " rated=" + f.ratedCount());
		result("maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
		result("peakHeapMb", peakHeap() / 1048576);
		Files.deleteIfExists(file);
	}

	/** Runs SQL as the embedded server's superuser (the application's role is not). */
	private static void superuser(JdbcClient jdbc, String sql, ResultSetConsumer rows) throws SQLException {
		int port = jdbc.sql("select current_setting('port')::int").query(Integer.class).single();
		String db = jdbc.sql("select current_database()").query(String.class).single();
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, "postgres",
				""); Statement st = c.createStatement()) {
			if (rows == null) {
				st.execute(sql);
			}
			else {
				try (ResultSet rs = st.executeQuery(sql)) {
					rows.accept(rs);
				}
			}
		}
	}

	private interface ResultSetConsumer {

		void accept(ResultSet rs) throws SQLException;

	}

	/**
	 * One row per subject: per quota group (unit and task group), 70% rated HTTNV (score
	 * 80), then HTXSNV (95) for 20% of those (floor, the quota's limit), HTNV (60) and
	 * KHTNV (40) for the rest; the rating column is left empty (derived from the score,
	 * or KHTNV for a subject capped by a discipline); NĐ 335 subjects get the two parts.
	 */
	static void write(ImportTemplate t, long campaignId, List<Subject> subjects, Map<Long, String> nationalIds,
			OutputStream out) throws IOException {
		Workbook wb = new Workbook(out, "bench", "1.0");
		Worksheet ws = wb.newWorksheet(t.sheetName());
		List<ImportColumn> cols = t.columns();
		for (int c = 0; c < cols.size(); c++) {
			ws.value(0, c, cols.get(c).header());
		}
		Map<String, List<Subject>> groups = subjects.stream()
			.collect(Collectors.groupingBy(s -> s.unitId() + "|" + s.taskGroup(), Collectors.toList()));
		int row = 1;
		for (List<Subject> g : groups.values()) {
			int good = (int) Math.ceil(g.size() * 0.7);
			int excellent = good / 5;
			for (int i = 0; i < g.size(); i++) {
				Subject s = g.get(i);
				int score = i < good ? 80 : i < good + excellent ? 95 : i % 2 == 0 ? 60 : 40;
				BigDecimal common = BigDecimal.valueOf(score * 3L, 1);
				BigDecimal task = BigDecimal.valueOf(score).subtract(common);
				for (int c = 0; c < cols.size(); c++) {
					Object v = switch (cols.get(c).key()) {
						case "campaignId" -> campaignId;
						case "nationalId" -> nationalIds.get(s.personId());
						case "fullName" -> s.name();
						case "commonScore" -> s.regime().splitScore() ? common : null;
						case "taskScore" -> s.regime().splitScore() ? task : null;
						case "score" -> s.regime().splitScore() ? null : score;
						default -> null;
					};
					if (v instanceof Number x) {
						ws.value(row, c, x);
					}
					else if (v != null) {
						ws.value(row, c, v.toString());
					}
				}
				if (++row % 1000 == 0) {
					ws.flush();
				}
			}
		}
		wb.finish();
	}

}
