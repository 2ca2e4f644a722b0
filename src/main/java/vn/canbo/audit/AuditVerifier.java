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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the hash chain of the audit trail in id order (streamed, bounded memory) and
 * reports every row whose content was altered ({@link Kind#ALTERED}), before which rows
 * were removed ({@link Kind#GAP}), whose id does not follow the previous one
 * ({@link Kind#MISSING}), and the newest signed checkpoint the database no longer matches
 * ({@link Kind#ANCHOR}). Runs on start-up unless
 * {@code canbo.audit.verify-on-start=false} and every {@code canbo.audit.verify-interval}
 * (default one hour); each of these verifications that finds the chain intact appends a
 * signed checkpoint ({@link AuditCheckpoints}). A broken chain is logged as ERROR and
 * shown to administrators and auditors as a red banner. Writes are not refused.
 */
@Component
public class AuditVerifier {

	private static final Logger log = LoggerFactory.getLogger(AuditVerifier.class);
	static final int MAX_PROBLEMS = 100;

	public enum Kind {

		/**
		 * The row's content does not match its hash (keyed rows: with the key held
		 * outside the database), or an unkeyed row follows a keyed one: it was changed.
		 */
		ALTERED,
		/**
		 * The row does not follow the previous row: rows before it were removed or
		 * reordered.
		 */
		GAP,
		/**
		 * A keyed row whose id is not the previous id + 1: ids of keyed rows are gapless,
		 * so rows were removed (or inserted) before it.
		 */
		MISSING,
		/**
		 * The newest signed checkpoint (written outside the database) names a row the
		 * database no longer holds, or holds with another hash, or its signature is
		 * wrong: the newest events were removed or the checkpoint file was forged.
		 */
		ANCHOR

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

	/** A walk: its result and the newest row it saw. */
	private record Walk(Result result, Long lastId, String lastHash) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final TransactionTemplate ownTx;

	private final boolean verifyOnStart;

	private final AuditKey key;

	private final AuditCheckpoints checkpoints;

	private volatile Result last;

	AuditVerifier(DataSource dataSource, PlatformTransactionManager txm, AuditSettings settings, AuditKey key,
			AuditCheckpoints checkpoints) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.tx = new TransactionTemplate(txm);
		this.tx.setReadOnly(true);
		this.ownTx = new TransactionTemplate(txm);
		this.ownTx.setReadOnly(true);
		this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.verifyOnStart = settings.verifyOnStart();
		this.key = key;
		this.checkpoints = checkpoints;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (verifyOnStart) {
			check();
		}
	}

	/**
	 * The periodic verification: walks the committed chain in a transaction of its own,
	 * sets the banner when broken, and when intact appends a checkpoint naming the newest
	 * row.
	 */
	@Scheduled(initialDelayString = "${canbo.audit.verify-interval:PT1H}",
			fixedDelayString = "${canbo.audit.verify-interval:PT1H}")
	public Result check() {
		Walk w = ownTx.execute(s -> walk());
		report(w.result());
		if (w.result().intact() && w.lastId() != null) {
			try {
				checkpoints.append(w.lastId(), w.lastHash());
			}
			catch (java.io.UncheckedIOException ex) {
				log.error("AUDIT CHECKPOINT NOT WRITTEN: the newest events are not anchored", ex);
			}
		}
		return w.result();
	}

	/**
	 * Verifies the whole chain now (joins the caller's transaction, if any); writes no
	 * checkpoint.
	 */
	public Result verify() {
		Result r = tx.execute(s -> walk()).result();
		report(r);
		return r;
	}

	private void report(Result r) {
		last = r;
		if (r.intact()) {
			log.info("Audit trail verified: {} events, hash chain intact", r.checked());
		}
		else {
			log.error("AUDIT TRAIL TAMPERED: {} of {} events fail verification; first: {}", r.problemCount(),
					r.checked(), r.problems());
		}
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

	private Walk walk() {
		Optional<AuditCheckpoints.Checkpoint> anchor = checkpoints.latest();
		List<Problem> problems = new ArrayList<>();
		long[] counts = new long[2]; // checked, problems
		String[] prev = { AuditLog.GENESIS, null }; // previous hash, the anchor's stored
													// hash
		Long[] prevId = { null };
		boolean[] keyedSeen = { false };
		jdbc.query("select " + AuditLog.COLUMNS + ", prev_hash, hash, hash_version, unit_ids from audit_event"
				+ " order by id", rs -> {
					AuditEntry e = AuditLog.row(rs, 0);
					String storedPrev = rs.getString("prev_hash");
					String stored = rs.getString("hash");
					boolean keyed = rs.getInt("hash_version") == AuditHashes.KEYED;
					counts[0]++;
					String expected = keyed ? AuditHashes.keyed(key, storedPrev, e, AuditScoping.units(rs))
							: AuditHashes.unkeyed(storedPrev, e);
					Kind kind = null;
					if (!stored.equals(expected) || (!keyed && keyedSeen[0])) {
						kind = Kind.ALTERED;
					}
					else if (!storedPrev.equals(prev[0])) {
						kind = Kind.GAP;
					}
					else if (keyed && prevId[0] != null && e.id() != prevId[0] + 1) {
						kind = Kind.MISSING;
					}
					if (kind != null) {
						counts[1]++;
						if (problems.size() < MAX_PROBLEMS) {
							problems.add(new Problem(e.id(), kind));
						}
					}
					if (anchor.isPresent() && anchor.get().id() == e.id()) {
						prev[1] = stored;
					}
					prev[0] = stored;
					prevId[0] = e.id();
					keyedSeen[0] |= keyed;
				});
		// the newest checkpoint outside the database must name a row still there,
		// unchanged
		if (anchor.isPresent()) {
			AuditCheckpoints.Checkpoint cp = anchor.get();
			if (!cp.signed() || !cp.hash().equals(prev[1])) {
				counts[1]++;
				if (problems.size() < MAX_PROBLEMS) {
					problems.add(new Problem(cp.id(), Kind.ANCHOR));
				}
			}
		}
		Result r = new Result(counts[1] == 0, counts[0], counts[1], List.copyOf(problems), Instant.now());
		return new Walk(r, prevId[0], prev[0]);
	}

}
