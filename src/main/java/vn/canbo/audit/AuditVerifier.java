package vn.canbo.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the hash chain of the audit trail in id order (streamed, bounded memory) and
 * reports every row whose content was altered ({@link Kind#ALTERED}) or before which rows
 * were removed ({@link Kind#GAP}). Runs on start-up unless
 * {@code canbo.audit.verify-on-start=false}; a broken chain is logged as ERROR and shown
 * to administrators and auditors as a red banner. Writes are not refused.
 */
@Component
public class AuditVerifier {

	private static final Logger log = LoggerFactory.getLogger(AuditVerifier.class);
	static final int MAX_PROBLEMS = 100;

	public enum Kind {

		/** The row's content does not match its hash: it was changed. */
		ALTERED,
		/**
		 * The row does not follow the previous row: rows before it were removed or
		 * reordered.
		 */
		GAP

	}

	public record Problem(long id, Kind kind) {
	}

	/**
	 * The outcome of one verification. {@code problems} is capped at 100 rows;
	 * {@code problemCount} is exact.
	 */
	public record Result(boolean intact, long checked, long problemCount, List<Problem> problems, Instant at) {

		public Optional<Long> firstBrokenId() {
			return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0).id());
		}
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final boolean verifyOnStart;

	private volatile Result last;

	AuditVerifier(DataSource dataSource, PlatformTransactionManager txm, AuditSettings settings) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.tx = new TransactionTemplate(txm);
		this.tx.setReadOnly(true);
		this.verifyOnStart = settings.verifyOnStart();
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (verifyOnStart) {
			verify();
		}
	}

	/** Verifies the whole chain now (joins the caller's transaction, if any). */
	public Result verify() {
		Result r = tx.execute(s -> walk());
		last = r;
		if (r.intact()) {
			log.info("Audit trail verified: {} events, hash chain intact", r.checked());
		}
		else {
			log.error("AUDIT TRAIL TAMPERED: {} of {} events fail verification; first: {}", r.problemCount(),
					r.checked(), r.problems());
		}
		return r;
	}

	/** The last verification, if one ran. */
	public Optional<Result> lastResult() {
		return Optional.ofNullable(last);
	}

	/** True when the last verification found the chain broken. */
	public boolean broken() {
		Result r = last;
		return r != null && !r.intact();
	}

	private Result walk() {
		List<Problem> problems = new ArrayList<>();
		long[] counts = new long[2]; // checked, problems
		String[] prev = { AuditLog.GENESIS };
		jdbc.query("select " + AuditLog.COLUMNS + ", prev_hash, hash from audit_event order by id", rs -> {
			AuditEntry e = AuditLog.row(rs, 0);
			String storedPrev = rs.getString("prev_hash");
			String stored = rs.getString("hash");
			counts[0]++;
			Kind kind = null;
			if (!stored.equals(AuditLog.hash(storedPrev, e))) {
				kind = Kind.ALTERED;
			}
			else if (!storedPrev.equals(prev[0])) {
				kind = Kind.GAP;
			}
			if (kind != null) {
				counts[1]++;
				if (problems.size() < MAX_PROBLEMS) {
					problems.add(new Problem(e.id(), kind));
				}
			}
			prev[0] = stored;
		});
		return new Result(counts[1] == 0, counts[0], counts[1], List.copyOf(problems), Instant.now());
	}

}
