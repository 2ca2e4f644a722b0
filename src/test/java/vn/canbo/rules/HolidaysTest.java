package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditFilter;
import vn.canbo.audit.AuditLog;
import vn.canbo.rules.Holiday.Kind;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * The holiday calendar of a year (issue 13, point 6): the default until the official days
 * are recorded; a recorded swap changes a working-day deadline; bad input is refused in
 * Vietnamese.
 */
@SpringBootTest
@Transactional
class HolidaysTest {

	@Autowired
	Holidays holidays;

	@Autowired
	RuleParameters params;

	@Autowired
	AuditLog audit;

	static final String NOTICE = "Thông báo của Bộ Nội vụ (thử)";

	/**
	 * The reappointment notice (90 working days) before Monday 01/06/2026 counts Tết
	 * (16–20/02), the nghỉ bù of Giỗ Tổ (Sunday 26/04 → 27/04), 30/4 and 1/5.
	 */
	@Test
	void deadlinesCountTetAndGioTo() {
		LocalDate end = LocalDate.of(2026, 6, 1);
		WorkingDays cal = params.calendar(LocalDate.of(2026, 1, 1));
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
		assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
		// without Tết and Giỗ Tổ it was 22/01/2026
		assertThat(Terms.reappointmentStart(end, 90, cal)).isEqualTo(LocalDate.of(2026, 1, 14));
		assertThat(holidays.year(2026).recorded()).isFalse();
	}

	/** Recording the official swaps moves the deadline; the year is then stored. */
	@Test
	void recordedSwapChangesADeadline() {
		LocalDate end = LocalDate.of(2026, 6, 1);
		LocalDate before = Terms.reappointmentStart(end, 90, params.calendar(end));
		holidays.add(2026,
				new Holidays.Entry(LocalDate.of(2026, 2, 23), "Nghỉ hoán đổi Tết", Kind.SWAPPED_DAY_OFF, NOTICE));
		assertThat(holidays.year(2026).recorded()).isTrue();
		assertThat(holidays.year(2026).days()).extracting(Holiday::date)
			.contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 23));
		LocalDate swapped = Terms.reappointmentStart(end, 90, params.calendar(end));
		assertThat(swapped).isEqualTo(before.minusDays(1)).isEqualTo(LocalDate.of(2026, 1, 13));
		// the make-up Saturday gives the day back
		holidays.add(2026, new Holidays.Entry(LocalDate.of(2026, 3, 7), "Làm bù", Kind.MAKEUP_WORKING_DAY, NOTICE));
		assertThat(Terms.reappointmentStart(end, 90, params.calendar(end))).isEqualTo(before);
		// removing a default day (the PM moved it) counts it again
		holidays.remove(2026, LocalDate.of(2026, 4, 27));
		assertThat(params.calendar(end).isWorkingDay(LocalDate.of(2026, 4, 27))).isTrue();
		assertThat(Terms.reappointmentStart(end, 90, params.calendar(end))).isEqualTo(LocalDate.of(2026, 1, 15));
		// other years keep their default
		assertThat(holidays.year(2027).recorded()).isFalse();
		// audited
		assertThat(audit
			.search(new AuditFilter(null, null, "rule_holiday", "2026-02-23", AuditAction.CREATE, null, null), 0, 10)
			.total()).isEqualTo(1);
		assertThat(audit
			.search(new AuditFilter(null, null, "rule_holiday", "2026-04-27", AuditAction.DELETE, null, null), 0, 10)
			.total()).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedInVietnamese() {
		assertThatThrownBy(() -> holidays.add(2026,
				new Holidays.Entry(LocalDate.of(2027, 1, 1), "Tết Dương lịch", Kind.HOLIDAY, NOTICE)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("không thuộc năm 2026");
		assertThatThrownBy(
				() -> holidays.add(2026, new Holidays.Entry(LocalDate.of(2026, 2, 17), "Tết", Kind.HOLIDAY, NOTICE)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("đã có trong lịch nghỉ năm 2026");
		assertThatThrownBy(() -> holidays.add(2026,
				new Holidays.Entry(LocalDate.of(2026, 3, 9), "Làm bù", Kind.MAKEUP_WORKING_DAY, NOTICE)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("thứ Bảy hoặc Chủ nhật");
		assertThatThrownBy(() -> holidays.add(2026, new Holidays.Entry(null, " ", null, ""))).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting("field").containsExactly("date", "name", "kind", "legalBasis"));
		assertThatThrownBy(() -> holidays.year(1899)).isInstanceOf(ValidationException.class)
			.hasMessageContaining("từ 1900 đến 2200");
		assertThatThrownBy(() -> holidays.remove(2026, LocalDate.of(2026, 3, 10)))
			.isInstanceOf(NotFoundException.class);
		// nothing was stored by the refused changes
		assertThat(holidays.year(2026).recorded()).isFalse();
	}

}
