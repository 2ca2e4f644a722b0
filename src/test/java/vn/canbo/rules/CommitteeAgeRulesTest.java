package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;

/**
 * APP-11 (Chỉ thị 45-CT/TW) and APP-12 (NĐ 177/2024) count the months left at the
 * congress date month-exact through {@link RemainingTime#months} (issue 13 point 5), on
 * both sides of every boundary for full, month-only and year-only birth dates.
 */
@SpringBootTest
@Transactional
class CommitteeAgeRulesTest {

	@Autowired
	RuleChecks checks;

	@Autowired
	RuleParameters params;

	static SubjectFacts man(PartialDate birth) {
		return new SubjectFacts(1L, "Nguyễn Văn An", Gender.MALE, birth, PersonCategory.CIVIL_SERVANT, List.of());
	}

	/**
	 * A man born 15/06/1970 or 06/1970 is 62 in 06/2032 (retires 01/07/2032); born in
	 * 1970 with only the year, he is counted from January (retires 01/02/2032).
	 */
	record Case(SubjectFacts person, YearMonth reached) {
	}

	static final List<Case> CASES = List.of(
			new Case(man(PartialDate.of(LocalDate.of(1970, 6, 15))), YearMonth.of(2032, 6)),
			new Case(man(PartialDate.ofMonth(1970, 6)), YearMonth.of(2032, 6)),
			new Case(man(PartialDate.ofYear(1970)), YearMonth.of(2032, 1)));

	/** The first and the last day of the month at which {@code left} months remain. */
	static LocalDate[] daysWith(YearMonth reached, int left) {
		YearMonth m = reached.minusMonths(left);
		return new LocalDate[] { m.atDay(1), m.atEndOfMonth() };
	}

	@Test
	void theExampleDates() {
		SubjectFacts f = CASES.get(0).person();
		RuleResult ok = checks.committeeAge(f, LocalDate.of(2027, 6, 30), false, false);
		assertThat(ok.passed()).isTrue();
		assertThat(ok.message()).contains("APP-11", "còn 60 tháng", "30/06/2027", "tối thiểu 60 tháng", "01/07/2032",
				"Căn cứ: Chỉ thị 45-CT/TW (14/4/2025)");
		RuleResult late = checks.committeeAge(f, LocalDate.of(2027, 7, 1), false, false);
		assertThat(late.warns()).isTrue();
		assertThat(late.blocks()).isFalse();
		assertThat(late.message()).contains("Không đủ tuổi", "còn 59 tháng", "lần đầu");
		assertThat(late.legalBasis()).isEqualTo("Chỉ thị 45-CT/TW (14/4/2025)");
		assertThat(late.key()).isEqualTo("committee.min_remaining_months_first");
	}

	@Test
	void firstMembershipNeeds60Months() {
		for (Case c : CASES) {
			for (LocalDate d : daysWith(c.reached(), 60)) {
				assertThat(checks.committeeAge(c.person(), d, false, false).passed()).as("%s %s", c, d).isTrue();
				// a provincial deputy secretary joining for the first time: still 60
				assertThat(checks.committeeAge(c.person(), d, false, true).passed()).as("%s %s", c, d).isTrue();
			}
			for (LocalDate d : daysWith(c.reached(), 59)) {
				assertThat(checks.committeeAge(c.person(), d, false, false).warns()).as("%s %s", c, d).isTrue();
				assertThat(checks.committeeAge(c.person(), d, false, true).warns()).as("%s %s", c, d).isTrue();
				// but 59 months are enough for a re-election
				assertThat(checks.committeeAge(c.person(), d, true, false).passed()).as("%s %s", c, d).isTrue();
			}
		}
	}

	@Test
	void reelectionNeeds48Months() {
		for (Case c : CASES) {
			for (LocalDate d : daysWith(c.reached(), 48)) {
				RuleResult r = checks.committeeAge(c.person(), d, true, false);
				assertThat(r.passed()).as("%s %s", c, d).isTrue();
				assertThat(r.message()).contains("còn 48 tháng", "tối thiểu 48 tháng", "tái cử cấp ủy");
			}
			for (LocalDate d : daysWith(c.reached(), 47)) {
				RuleResult r = checks.committeeAge(c.person(), d, true, false);
				assertThat(r.warns()).as("%s %s", c, d).isTrue();
				assertThat(r.message()).contains("còn 47 tháng", "Chỉ thị 45-CT/TW");
				// the provincial deputy secretary's special case
				assertThat(checks.committeeAge(c.person(), d, true, true).passed()).as("%s %s", c, d).isTrue();
			}
		}
	}

	@Test
	void provincialDeputySecretaryReelectionNeeds42Months() {
		for (Case c : CASES) {
			for (LocalDate d : daysWith(c.reached(), 42)) {
				RuleResult r = checks.committeeAge(c.person(), d, true, true);
				assertThat(r.passed()).as("%s %s", c, d).isTrue();
				assertThat(r.key()).isEqualTo("committee.min_remaining_months_reelection_deputy_secretary_province");
				assertThat(r.message()).contains("còn 42 tháng", "tối thiểu 42 tháng", "Phó Bí thư");
			}
			for (LocalDate d : daysWith(c.reached(), 41)) {
				assertThat(checks.committeeAge(c.person(), d, true, true).warns()).as("%s %s", c, d).isTrue();
			}
		}
	}

	@Test
	void policyGroupBoundaries() {
		for (Case c : CASES) {
			for (LocalDate d : daysWith(c.reached(), 61)) {
				assertThat(checks.policyGroup(c.person(), d).group()).as("%s %s", c, d)
					.isEqualTo(PolicyGroup.Group.NONE);
			}
			for (int left : new int[] { 60, 30 }) {
				for (LocalDate d : daysWith(c.reached(), left)) {
					PolicyGroup g = checks.policyGroup(c.person(), d);
					assertThat(g.group()).as("%s %s", c, d).isEqualTo(PolicyGroup.Group.ELIGIBLE_30_60);
					assertThat(g.monthsLeft()).isEqualTo(left);
					assertThat(g.result().passed()).isTrue();
					assertThat(g.result().message()).contains("APP-12", "Còn đủ tuổi tái cử", "còn " + left + " tháng");
				}
			}
			for (LocalDate d : daysWith(c.reached(), 29)) {
				PolicyGroup g = checks.policyGroup(c.person(), d);
				assertThat(g.group()).as("%s %s", c, d).isEqualTo(PolicyGroup.Group.NOT_ELIGIBLE);
				assertThat(g.monthsLeft()).isEqualTo(29);
				assertThat(g.result().warns()).isTrue();
				assertThat(g.result().message()).contains("Không đủ tuổi tái cử", "còn 29 tháng", "dưới 30 tháng");
				assertThat(g.legalBasis()).isEqualTo("Nghị định 177/2024/NĐ-CP (31/12/2024)");
			}
		}
		// after retirement the months are negative: still not eligible
		SubjectFacts f = CASES.get(0).person();
		assertThat(checks.policyGroup(f, LocalDate.of(2033, 1, 1)).group()).isEqualTo(PolicyGroup.Group.NOT_ELIGIBLE);
		assertThat(checks.committeeAge(f, LocalDate.of(2033, 1, 1), true, true).passed()).isFalse();
	}

	@Test
	void theParameterVersionInForceOnTheCongressDateApplies() {
		params.change("committee.min_remaining_months_reelection",
				new RuleParameters.Change("54", RuleMode.BLOCK, "Văn bản thử nghiệm", LocalDate.of(2028, 1, 1), null));
		params.change("policy.not_eligible_reelection_lt_months",
				new RuleParameters.Change("36", RuleMode.WARN, "Văn bản thử nghiệm", LocalDate.of(2029, 1, 1), null));
		SubjectFacts f = CASES.get(1).person(); // reached 06/2032
		// 31/12/2027: 54 months left, old version (48, WARN)
		RuleResult before = checks.committeeAge(f, LocalDate.of(2027, 12, 31), true, false);
		assertThat(before.passed()).isTrue();
		assertThat(before.legalBasis()).isEqualTo("Chỉ thị 45-CT/TW (14/4/2025)");
		// 01/01/2028: 53 months left < 54, new version BLOCKs and cites its text
		RuleResult after = checks.committeeAge(f, LocalDate.of(2028, 1, 1), true, false);
		assertThat(after.blocks()).isTrue();
		assertThat(after.message()).contains("còn 53 tháng", "tối thiểu 54 tháng", "Căn cứ: Văn bản thử nghiệm");
		// 31/12/2028: 42 months under the 30 in force; 07/2029: 35 months < 36 from 2029
		assertThat(checks.policyGroup(f, LocalDate.of(2028, 12, 31)).group())
			.isEqualTo(PolicyGroup.Group.ELIGIBLE_30_60);
		assertThat(checks.policyGroup(f, LocalDate.of(2029, 7, 1)).group()).isEqualTo(PolicyGroup.Group.NOT_ELIGIBLE);
		assertThat(checks.policyGroup(f, LocalDate.of(2029, 7, 1)).monthsLeft()).isEqualTo(35);
		assertThat(checks.policyGroup(f, LocalDate.of(2029, 7, 1)).legalBasis()).isEqualTo("Văn bản thử nghiệm");
		assertThat(checks.policyGroup(f, LocalDate.of(2028, 12, 31)).legalBasis())
			.isEqualTo("Nghị định 177/2024/NĐ-CP (31/12/2024)");
	}

	@Test
	void theParametersCiteTheirTextsFromTheirDates() {
		for (String k : List.of("committee.min_remaining_months_first", "committee.min_remaining_months_reelection",
				"committee.min_remaining_months_reelection_deputy_secretary_province")) {
			RuleParameter p = params.history(k).get(0);
			assertThat(p.effectiveFrom()).as(k).isEqualTo(LocalDate.of(2025, 4, 14));
			assertThat(p.ruleId()).isEqualTo("APP-11");
			assertThat(p.mode()).isEqualTo(RuleMode.WARN);
		}
		assertThat(params.intValue("committee.min_remaining_months_first", LocalDate.of(2025, 4, 14))).isEqualTo(60);
		assertThat(params.intValue("committee.min_remaining_months_reelection", LocalDate.of(2025, 4, 14)))
			.isEqualTo(48);
		assertThat(params.intValue("policy.eligible_reelection_lt_months", LocalDate.of(2025, 1, 1))).isEqualTo(60);
		assertThat(params.find("policy.not_eligible_reelection_lt_months", LocalDate.of(2024, 12, 30))).isEmpty();
	}

}
