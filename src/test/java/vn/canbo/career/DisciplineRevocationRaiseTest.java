package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Scope;

/**
 * Issue 15, point 2 (career's part): a revoked discipline no longer delays the regular
 * raise from the revocation date (TT 08/2013 Art. 2.3: khiển trách of a công chức +6
 * months) — before it, the delay stands.
 */
@SpringBootTest
@Transactional
class DisciplineRevocationRaiseTest {

	@Autowired
	DecisionService decisions;

	@Autowired
	CareerFixture fx;

	@Autowired
	PersonService people;

	/** The regular raise check of the person on the day (SAL-01). */
	RuleResult raise(long id, LocalDate day) {
		Decision d = decisions.create(
				CareerFixture.draft(DecisionType.SALARY_STEP_REGULAR, day, DecisionSubject.salary(id, "01.003", 4)),
				Scope.all());
		return decisions.check(d.id(), Scope.all())
			.stream()
			.filter(x -> x.ruleId().equals("SAL-01"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theDelayEndsOnTheRevocationDate() {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Mai Văn Hủy", t.a().id()); // step 3 from 1/1/2020: due
														// 1/1/2023
		LocalDate decided = LocalDate.of(2021, 5, 1), revoked = LocalDate.of(2023, 3, 1);
		Discipline d = people.add(id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE,
				"KHIEN_TRACH", decided, decided, null, "UBND tỉnh", "Vi phạm", "03/QĐ-KL"), Scope.all());
		assertThat(raise(id, revoked).message()).contains("kéo dài 6 tháng");

		people.revokeDiscipline(id, d.id(),
				new Discipline.Revocation("09/QĐ-UBND", revoked, "Chủ tịch UBND tỉnh", "Giải quyết khiếu nại"),
				Scope.all());
		RuleResult before = raise(id, revoked.minusDays(1));
		assertThat(before.blocks()).isTrue();
		assertThat(before.message()).contains("kéo dài 6 tháng");
		assertThat(raise(id, revoked).passed()).isTrue();
	}

}
