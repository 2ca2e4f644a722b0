package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;

/**
 * The rules that count remaining working time do so month-exact (issue 13 point 5):
 * APP-04 and ROT-03 on both sides of their boundaries for full, month-only and year-only
 * birth dates; APP-08 measured at the expiry of the current term (point 3).
 */
@SpringBootTest
@Transactional
class RemainingTimeRulesTest {

	@Autowired
	RuleChecks checks;

	static SubjectFacts person(Gender g, PartialDate birth) {
		return new SubjectFacts(1L, "Nguyễn Văn An", g, birth, PersonCategory.CIVIL_SERVANT, List.of());
	}

	static SubjectFacts man(PartialDate birth) {
		return person(Gender.MALE, birth);
	}

	/** APP-04: the case, a man born 28/02/1965 retires 01/09/2026. */
	@Test
	void ageGateFullBirthDate() {
		SubjectFacts f = man(PartialDate.of(LocalDate.of(1965, 2, 28)));
		assertThat(checks.ageGate(f, LocalDate.of(2021, 8, 1)).passed()).isTrue();
		RuleResult last = checks.ageGate(f, LocalDate.of(2021, 8, 31));
		assertThat(last.passed()).isTrue();
		assertThat(last.message()).contains("còn 60 tháng");
		for (LocalDate late : new LocalDate[] { LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 27) }) {
			RuleResult r = checks.ageGate(f, late);
			assertThat(r.blocks()).isTrue();
			assertThat(r.message()).contains("APP-04", "còn 59 tháng", "01/09/2026");
		}
	}

	@Test
	void ageGateMonthAndYearOnly() {
		SubjectFacts month = man(PartialDate.ofMonth(1965, 2));
		assertThat(checks.ageGate(month, LocalDate.of(2021, 8, 31)).passed()).isTrue();
		assertThat(checks.ageGate(month, LocalDate.of(2021, 9, 27)).blocks()).isTrue();
		// year only: from January 1965 → 61y6m, retires 01/08/2026
		SubjectFacts year = man(PartialDate.ofYear(1965));
		assertThat(checks.ageGate(year, LocalDate.of(2021, 7, 31)).message()).contains("còn 60 tháng");
		assertThat(checks.ageGate(year, LocalDate.of(2021, 7, 31)).passed()).isTrue();
		assertThat(checks.ageGate(year, LocalDate.of(2021, 8, 1)).blocks()).isTrue();
		// a full date late in a month counts like its month: 31/01/1965 → 01/08/2026 too
		SubjectFacts late = man(PartialDate.of(LocalDate.of(1965, 1, 31)));
		assertThat(checks.ageGate(late, LocalDate.of(2021, 7, 31)).passed()).isTrue();
		assertThat(checks.ageGate(late, LocalDate.of(2021, 8, 15)).blocks()).isTrue();
	}

	@Test
	void ageGateWoman() {
		// born 15/05/1975: 60y, reached 05/2035, retires 01/06/2035
		SubjectFacts f = person(Gender.FEMALE, PartialDate.of(LocalDate.of(1975, 5, 15)));
		assertThat(checks.ageGate(f, LocalDate.of(2030, 5, 31)).passed()).isTrue();
		assertThat(checks.ageGate(f, LocalDate.of(2030, 6, 1)).blocks()).isTrue();
		assertThat(checks.ageGate(f, LocalDate.of(2030, 6, 1)).message()).contains("còn 59 tháng");
	}

	/** ROT-03: 10 years = 120 months. */
	@Test
	void rotationRemainingBoundaries() {
		// 15/06/1980 or 06/1980: 62y, retires 01/07/2042
		for (PartialDate b : new PartialDate[] { PartialDate.of(LocalDate.of(1980, 6, 15)),
				PartialDate.ofMonth(1980, 6) }) {
			assertThat(checks.rotationRemaining(man(b), LocalDate.of(2032, 6, 30)).passed()).isTrue();
			assertThat(checks.rotationRemaining(man(b), LocalDate.of(2032, 6, 30)).message()).contains("còn 120 tháng");
			RuleResult r = checks.rotationRemaining(man(b), LocalDate.of(2032, 7, 1));
			assertThat(r.blocks()).isTrue();
			assertThat(r.message()).contains("còn 119 tháng");
		}
		// year only: from January 1980, retires 01/02/2042
		SubjectFacts year = man(PartialDate.ofYear(1980));
		assertThat(checks.rotationRemaining(year, LocalDate.of(2032, 1, 31)).passed()).isTrue();
		assertThat(checks.rotationRemaining(year, LocalDate.of(2032, 2, 1)).blocks()).isTrue();
	}

	/**
	 * APP-08: the threshold (24 months) applies to the time left at the expiry of the
	 * current term. A man born (on any day of) 05/1966 retires 01/06/2028.
	 */
	@Test
	void reappointmentAtExpiryBoundaries() {
		for (PartialDate b : new PartialDate[] { PartialDate.of(LocalDate.of(1966, 5, 31)),
				PartialDate.ofMonth(1966, 5) }) {
			SubjectFacts f = man(b);
			LocalDate eff = LocalDate.of(2026, 3, 1);
			// 25 months at the expiry (term ends 30/04/2026)
			RuleResult r25 = checks.reappointment(f, eff, LocalDate.of(2026, 5, 1));
			assertThat(r25.passed()).isTrue();
			assertThat(r25.message()).contains("còn 25 tháng").doesNotContain("kéo dài");
			assertThat(checks.extension(f, eff, LocalDate.of(2026, 5, 1)).warns()).isTrue();
			// 24 months: reappoint
			assertThat(checks.reappointment(f, eff, LocalDate.of(2026, 6, 1)).passed()).isTrue();
			assertThat(checks.extension(f, eff, LocalDate.of(2026, 6, 1)).passed()).isFalse();
			// 23 months: extend instead
			RuleResult r23 = checks.reappointment(f, eff, LocalDate.of(2026, 7, 1));
			assertThat(r23.warns()).isTrue();
			assertThat(r23.message()).contains("APP-08", "còn 23 tháng", "kéo dài");
			assertThat(checks.extension(f, eff, LocalDate.of(2026, 7, 1)).passed()).isTrue();
			assertThat(checks.extension(f, eff, LocalDate.of(2026, 7, 1)).message()).contains("còn 23 tháng");
		}
		// year only 1966: from January → 61y9m, retires 01/11/2027
		SubjectFacts year = man(PartialDate.ofYear(1966));
		LocalDate eff = LocalDate.of(2025, 6, 1);
		assertThat(checks.reappointment(year, eff, LocalDate.of(2025, 11, 1)).passed()).isTrue();
		assertThat(checks.reappointment(year, eff, LocalDate.of(2025, 12, 1)).warns()).isTrue();
	}

	/**
	 * The case: 82 months left at the expiry of the current term is a plain
	 * reappointment, although retirement falls before the end of the new term.
	 */
	@Test
	void eightyTwoMonthsIsAReappointment() {
		SubjectFacts f = man(PartialDate.ofMonth(1970, 12)); // 62y, retires 01/01/2033
		RuleResult r = checks.reappointment(f, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
		assertThat(r.passed()).isTrue();
		assertThat(r.message()).contains("còn 82 tháng").doesNotContain("kéo dài");
		assertThat(checks.extension(f, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).warns()).isTrue();
	}

}
