package vn.canbo.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * The scope of a restructuring, checked before any validation: every unit id a request
 * names must lie in the caller's scope on the effective date (today when it is missing)
 * or, for a unit that has ended, on its last day. An id outside the scope gets exactly
 * the answer of an id that does not exist (404 "Không tìm thấy đơn vị {id}"), so that
 * neither its name nor its existence (ended or absent) leaks through a validation
 * message.
 */
final class ScopeFirst {

	private ScopeFirst() {
	}

	static void check(UnitService units, Scope scope, LocalDate effectiveDate, Collection<Long> ids) {
		if (scope.unrestricted() || ids.isEmpty()) {
			return;
		}
		LocalDate on = effectiveDate == null ? LocalDate.now() : effectiveDate;
		Set<Long> allowed = units.subtreeIds(scope.rootUnitIds(), on);
		for (Long id : ids) {
			if (id != null && !allowed.contains(id) && !coveredOnLastDay(units, id, scope)) {
				throw new NotFoundException(Messages.text("org.error.unitNotFound", String.valueOf(id)));
			}
		}
	}

	/** The ids of a request: single ids (null allowed), lists and the values of maps. */
	static Collection<Long> ids(Object... parts) {
		return Stream.of(parts).flatMap(ScopeFirst::flatten).filter(Objects::nonNull).distinct().toList();
	}

	private static Stream<Long> flatten(Object part) {
		if (part instanceof Long l) {
			return Stream.of(l);
		}
		if (part instanceof Collection<?> c) {
			return c.stream().filter(Long.class::isInstance).map(Long.class::cast);
		}
		if (part instanceof Map<?, ?> m) {
			return m.values().stream().filter(Long.class::isInstance).map(Long.class::cast);
		}
		return Stream.empty();
	}

	private static boolean coveredOnLastDay(UnitService units, long id, Scope scope) {
		try {
			units.requireEver(id, scope);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

}
