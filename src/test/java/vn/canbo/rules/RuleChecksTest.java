package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.ValidationException;

/** Rule checks with the seeded parameters, at their boundaries; parameter versions. */
@SpringBootTest
@Transactional
class RuleChecksTest {

	@Autowired
	RuleChecks checks;

	@Autowired
	RuleParameters params;

	static SubjectFacts man(PartialDate birth, Discipline... d) {
		return new SubjectFacts(1L, "Nguyễn Văn An", Gender.MALE, birth, PersonCategory.CIVIL_SERVANT, List.of(d));
	}

	@Test
	void ageGateWorkedExample() {
		SubjectFacts f = man(PartialDate.ofMonth(1965, 2));
		RuleResult ok = checks.ageGate(f, LocalDate.of(2021, 8, 1));
		assertThat(ok.passed()).isTrue();
		assertThat(ok.ruleId()).isEqualTo("APP-04");
		RuleResult late = checks.ageGate(f, LocalDate.of(2021, 9, 1));
		assertThat(late.passed()).isFalse();
		assertThat(late.blocks()).isTrue();
		assertThat(late.message()).contains("APP-04", "59 tháng", "Kết luận 08-KL/TW");
	}

	@Test
	void disciplineWaitBoundaries() {
		LocalDate decided = LocalDate.of(2022, 5, 10);
		for (String[] c : new String[][] { { "KHIEN_TRACH", "24" }, { "CANH_CAO", "36" }, { "CACH_CHUC", "60" } }) {
			SubjectFacts f = man(PartialDate.ofYear(1980),
					new Discipline(1L, DisciplineKind.ADMINISTRATIVE, c[0], decided, decided, null, null, null, null));
			LocalDate until = decided.plusMonths(Integer.parseInt(c[1]));
			assertThat(checks.disciplineWait(f, until.minusDays(1))).anyMatch(RuleResult::blocks);
			assertThat(checks.disciplineWait(f, until)).noneMatch(r -> !r.passed());
		}
		// other forms do not delay an appointment under APP-09
		SubjectFacts f = man(PartialDate.ofYear(1980),
				new Discipline(1L, DisciplineKind.PARTY, "HA_BAC_LUONG", decided, decided, null, null, null, null));
		assertThat(checks.disciplineWait(f, decided.plusDays(1))).allMatch(RuleResult::passed);
	}

	@Test
	void aRevokedDisciplineNoLongerDelaysAnAppointment() {
		LocalDate decided = LocalDate.of(2022, 5, 10), revoked = LocalDate.of(2023, 2, 1);
		SubjectFacts f = man(PartialDate.ofYear(1980),
				new Discipline(1L, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH", decided, decided, null, null, null,
						null, new Discipline.Revocation("5/QĐ", revoked, "UBND tỉnh", "Khiếu nại đúng")));
		assertThat(checks.disciplineWait(f, revoked.minusDays(1))).anyMatch(RuleResult::blocks);
		assertThat(checks.disciplineWait(f, revoked)).allMatch(RuleResult::passed);
	}

	@Test
	void rotationBoundaries() {
		SubjectFacts f = man(PartialDate.ofMonth(1980, 6)); // 62y → retires 1/7/2042
		LocalDate from = LocalDate.of(2026, 1, 1);
		assertThat(checks.rotationDuration(f, from, from.plusMonths(36)).passed()).isTrue();
		assertThat(checks.rotationDuration(f, from, from.plusMonths(36).minusDays(1)).blocks()).isTrue();
		assertThat(checks.rotationDuration(f, from, null).blocks()).isTrue();
		// exactly 120 months left on 1/7/2032 (born 6/1980, 744 months)
		assertThat(checks.rotationRemaining(f, LocalDate.of(2032, 6, 1)).passed()).isTrue();
		assertThat(checks.rotationRemaining(f, LocalDate.of(2032, 7, 1)).passed()).isFalse();
		assertThat(checks.rotationRemaining(f, LocalDate.of(2032, 7, 1)).message()).contains("ROT-03",
				"Nghị định 138/2020");
	}

	@Test
	void reappointmentOrExtension() {
		SubjectFacts f = man(PartialDate.ofMonth(1966, 6)); // 62y → retires 1/7/2028
		LocalDate eff = LocalDate.of(2026, 3, 1);
		LocalDate end = Terms.termEnd(eff, 60);
		assertThat(checks.reappointment(f, eff, end).warns()).isTrue();
		assertThat(checks.extension(f, eff, end).passed()).isTrue();
		SubjectFacts young = man(PartialDate.ofMonth(1975, 1));
		assertThat(checks.reappointment(young, eff, end).passed()).isTrue();
		assertThat(checks.extension(young, eff, end).passed()).isFalse();
	}

	@Test
	void retirementDateAndTiming() {
		SubjectFacts f = man(PartialDate.ofMonth(1964, 10)); // → 1/5/2026
		assertThat(checks.retirementDate(f, LocalDate.of(2026, 5, 1)).passed()).isTrue();
		assertThat(checks.retirementDate(f, LocalDate.of(2026, 4, 1)).warns()).isTrue();
		assertThat(checks.retirementTiming(f, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 2, 1)))
			.allMatch(RuleResult::passed);
		assertThat(checks.retirementTiming(f, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 2, 2)))
			.anyMatch(RuleResult::warns);
	}

	@Test
	void parameterVersionsAndValidation() {
		RuleParameter now = params.get("rotation.min_months", LocalDate.of(2026, 1, 1));
		assertThat(now.intValue()).isEqualTo(36);
		assertThat(now.legalBasis()).contains("Quy định 65-QĐ/TW");
		int versions = params.history("rotation.min_months").size();
		params.change("rotation.min_months",
				new RuleParameters.Change("48", RuleMode.WARN, "Thử nghiệm", LocalDate.of(2030, 1, 1), null));
		assertThat(params.intValue("rotation.min_months", LocalDate.of(2029, 12, 31))).isEqualTo(36);
		assertThat(params.get("rotation.min_months", LocalDate.of(2030, 1, 1)).mode()).isEqualTo(RuleMode.WARN);
		assertThat(params.history("rotation.min_months")).hasSize(versions + 1);
		assertThatThrownBy(() -> params.change("rotation.min_months",
				new RuleParameters.Change("abc", null, "", LocalDate.of(2020, 1, 1), null)))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
				.contains("value", "mode", "legalBasis", "effectiveFrom"));
	}

}
