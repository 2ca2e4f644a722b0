package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * APP-08 (issue 13 point 3): a reappointment is checked against the remaining working
 * time at the expiry of the CURRENT term, the same computation as the term alert and the
 * draft it creates — not against the end of the new term.
 */
@SpringBootTest
@Transactional
class ReappointmentAtExpiryTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	Alerts alerts;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	/** Appoints the man to a post from the date (term of 60 months); its position id. */
	private long appointed(long personId, long unitId, LocalDate from) {
		Decision app = decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, from,
				DecisionSubject.post(personId, unitId, "PHO_CHU_TICH_UBND", null)), Scope.all());
		decisions.issue(app.id(), null, Scope.all());
		return people.get(personId, from, Scope.all()).mainPosition().id();
	}

	private RuleResult app08(long personId, long posId, LocalDate effective) {
		Decision re = decisions.create(
				CareerFixture.draft(DecisionType.REAPPOINTMENT, effective, DecisionSubject.ofPosition(personId, posId)),
				Scope.all());
		List<RuleResult> r = decisions.check(re.id(), Scope.all());
		return r.stream().filter(x -> x.ruleId().equals("APP-08")).findFirst().orElseThrow();
	}

	/**
	 * 82 months left when the current term ends (28/02/2026; retires 01/01/2033): a plain
	 * reappointment, and the alert's draft agrees.
	 */
	@Test
	void eightyTwoMonthsLeftIsAReappointment() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Hồ Văn Khang", Gender.MALE, PartialDate.ofMonth(1970, 12), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		long pos = appointed(id, t.a().id(), LocalDate.of(2021, 3, 1));
		assertThat(people.get(id, LocalDate.of(2021, 3, 1), Scope.all()).mainPosition().termEnd())
			.isEqualTo(LocalDate.of(2026, 3, 1));
		RuleResult r = app08(id, pos, LocalDate.of(2026, 3, 1));
		assertThat(r.passed()).isTrue();
		assertThat(r.message()).contains("còn 82 tháng").doesNotContain("kéo dài");
		Decision draft = alerts.draft(Alerts.Kind.TERM_ENDING, id, pos, null, LocalDate.of(2026, 3, 1), Scope.all());
		assertThat(draft.type()).isEqualTo(DecisionType.REAPPOINTMENT);
	}

	/**
	 * At the boundary: 24 months left at the expiry is a reappointment, 23 calls for an
	 * extension (man born 05/1966, retires 01/06/2028), in the check and in the alert's
	 * draft alike.
	 */
	@Test
	void twentyFourAndTwentyThreeMonths() {
		CareerFixture.Tree t = fx.tree();
		long a = fx.person("Đỗ Văn Lộc", Gender.MALE, PartialDate.of(LocalDate.of(1966, 5, 20)), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		long posA = appointed(a, t.a().id(), LocalDate.of(2021, 6, 1)); // ends 31/05/2026
		RuleResult r24 = app08(a, posA, LocalDate.of(2026, 6, 1));
		assertThat(r24.passed()).isTrue();
		assertThat(r24.message()).contains("còn 24 tháng");
		assertThat(alerts.draft(Alerts.Kind.TERM_ENDING, a, posA, null, LocalDate.of(2026, 6, 1), Scope.all()).type())
			.isEqualTo(DecisionType.REAPPOINTMENT);

		long b = fx.person("Đỗ Văn Phúc", Gender.MALE, PartialDate.ofMonth(1966, 5), t.a().id(), 5,
				LocalDate.of(2020, 1, 1));
		long posB = appointed(b, t.a().id(), LocalDate.of(2021, 7, 1)); // ends 30/06/2026
		RuleResult r23 = app08(b, posB, LocalDate.of(2026, 7, 1));
		assertThat(r23.warns()).isTrue();
		assertThat(r23.message()).contains("còn 23 tháng", "kéo dài");
		assertThat(alerts.draft(Alerts.Kind.TERM_ENDING, b, posB, null, LocalDate.of(2026, 7, 1), Scope.all()).type())
			.isEqualTo(DecisionType.EXTENSION_TO_RETIREMENT);
	}

}
