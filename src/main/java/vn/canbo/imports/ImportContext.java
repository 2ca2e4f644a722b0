package vn.canbo.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.canbo.shared.Scope;

/**
 * State of one run over a file (preview or commit), shared by the batches: the user's
 * scope, the duplicate choice, counters and a scratch map for the handler (e.g. keys
 * already seen earlier in the file).
 */
@org.springframework.modulith.NamedInterface("spi")
public final class ImportContext {

	private final Scope scope;

	private final DuplicateMode duplicates;

	private final boolean commit;

	private final boolean allOrNothing;

	private final LocalDate today = LocalDate.now();

	private final Map<String, Object> state = new HashMap<>();

	private long created;

	private long updated;

	private long skipped;

	public ImportContext(Scope scope, DuplicateMode duplicates, boolean commit) {
		this(scope, duplicates, commit, false);
	}

	public ImportContext(Scope scope, DuplicateMode duplicates, boolean commit, boolean allOrNothing) {
		this.scope = scope;
		this.duplicates = duplicates == null ? DuplicateMode.SKIP : duplicates;
		this.commit = commit;
		this.allOrNothing = commit && allOrNothing;
	}

	public Scope scope() {
		return scope;
	}

	public DuplicateMode duplicates() {
		return duplicates;
	}

	/** True at commit, false in the preview. */
	public boolean commit() {
		return commit;
	}

	/**
	 * True at a commit that writes every row or none (the user did not ask to leave out
	 * the rows in error): a row refused at commit, by {@link RowHandler#check} or by
	 * {@link RowHandler#write}, fails the whole import alike. A handler whose write
	 * checks the rows again in the same transaction (a module's API that validates what
	 * it stores) may then leave that check to the write instead of doing it twice.
	 */
	public boolean allOrNothing() {
		return allOrNothing;
	}

	public LocalDate today() {
		return today;
	}

	/** Handler scratch state kept across batches of one run. */
	@SuppressWarnings("unchecked")
	public <T> T state(String key, java.util.function.Supplier<T> initial) {
		return (T) state.computeIfAbsent(key, k -> initial.get());
	}

	public void created(long n) {
		created += n;
	}

	public void updated(long n) {
		updated += n;
	}

	public void skipped(long n) {
		skipped += n;
	}

	public long created() {
		return created;
	}

	public long updated() {
		return updated;
	}

	public long skipped() {
		return skipped;
	}

}
