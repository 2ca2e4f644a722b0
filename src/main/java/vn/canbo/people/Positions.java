package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Messages;

/**
 * The rules of positions beyond their own validation: at most one main position at any
 * date, a correction keeps the restructuring that created the row, and an answered
 * position carries its unit's name.
 */
final class Positions implements HistoryHooks<Position> {

	static String overlapMessage() {
		return Messages.text("people.history.mainOverlap");
	}

	/** The position with its restructuring link (ignored on input). */
	static Position restructured(Position p, Long restructuringId) {
		return new Position(p.id(), p.unitId(), p.unitName(), p.titleCode(), p.titleText(), p.concurrent(),
				p.partyPost(), p.validFrom(), p.validTo(), p.termStart(), p.termEnd(), p.decisionNumber(),
				p.decisionDate(), restructuringId, p.note());
	}

	@Override
	public void checkStored(HistoryRows rows, long personId, Position p, Long replacing, Errors e) {
		if (!p.concurrent() && !rows.overlappingMain(personId, p.validFrom(), p.validTo(), replacing).isEmpty()) {
			e.add("validFrom", overlapMessage());
		}
	}

	@Override
	public Position replacing(Position old, Position p) {
		return restructured(p, old.restructuringId());
	}

	@Override
	public Position shown(ViewAssembler views, Position stored) {
		return views.named(List.of(stored), LocalDate.now()).get(0);
	}

}
