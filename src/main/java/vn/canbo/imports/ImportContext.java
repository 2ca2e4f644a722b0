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

	private final LocalDate today = LocalDate.now();

	private final Map<String, Object> state = new HashMap<>();

	private long created;

	private long updated;

	private long skipped;

	public ImportContext(Scope scope, DuplicateMode duplicates, boolean commit) {
		this.scope = scope;
		this.duplicates = duplicates == null ? DuplicateMode.SKIP : duplicates;
		this.commit = commit;
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
