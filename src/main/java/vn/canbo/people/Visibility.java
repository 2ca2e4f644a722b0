package vn.canbo.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Whether a person is in a scope: their main position, as of the asked date or as of
 * today, is in a unit of the scope on that date. A person without a main position on
 * either date (retired, not yet started) belongs to the unit of their latest main
 * position. Outside the scope is answered as "not found".
 */
@Component
class Visibility {

	private final HistoryRows history;

	private final Units units;

	Visibility(HistoryRows history, Units units) {
		this.history = history;
		this.units = units;
	}

	boolean visible(long personId, LocalDate asOf, Scope scope) {
		if (scope.unrestricted()) {
			return true;
		}
		LocalDate today = LocalDate.now();
		List<Position> mains = history.positions(personId).stream().filter(p -> !p.concurrent()).toList();
		boolean anyCurrent = false;
		for (LocalDate d : asOf == null || asOf.equals(today) ? List.of(today) : List.of(asOf, today)) {
			for (Position p : mains) {
				if (p.validOn(d)) {
					anyCurrent = true;
					if (units.inScope(p.unitId(), scope, d)) {
						return true;
					}
				}
			}
		}
		if (anyCurrent) {
			return false;
		}
		return mains.stream()
			.max(Comparator.comparing(Position::validFrom))
			.map(p -> units.inScope(p.unitId(), scope, p.validTo() == null ? p.validFrom() : p.validTo().minusDays(1)))
			.orElse(false);
	}

	void require(long personId, LocalDate asOf, Scope scope) {
		if (!visible(personId, asOf, scope)) {
			throw notFound(personId);
		}
	}

	static NotFoundException notFound(long personId) {
		return new NotFoundException(Messages.text("people.notFoundId", personId));
	}

}
