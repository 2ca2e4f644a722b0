package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.RetirementCategoryFact;
import vn.canbo.rules.Retirement;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The reports' "HUU" age band (SQL) counts exactly those whose retirement date from the
 * one Java function ({@link Retirement}) is on or before the date, for a sweep of birth
 * dates around the cut-offs of both sexes (issue 13, point 8), and with the person's own
 * age when a retirement category is in force (point 9).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetirementBandTest {

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	StatisticsService stats;

	UnitView province;

	/** A person of the sweep and the adjustment of their retirement category. */
	record Swept(PersonData data, int adjust) {
	}

	final List<Swept> persons = new ArrayList<>();

	@BeforeAll
	void sweep() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units.create(new UnitService.NewUnit("RP-" + k, "Tỉnh Hưu " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView commune = units.create(new UnitService.NewUnit("RC-" + k, "Xã Hưu " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, province.id(), founded));
		UnitView ubnd = units.create(new UnitService.NewUnit("RU-" + k, "UBND xã Hưu " + k, null, "UBND",
				AdminLevel.COMMUNE, commune.id(), founded));
		// men born 11/1963–06/1965 (retiring 2025–2026), women 01/1968–08/1969; first and
		// last day of each month, and the month or year alone
		add(ubnd, Gender.MALE, LocalDate.of(1963, 11, 1), 20);
		add(ubnd, Gender.FEMALE, LocalDate.of(1968, 1, 1), 20);
		for (int y : new int[] { 1964, 1965, 1968, 1969 }) {
			person(ubnd, y < 1966 ? Gender.MALE : Gender.FEMALE, PartialDate.ofYear(y), null, 0);
		}
		// with a retirement category: men 5 years earlier, women 5 years later, both
		// due in the swept dates; some of the normal sweep 13 months earlier
		for (int i = 0; i < 20; i++) {
			LocalDate m = LocalDate.of(1968, 6, 1).plusMonths(i);
			person(ubnd, Gender.MALE, PartialDate.of(m), RetirementCategory.HEAVY_HAZARDOUS, 60);
			LocalDate w = LocalDate.of(1964, 1, 1).plusMonths(i);
			person(ubnd, Gender.FEMALE, PartialDate.of(w.plusDays(14)), RetirementCategory.WOMAN_LEADER, 60);
			person(ubnd, i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
					PartialDate.of((i % 2 == 0 ? LocalDate.of(1964, 3, 1) : LocalDate.of(1968, 8, 1)).plusMonths(i)),
					RetirementCategory.DIFFICULT_AREA, 13);
		}
		// a category that ended, or starts after the dates, does not count
		person(ubnd, Gender.MALE, PartialDate.ofMonth(1968, 9), RetirementCategory.REDUCED_CAPACITY, 60,
				LocalDate.of(2030, 1, 1), null);
		person(ubnd, Gender.MALE, PartialDate.ofMonth(1968, 10), RetirementCategory.REDUCED_CAPACITY, 60,
				LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
	}

	private void add(UnitView unit, Gender g, LocalDate first, int months) {
		for (int i = 0; i < months; i++) {
			LocalDate m = first.plusMonths(i);
			person(unit, g, PartialDate.of(m), null, 0);
			person(unit, g, PartialDate.of(m.withDayOfMonth(m.lengthOfMonth())), null, 0);
			if (i % 3 == 0) {
				person(unit, g, PartialDate.ofMonth(m.getYear(), m.getMonthValue()), null, 0);
			}
		}
	}

	private void person(UnitView unit, Gender g, PartialDate birth, RetirementCategory c, int months) {
		person(unit, g, birth, c, months, LocalDate.of(2020, 1, 1), null);
	}

	private void person(UnitView unit, Gender g, PartialDate birth, RetirementCategory c, int months, LocalDate from,
			LocalDate to) {
		PersonData d = PersonData.basic(PersonCategory.CIVIL_SERVANT, "Người Hưu " + letters(persons.size()), g, birth);
		long id = people
			.create(new NewPerson(d, Position.main(unit.id(), "CHUYEN_VIEN", "CHUYEN_VIEN", LocalDate.of(2015, 1, 1)),
					null, List.of()), Scope.all())
			.id();
		if (c != null) {
			people.add(id, HistoryKind.RETIREMENT_CATEGORY,
					new RetirementCategoryFact(null, c, months, from, to, "Xác nhận", null), Scope.all());
		}
		boolean inForce = c != null && from.isBefore(LocalDate.of(2025, 1, 1)) && to == null;
		persons.add(new Swept(d, inForce ? c.adjustMonths(months) : 0));
	}

	/** A name of letters only: 0 → "Aa", 1 → "Ab", … */
	static String letters(int i) {
		return String.valueOf((char) ('A' + i / 26 % 26)) + (char) ('a' + i % 26);
	}

	@Test
	void retiredBandEqualsTheJavaFunction() {
		int dates = 0;
		for (LocalDate d = LocalDate.of(2025, 3, 31); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(23)) {
			for (LocalDate on : new LocalDate[] { d, d.withDayOfMonth(1), d.withDayOfMonth(1).minusDays(1) }) {
				LocalDate at = on;
				long expected = persons.stream()
					.filter(p -> !Retirement.of(p.data().gender(), p.data().birthDate(), p.adjust(), 6, 3)
						.retirementDate()
						.isAfter(at))
					.count();
				StatisticsTable t = stats.pivot(Population.adHoc(province.id(), null, null, on), on, Dim.AGE_BAND_CIVIL,
						Dim.TOTAL, Map.of(), Scope.all());
				long huu = t.rows().stream().filter(r -> r.key().equals("HUU")).mapToLong(r -> r.total()).sum();
				assertThat(huu).as("retired on %s", on).isEqualTo(expected);
				assertThat(t.grandTotal()).isEqualTo(persons.size());
				dates++;
			}
		}
		assertThat(dates).isGreaterThan(50);
	}

}
