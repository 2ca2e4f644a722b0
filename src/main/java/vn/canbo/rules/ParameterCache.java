package vn.canbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The table {@code rule_parameter} read once per transaction instead of once per
 * parameter read (issue 15: an import batch read it ~15 times). The first read in a
 * transaction asks the database for the table's fingerprint (row count, highest id and a
 * hash of every column of every row, one small query); the in-memory copy of the table is
 * used if it carries that fingerprint, else the table is read again. The transaction then
 * keeps that copy: its parameters do not change under it half-way.
 * <p>
 * Never stale after an edit: an edit (in any JVM, or by hand in SQL) changes the
 * fingerprint, which every later transaction checks; the data is read after its
 * fingerprint, so a copy is never older than its fingerprint says. A transaction that has
 * changed a parameter ({@link #changed}) reads the table directly until it ends (it sees
 * its own uncommitted change, which no other transaction may be served). Outside a
 * transaction nothing is cached.
 */
final class ParameterCache {

	private static final String FINGERPRINT = """
			select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(hashtext(concat_ws('|', id, key, rule_id,
			       name, value, mode, legal_basis, effective_from, effective_to, note, created_by))), 0)
			from rule_parameter""";

	/** The table as read, with the fingerprint it had when read (or older). */
	private record Snapshot(String fingerprint, Map<String, List<RuleParameter>> byKey) {
	}

	/** What the current transaction uses: a snapshot, or none once it changed one. */
	private static final class InTransaction {

		Map<String, List<RuleParameter>> byKey;

		boolean changed;

	}

	private final JdbcClient jdbc;

	private volatile Snapshot shared;

	ParameterCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The version of the key in force on the date, or (when none yet) its earliest one;
	 * null when this read cannot be served from the cache (then the caller reads the
	 * table).
	 */
	Optional<RuleParameter> get(String key, LocalDate on, boolean orEarliest) {
		Map<String, List<RuleParameter>> table = table();
		if (table == null) {
			return null;
		}
		List<RuleParameter> versions = table.getOrDefault(key, List.of());
		RuleParameter found = null;
		for (RuleParameter p : versions) {
			if (p.inForce(on)) {
				found = p;
			}
		}
		if (found == null && orEarliest && !versions.isEmpty()) {
			found = versions.get(0);
		}
		return Optional.ofNullable(found);
	}

	/**
	 * Called by the writer in its transaction: that transaction reads the table directly
	 * from now on, and no other is affected until it commits (then the fingerprint
	 * changes).
	 */
	void changed() {
		shared = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			state().changed = true;
		}
	}

	/** The table as the current transaction sees it; null = do not cache. */
	private Map<String, List<RuleParameter>> table() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		InTransaction tx = state();
		if (tx.changed) {
			return null;
		}
		if (tx.byKey == null) {
			String fingerprint = jdbc.sql(FINGERPRINT).query(String.class).single();
			Snapshot s = shared;
			if (s == null || !s.fingerprint().equals(fingerprint)) {
				s = new Snapshot(fingerprint, load());
				shared = s;
			}
			tx.byKey = s.byKey();
		}
		return tx.byKey;
	}

	private Map<String, List<RuleParameter>> load() {
		Map<String, List<RuleParameter>> byKey = new HashMap<>();
		jdbc.sql("select * from rule_parameter order by key, effective_from")
			.query(RuleParameters::row)
			.list()
			.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
		byKey.replaceAll((k, v) -> List.copyOf(v));
		return Map.copyOf(byKey);
	}

	/** The state bound to the current transaction (bound on first use). */
	private InTransaction state() {
		Object bound = TransactionSynchronizationManager.getResource(this);
		if (bound instanceof InTransaction tx) {
			return tx;
		}
		InTransaction tx = new InTransaction();
		TransactionSynchronizationManager.bindResource(this, tx);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResourceIfPossible(ParameterCache.this);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(ParameterCache.this, tx);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(ParameterCache.this);
			}
		});
		return tx;
	}

}
