package vn.canbo.training;

import static vn.canbo.training.CourseService.blank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * The checks of a yearly training plan's input (split from {@link TrainingPlans}): the
 * decision's number, date and issuer, and each row's kind and targets; every error at
 * once, a row's named {@code rows[i].field}.
 */
final class PlanChecks {

	private PlanChecks() {
	}

	/**
	 * The targets by kind ({turns, persons}) of the rows with any; errors added to
	 * {@code e}.
	 */
	static Map<CourseKind, long[]> check(PlanInput in, Integer year, List<FieldError> e) {
		if (blank(in.decisionNumber())) {
			e.add(new FieldError("decisionNumber", Messages.text("training.plan.error.numberRequired")));
		}
		else if (in.decisionNumber().strip().length() > 60) {
			e.add(new FieldError("decisionNumber", Messages.text("training.error.numberTooLong", 60)));
		}
		if (in.decidedOn() == null) {
			e.add(new FieldError("decidedOn", Messages.text("training.plan.error.decidedOnRequired")));
		}
		else if (year != null && in.decidedOn().getYear() > year) {
			e.add(new FieldError("decidedOn",
					Messages.text("training.plan.error.decidedAfterYear", String.valueOf(year)),
					in.decidedOn().toString()));
		}
		if (blank(in.issuer())) {
			e.add(new FieldError("issuer", Messages.text("training.plan.error.issuerRequired")));
		}
		else if (in.issuer().strip().length() > 300) {
			e.add(new FieldError("issuer", Messages.text("training.error.issuerTooLong", 300)));
		}
		Map<CourseKind, long[]> out = new EnumMap<>(CourseKind.class);
		Set<CourseKind> seen = java.util.EnumSet.noneOf(CourseKind.class);
		for (int i = 0; i < in.rows().size(); i++) {
			PlanInput.Row r = in.rows().get(i);
			String f = "rows[" + i + "].";
			CourseKind kind = null;
			try {
				kind = CourseKind.valueOf(r.kind() == null ? "" : r.kind().strip());
			}
			catch (IllegalArgumentException x) {
				e.add(new FieldError(f + "kind", Messages.text("training.plan.error.kind", i + 1, r.kind()), r.kind()));
			}
			long turns = r.turns() == null ? 0 : r.turns(), persons = r.persons() == null ? 0 : r.persons();
			if (turns < 0) {
				e.add(new FieldError(f + "turns", Messages.text("training.plan.error.negative", i + 1), turns));
			}
			if (persons < 0) {
				e.add(new FieldError(f + "persons", Messages.text("training.plan.error.negative", i + 1), persons));
			}
			else if (turns > 0 && persons > turns) {
				e.add(new FieldError(f + "persons", Messages.text("training.plan.error.personsOverTurns", i + 1),
						persons));
			}
			if (kind != null && !seen.add(kind)) {
				e.add(new FieldError(f + "kind", Messages.text("training.plan.error.kindTwice", i + 1, kind.label()),
						kind.name()));
			}
			else if (kind != null && (turns > 0 || persons > 0)) {
				out.put(kind, new long[] { Math.max(turns, 0), Math.max(persons, 0) });
			}
		}
		if (out.isEmpty()) {
			e.add(new FieldError("rows", Messages.text("training.plan.error.noTarget")));
		}
		return out;
	}

}
