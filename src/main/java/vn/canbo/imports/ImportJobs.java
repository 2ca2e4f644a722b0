package vn.canbo.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.shared.PageResult;

/**
 * Rows of import_job / import_issue, and the live progress of running jobs (in memory).
 */
@Component
class ImportJobs {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Map<Long, long[]> progress = new ConcurrentHashMap<>();

	private Function<String, String> titles = c -> c;

	ImportJobs(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	void titles(Function<String, String> titles) {
		this.titles = titles;
	}

	long create(String template, String fileName, long size, String user, String storedFile) {
		return jdbc.sql("""
				insert into import_job (template, file_name, file_size, status, created_by, stored_file)
				values (:t, :f, :s, 'READING', :u, :p) returning id""")
			.param("t", template)
			.param("f", fileName)
			.param("s", size)
			.param("u", user)
			.param("p", storedFile)
			.query(Long.class)
			.single();
	}

	void stored(long id, String kind, String path) {
		jdbc.sql("update import_job set file_kind = :k, stored_file = :p where id = :id")
			.param("k", kind)
			.param("p", path)
			.param("id", id)
			.update();
	}

	void previewed(long id, int total, int valid, int errors, int warnings, int duplicates, int hidden, long unlisted,
			String message) {
		jdbc.sql(
				"""
						update import_job set status = 'READY', total_rows = :t, valid_rows = :v, error_rows = :e, warning_rows = :w,
						    duplicate_rows = :d, hidden_rows = :h, unlisted_issues = :x, message = :m, previewed_at = now()
						where id = :id""")
			.param("t", total)
			.param("v", valid)
			.param("e", errors)
			.param("w", warnings)
			.param("d", duplicates)
			.param("h", hidden)
			.param("x", unlisted)
			.param("m", message)
			.param("id", id)
			.update();
		progress.remove(id);
	}

	void failed(long id, String message) {
		jdbc.sql("update import_job set status = 'FAILED', message = :m, finished_at = now() where id = :id")
			.param("m", message)
			.param("id", id)
			.update();
		progress.remove(id);
	}

	/**
	 * READY → COMMITTING, atomically; false when the job is not ready (already committed,
	 * running, failed).
	 */
	boolean startCommit(long id, DuplicateMode mode, boolean skipInvalid, String user) {
		return jdbc.sql("""
				update import_job set status = 'COMMITTING', duplicate_mode = :m, skip_invalid = :s, committed_by = :u,
				    committed_at = now() where id = :id and status = 'READY'""")
			.param("m", mode.name())
			.param("s", skipInvalid)
			.param("u", user)
			.param("id", id)
			.update() == 1;
	}

	/** READY → FAILED with the message, atomically; false when the job is not ready. */
	boolean cancel(long id, String message) {
		return jdbc.sql("""
				update import_job set status = 'FAILED', message = :m, finished_at = now()
				where id = :id and status = 'READY'""").param("m", message).param("id", id).update() == 1;
	}

	void done(long id, long created, long updated, long skipped, String message) {
		jdbc.sql("""
				update import_job set status = 'DONE', created_count = :c, updated_count = :u, skipped_count = :s,
				    message = :m, finished_at = now() where id = :id""")
			.param("c", created)
			.param("u", updated)
			.param("s", skipped)
			.param("m", message)
			.param("id", id)
			.update();
		progress.remove(id);
	}

	void progress(long id, long processed, long expected) {
		progress.put(id, new long[] { processed, expected });
	}

	void addIssues(long id, int firstSeq, List<ImportIssue> issues) {
		if (issues.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] batch = new MapSqlParameterSource[issues.size()];
		for (int i = 0; i < issues.size(); i++) {
			ImportIssue x = issues.get(i);
			batch[i] = new MapSqlParameterSource().addValue("job", id)
				.addValue("seq", firstSeq + i)
				.addValue("row", x.row())
				.addValue("col", cut(x.column(), 60))
				.addValue("header", cut(x.header(), 200))
				.addValue("value", cut(x.value(), 1000))
				.addValue("sev", x.severity().name())
				.addValue("msg", x.message());
		}
		named.batchUpdate("""
				insert into import_issue (job_id, seq, row_no, column_key, header, value, severity, message)
				values (:job, :seq, :row, :col, :header, :value, :sev, :msg)""", batch);
	}

	int nextSeq(long id) {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from import_issue where job_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	Optional<ImportJob> find(long id, String user, boolean all) {
		return jdbc.sql("select * from import_job where id = :id and (:all or created_by = :u)")
			.param("id", id)
			.param("all", all)
			.param("u", user)
			.query(this::map)
			.optional();
	}

	String kind(long id) {
		return jdbc.sql("select coalesce(file_kind, 'XLSX') from import_job where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	Optional<String> storedFile(long id) {
		return jdbc.sql("select stored_file from import_job where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	PageResult<ImportJob> list(String user, boolean all, int page, int size) {
		long total = jdbc.sql("select count(*) from import_job where (:all or created_by = :u)")
			.param("all", all)
			.param("u", user)
			.query(Long.class)
			.single();
		List<ImportJob> items = jdbc.sql("""
				select * from import_job where (:all or created_by = :u) order by created_at desc, id desc
				limit :size offset :off""")
			.param("all", all)
			.param("u", user)
			.param("size", size)
			.param("off", (long) page * size)
			.query(this::map)
			.list();
		return new PageResult<>(items, page, size, total, false);
	}

	List<ImportIssue> issues(long id, int page, int size) {
		return jdbc.sql("""
				select * from import_issue where job_id = :id order by row_no, seq limit :size offset :off""")
			.param("id", id)
			.param("size", size)
			.param("off", (long) page * size)
			.query((rs, n) -> new ImportIssue(rs.getInt("row_no"), rs.getString("column_key"), rs.getString("header"),
					rs.getString("value"), ImportIssue.Severity.valueOf(rs.getString("severity")),
					rs.getString("message")))
			.list();
	}

	long issueCount(long id) {
		return jdbc.sql("select count(*) from import_issue where job_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** Row number → error messages joined, for the rejected-rows file. */
	Map<Integer, String> errorsByRow(long id) {
		Map<Integer, String> m = new java.util.TreeMap<>();
		jdbc.sql(
				"select row_no, header, message from import_issue where job_id = :id and severity = 'ERROR' order by row_no, seq")
			.param("id", id)
			.query((ResultSet rs) -> {
				m.merge(rs.getInt("row_no"), rs.getString("message"), (a, b) -> a + "; " + b);
			});
		return m;
	}

	/**
	 * Up to {@code limit} rows with stored errors after row {@code after}, in row order,
	 * each with its messages joined: the rejected-rows file reads them page by page.
	 */
	List<Map.Entry<Integer, String>> errorRowsAfter(long id, int after, int limit) {
		return jdbc.sql("""
				select row_no, string_agg(message, '; ' order by seq) as messages from import_issue
				where job_id = :id and severity = 'ERROR' and row_no > :after
				group by row_no order by row_no limit :n""")
			.param("id", id)
			.param("after", after)
			.param("n", limit)
			.query((rs, n) -> Map.entry(rs.getInt("row_no"), rs.getString("messages")))
			.list();
	}

	/** How many rows have at least one stored error. */
	long storedErrorRows(long id) {
		return jdbc.sql("select count(distinct row_no) from import_issue where job_id = :id and severity = 'ERROR'")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** The rows with stored errors (at most the issue limit of them). */
	Set<Integer> errorRowNumbers(long id) {
		return new java.util.HashSet<>(
				jdbc.sql("select distinct row_no from import_issue where job_id = :id and severity = 'ERROR'")
					.param("id", id)
					.query(Integer.class)
					.list());
	}

	void uploadDeleted(long id) {
		jdbc.sql("update import_job set stored_file = null where id = :id").param("id", id).update();
	}

	void rejectedFile(long id, String path) {
		jdbc.sql("update import_job set rejected_file = :p where id = :id").param("p", path).param("id", id).update();
	}

	Optional<String> rejectedFile(long id) {
		return jdbc.sql("select rejected_file from import_job where id = :id and rejected_file is not null")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** A job's files on disk (null = none). */
	record Files(long id, java.nio.file.Path upload, java.nio.file.Path rejected) {
	}

	List<Files> filesCreatedBefore(Instant before) {
		return jdbc.sql("""
				select id, stored_file, rejected_file from import_job
				where (stored_file is not null or rejected_file is not null) and created_at < :t order by id""")
			.param("t", Timestamp.from(before))
			.query((rs, n) -> new Files(rs.getLong(1), path(rs.getString(2)), path(rs.getString(3))))
			.list();
	}

	private static java.nio.file.Path path(String p) {
		return p == null ? null : java.nio.file.Path.of(p);
	}

	void filesDeleted(long id) {
		jdbc.sql("update import_job set stored_file = null, rejected_file = null where id = :id")
			.param("id", id)
			.update();
	}

	/** Whether a job still names this file (as its upload or its rejected rows). */
	boolean names(String path) {
		return jdbc.sql("select exists (select 1 from import_job where stored_file = :p or rejected_file = :p)")
			.param("p", path)
			.query(Boolean.class)
			.single();
	}

	Set<Long> running() {
		return progress.keySet();
	}

	private ImportJob map(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		long[] p = progress.getOrDefault(id, new long[] { 0, 0 });
		String mode = rs.getString("duplicate_mode");
		String template = rs.getString("template");
		return new ImportJob(id, template, titles.apply(template), rs.getString("file_name"), rs.getLong("file_size"),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("valid_rows"),
				rs.getInt("error_rows"), rs.getInt("warning_rows"), rs.getInt("duplicate_rows"),
				rs.getInt("hidden_rows"), rs.getInt("created_count"), rs.getInt("updated_count"),
				rs.getInt("skipped_count"), mode == null ? null : DuplicateMode.valueOf(mode),
				rs.getBoolean("skip_invalid"), rs.getString("message"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "previewed_at"), rs.getString("committed_by"),
				instant(rs, "committed_at"), instant(rs, "finished_at"), p[0], p[1], rs.getLong("unlisted_issues"));
	}

	private static Instant instant(ResultSet rs, String c) throws SQLException {
		Timestamp t = rs.getTimestamp(c);
		return t == null ? null : t.toInstant();
	}

	/** Ids of issues' rows with errors, used to pick rows (kept small: only numbers). */
	List<Integer> errorRows(long id) {
		return new ArrayList<>(errorsByRow(id).keySet());
	}

}
