package vn.canbo.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.canbo.shared.Scope;

/** Read API of the organisation tree for other modules. Every answer is as of a date. */
public interface Units {

	Optional<UnitView> find(long id, LocalDate asOf);

	Optional<UnitView> findByCode(String code, LocalDate asOf);

	/** The units among {@code ids} that exist on the date, by id. */
	Map<Long, UnitView> findAll(Collection<Long> ids, LocalDate asOf);

	/**
	 * Ids of every unit that, on the date, lay in the subtree of one of the roots or of a
	 * predecessor of a root (so a commune formed in 2025 covers, as of 2024, the communes
	 * merged into it).
	 */
	Set<Long> subtreeIds(Collection<Long> rootIds, LocalDate asOf);

	/**
	 * The scope's units on the date; empty for an unrestricted scope, meaning "no
	 * filter".
	 */
	default Optional<Set<Long>> scopeUnitIds(Scope scope, LocalDate asOf) {
		return scope.unrestricted() ? Optional.empty() : Optional.of(subtreeIds(scope.rootUnitIds(), asOf));
	}

	default boolean inScope(long unitId, Scope scope, LocalDate asOf) {
		return scope.unrestricted() || subtreeIds(scope.rootUnitIds(), asOf).contains(unitId);
	}

	/** From the top of the tree down to the unit, on the date. */
	List<UnitView> path(long id, LocalDate asOf);

	/**
	 * Children of a unit (the roots when null) on the date, in display order. Unscoped:
	 * check the parent first.
	 */
	List<UnitView> children(Long parentId, LocalDate asOf);

	/**
	 * The administrative order of units, the tree's own: level, then the unit type's
	 * place in its catalog (Đảng ủy, HĐND, UBND…), then the name. For rows that list
	 * units (reports).
	 */
	java.util.Comparator<UnitView> displayOrder();

	/**
	 * Units of the scope on the date whose name or code contains the query,
	 * diacritics-insensitive.
	 */
	vn.canbo.shared.PageResult<UnitView> search(String query, Scope scope, LocalDate asOf, int page, int size);

	/**
	 * Every version of a unit, the restructurings touching it, predecessors and
	 * successors (unscoped).
	 */
	UnitHistory history(long id);

	/**
	 * The names of units on the date, or, for a unit that did not exist then, its latest
	 * name (unscoped).
	 */
	default Map<Long, String> namesOn(Collection<Long> ids, LocalDate on) {
		Map<Long, String> out = new java.util.HashMap<>();
		findAll(ids, on).forEach((id, u) -> out.put(id, u.name()));
		for (Long id : ids) {
			if (!out.containsKey(id)) {
				history(id).versions().stream().reduce((a, b) -> b).map(UnitView::name).ifPresent(n -> out.put(id, n));
			}
		}
		return out;
	}

}
