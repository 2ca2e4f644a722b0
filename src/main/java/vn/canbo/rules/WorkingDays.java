package vn.canbo.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Ngày làm việc: Monday to Friday, less the configured holidays (fixed "MM-dd" days every
 * year, or "yyyy-MM-dd" dates such as the lunar New Year, parameter
 * {@code calendar.holidays}).
 */
public final class WorkingDays {

	private final Set<MonthDay> yearly = new HashSet<>();

	private final Set<LocalDate> dates = new HashSet<>();

	public WorkingDays(Collection<String> holidays) {
		for (String h : holidays) {
			String s = h.strip();
			if (s.isEmpty()) {
				continue;
			}
			if (s.length() == 5) {
				yearly.add(MonthDay.parse("--" + s));
			}
			else {
				dates.add(LocalDate.parse(s));
			}
		}
	}

	public static WorkingDays weekdaysOnly() {
		return new WorkingDays(Set.of());
	}

	public boolean isWorkingDay(LocalDate d) {
		DayOfWeek w = d.getDayOfWeek();
		return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !dates.contains(d)
				&& !yearly.contains(MonthDay.from(d));
	}

	/** The date {@code n} working days before {@code d} (d itself not counted). */
	public LocalDate minus(LocalDate d, int n) {
		LocalDate x = d;
		int left = n;
		while (left > 0) {
			x = x.minusDays(1);
			if (isWorkingDay(x)) {
				left--;
			}
		}
		return x;
	}

	/** Working days in [from, to). */
	public int between(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate x = from; x.isBefore(to); x = x.plusDays(1)) {
			if (isWorkingDay(x)) {
				n++;
			}
		}
		return n;
	}

}
