package vn.canbo.reports;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;

/**
 * For a {@link FigureProvider} that counts its own rows by unit: the units a request
 * counts in. Scope first: each root of the request's population must be in the scope on
 * the period's end or today, else it is not found (as if absent); then the roots'
 * subtrees on the period's end, or without roots the scope's subtrees on the period's end
 * and today (a unit may have been restructured since); empty = every unit (no roots, an
 * unrestricted scope).
 */
@Component
@org.springframework.modulith.NamedInterface("spi")
public class FigureUnits {

	private final Units units;

	FigureUnits(Units units) {
		this.units = units;
	}

	/**
	 * The unit ids of the request, or empty for every unit; {@code notFoundKey}: the
	 * caller's message (its one argument the root's id) for a root outside the scope.
	 */
	public Optional<Set<Long>> of(FigureRequest r, String notFoundKey) {
		LocalDate to = r.to();
		List<Long> roots = r.population() == null ? List.of() : r.population().rootUnitIds();
		// the scope's subtree on the period's end, read once: the roots checked against
		// it,
		// and the answer itself when the roots are the scope's (an officer's own units)
		Optional<Set<Long>> scopeTree = roots.isEmpty() ? Optional.empty() : units.scopeUnitIds(r.scope(), to);
		for (Long root : roots) {
			if (scopeTree.isPresent() && !scopeTree.get().contains(root)
					&& !units.inScope(root, r.scope(), LocalDate.now())) {
				throw new NotFoundException(Messages.text(notFoundKey, String.valueOf(root)));
			}
		}
		if (!roots.isEmpty()) {
			boolean own = scopeTree.isPresent() && Set.copyOf(roots).equals(r.scope().rootUnitIds());
			return Optional.of(own ? new HashSet<>(scopeTree.get()) : new HashSet<>(units.subtreeIds(roots, to)));
		}
		if (r.scope().unrestricted()) {
			return Optional.empty();
		}
		Set<Long> unitIds = new HashSet<>(units.subtreeIds(r.scope().rootUnitIds(), to));
		unitIds.addAll(units.subtreeIds(r.scope().rootUnitIds(), LocalDate.now()));
		return Optional.of(unitIds);
	}

}
