package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.imports.ImportContext;
import vn.canbo.imports.ImportRow;
import vn.canbo.org.UnitView;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * A row of the POSITION_ENDS template (thôi giữ chức vụ chính): the main post the person
 * held on the day before {@code endDate} ends on it (the first day no longer held),
 * through the same {@link PersonService#endPosition} as the dossier's "Kết thúc" button;
 * when the row names the post's unit ({@code postUnitCode}), the post must be in it.
 * Refusals are errors on the row's cells.
 */
final class MainPostEnds {

	private MainPostEnds() {
	}

	static Position end(PersonService people, ImportUnits units, ImportRow r, long personId, ImportContext ctx) {
		LocalDate end = r.date("endDate");
		LocalDate held = end.minusDays(1);
		Position main = people.positionsOn(List.of(personId), held, ctx.scope())
			.getOrDefault(personId, List.of())
			.stream()
			.filter(p -> !p.concurrent())
			.findFirst()
			.orElseThrow(() -> new ValidationException("endDate",
					Messages.text("people.import.noMainPost", Dates.format(held))));
		String code = r.text("postUnitCode");
		if (code != null) {
			Long unitId = units.unit(code, held, ctx).map(UnitView::id).orElse(null);
			if (!main.unitId().equals(unitId)) {
				throw new ValidationException("postUnitCode", Messages.text("people.import.mainPostElsewhere", code));
			}
		}
		if (main.validTo() != null && !main.validTo().isAfter(end)) {
			throw new ValidationException("endDate",
					Messages.text("people.history.alreadyEnded", Dates.format(main.validTo())));
		}
		try {
			return people.endPosition(personId, main.id(), end, ctx.scope());
		}
		catch (ValidationException e) {
			throw new ValidationException(e.errors()
				.stream()
				.map(f -> new FieldError("date".equals(f.field()) ? "endDate" : f.field(), f.message(),
						f.rejectedValue()))
				.toList());
		}
	}

}
