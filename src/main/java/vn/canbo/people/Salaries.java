package vn.canbo.people;

import vn.canbo.shared.Messages;

/**
 * The rules of salary rows beyond their own validation: rows follow each other, so a new
 * row may not start before a stored one (that is a correction), and it closes the row
 * open before it at its own start.
 */
final class Salaries implements HistoryHooks<Salary> {

	@Override
	public void checkStored(HistoryRows rows, long personId, Salary s, Long replacing, Errors e) {
		if (replacing == null) {
			refuseLaterRows(rows, personId, s, e, "people.history.salaryLater");
		}
	}

	/**
	 * A new row may not start before a stored one: the error on {@code validFrom}
	 * (message {@code messageKey}, given the later row's start) when one exists. Also the
	 * rule of a salary decision ({@link CareerFacts#addSalary}).
	 */
	static void refuseLaterRows(HistoryRows rows, long personId, Salary s, Errors e, String messageKey) {
		rows.salariesFrom(personId, s.validFrom(), null)
			.stream()
			.findFirst()
			.ifPresent(later -> e.add("validFrom", Messages.text(messageKey, Dates.format(later.validFrom())),
					Dates.format(s.validFrom())));
	}

	@Override
	public void beforeAdd(HistoryRows rows, HistoryEnder ender, long personId, Salary s) {
		rows.openSalaryBefore(personId, s.validFrom())
			.ifPresent(prev -> ender.end(HistoryKind.SALARY, personId, prev.id(), s.validFrom()));
	}

}
