package vn.canbo.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.rules.Holiday.Kind;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * The holiday calendar of each year (tables {@code rule_holiday_year},
 * {@code rule_holiday}): the computed default ({@link HolidayDefaults}) until an
 * administrator records the official days and swaps of the year (the Prime Minister's
 * notice); the first change stores the default, then the change. Audited.
 */
@Service
public class Holidays {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2200;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	Holidays(JdbcClient jdbc, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** The calendar of a year: recorded or default. */
	public record Year(int year, boolean recorded, String recordedBy, Instant recordedAt, List<Holiday> days) {
	}

	/** A day to add to a year. */
	public record Entry(LocalDate date, String name, Kind kind, String legalBasis) {
	}

	public Year year(int year) {
		checkYear(year);
		Optional<Year> recorded = jdbc.sql("select * from rule_holiday_year where year = ?")
			.param(year)
			.query((rs, n) -> new Year(year, true, rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant(), List.of()))
			.optional();
		if (recorded.isEmpty()) {
			// not recorded yet: the computed defaults, named in the page's language
			return new Year(year, false, null, null, HolidayDefaults.of(year, Messages.locale()));
		}
		List<Holiday> days = jdbc.sql("select * from rule_holiday where year = ? order by day")
			.param(year)
			.query(Holidays::row)
			.list();
		Year y = recorded.get();
		return new Year(year, true, y.recordedBy(), y.recordedAt(), days);
	}

	/** The days of the year (outside 1900–2200: none). */
	public List<Holiday> days(int year) {
		return year < MIN_YEAR || year > MAX_YEAR ? List.of() : year(year).days();
	}

	@Transactional
	public Holiday add(int year, Entry e) {
		checkYear(year);
		List<FieldError> errors = new ArrayList<>();
		if (e.date() == null) {
			errors.add(new FieldError("date", Messages.text("rules.holiday.error.dateRequired"), null));
		}
		else if (e.date().getYear() != year) {
			errors.add(new FieldError("date",
					Messages.text("rules.holiday.error.dateOutsideYear", e.date().toString(), String.valueOf(year)),
					e.date()));
		}
		else if (year(year).days().stream().anyMatch(h -> h.date().equals(e.date()))) {
			errors.add(new FieldError("date",
					Messages.text("rules.holiday.error.duplicate", e.date().toString(), String.valueOf(year)),
					e.date()));
		}
		if (e.name() == null || e.name().isBlank() || e.name().strip().length() > 200) {
			errors.add(new FieldError("name", Messages.text("rules.holiday.error.nameRequired"), e.name()));
		}
		if (e.kind() == null) {
			errors.add(new FieldError("kind", Messages.text("rules.holiday.error.kindRequired"), null));
		}
		else if (e.kind() == Kind.MAKEUP_WORKING_DAY && e.date() != null
				&& e.date().getDayOfWeek() != DayOfWeek.SATURDAY && e.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
			errors.add(new FieldError("kind", Messages.text("rules.holiday.error.makeupNotWeekend"), e.kind()));
		}
		if (e.legalBasis() == null || e.legalBasis().isBlank() || e.legalBasis().strip().length() > 500) {
			errors.add(new FieldError("legalBasis", Messages.text("rules.holiday.error.legalBasisRequired"),
					e.legalBasis()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		materialize(year);
		Holiday h = new Holiday(e.date(), e.name().strip(), e.kind(), e.legalBasis().strip());
		insert(year, h);
		audit.record(AuditAction.CREATE, "rule_holiday", e.date().toString(), null, null, h);
		return h;
	}

	@Transactional
	public void remove(int year, LocalDate date) {
		checkYear(year);
		Holiday before = year(year).days()
			.stream()
			.filter(h -> h.date().equals(date))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(
					Messages.text("rules.holiday.error.notFound", String.valueOf(date), String.valueOf(year))));
		materialize(year);
		jdbc.sql("delete from rule_holiday where year = ? and day = ?").params(year, date).update();
		audit.record(AuditAction.DELETE, "rule_holiday", date.toString(), null, before, null);
	}

	/** Stores the default of the year, the first time the year is changed. */
	private void materialize(int year) {
		int n = jdbc.sql("insert into rule_holiday_year (year, recorded_by) values (?, ?) on conflict do nothing")
			.params(year, currentUser.username())
			.update();
		if (n == 1) {
			HolidayDefaults.of(year).forEach(h -> insert(year, h));
		}
	}

	private void insert(int year, Holiday h) {
		jdbc.sql("insert into rule_holiday (year, day, name, kind, legal_basis) values (?, ?, ?, ?, ?)")
			.params(year, h.date(), h.name(), h.kind().name(), h.legalBasis())
			.update();
	}

	private static void checkYear(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new ValidationException("year", Messages.text("rules.holiday.error.yearRange"));
		}
	}

	private static Holiday row(ResultSet rs, int n) throws SQLException {
		return new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name"),
				Kind.valueOf(rs.getString("kind")), rs.getString("legal_basis"));
	}

}
