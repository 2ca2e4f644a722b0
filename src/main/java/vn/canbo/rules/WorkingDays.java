package vn.canbo.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Ngày làm việc: Monday to Friday, less the configured holidays (fixed "MM-dd" days every
 * year, or "yyyy-MM-dd" dates, parameter {@code calendar.holidays}) and the days off of
 * each year's holiday calendar ({@link Holidays}: Tết, Giỗ Tổ, swapped days off), plus
 * its make-up working days (a Saturday or Sunday worked).
 */
public final class WorkingDays {

	private final Set<MonthDay> yearly = new HashSet<>();

	private final Set<LocalDate> dates = new HashSet<>();

	private final IntFunction<List<Holiday>> perYear;

	private final Map<Integer, Map<LocalDate, Holiday.Kind>> years = new HashMap<>();

	public WorkingDays(Collection<String> holidays) {
		this(holidays, y -> List.of());
	}

	/**
	 * @param perYear the holiday calendar of a year (read once per year)
	 */
	public WorkingDays(Collection<String> holidays, IntFunction<List<Holiday>> perYear) {
		this.perYear = perYear;
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
		Holiday.Kind kind = years.computeIfAbsent(d.getYear(), this::load).get(d);
		if (kind != null) {
			return !kind.dayOff();
		}
		DayOfWeek w = d.getDayOfWeek();
		return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !dates.contains(d)
				&& !yearly.contains(MonthDay.from(d));
	}

	private Map<LocalDate, Holiday.Kind> load(int year) {
		Map<LocalDate, Holiday.Kind> m = new HashMap<>();
		for (Holiday h : perYear.apply(year)) {
			m.put(h.date(), h.kind());
		}
		return m;
	}

	/** The date {@code n} working days before {@code d} (d itself not counted). */
	public LocalDate minus(LocalDate d, int n) {
		return step(d, n, -1);
	}

	/** The date {@code n} working days after {@code d} (d itself not counted). */
	public LocalDate plus(LocalDate d, int n) {
		return step(d, n, 1);
	}

	private LocalDate step(LocalDate d, int n, int direction) {
		LocalDate x = d;
		int left = n;
		while (left > 0) {
			x = x.plusDays(direction);
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
