package vn.canbo.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Phạm vi quản lý: the unit subtrees a user may act on. Every query that returns persons,
 * units or records takes one. {@link #all()} is the whole tree (system administrators,
 * batch jobs, tests).
 */
public record Scope(boolean unrestricted, Set<Long> rootUnitIds) {

	public Scope {
		rootUnitIds = rootUnitIds == null ? Set.of() : Set.copyOf(rootUnitIds);
	}

	public static Scope all() {
		return new Scope(true, Set.of());
	}

	public static Scope of(Collection<Long> rootUnitIds) {
		return new Scope(false, Set.copyOf(rootUnitIds));
	}

	public static Scope of(Long... rootUnitIds) {
		return new Scope(false, Set.of(rootUnitIds));
	}
}
