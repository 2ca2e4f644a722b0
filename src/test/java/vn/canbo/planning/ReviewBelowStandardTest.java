package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.planning.ReviewProposal.Reason;
import vn.canbo.shared.Scope;

/**
 * The annual review's BELOW_STANDARD proposal at its boundary: the seeded standard of Chủ
 * tịch UBND at commune level asks QP-AN group 3 (V14_3); a holder of exactly group 3 is
 * never proposed, one whose group 3 ends (valid to 30/06/2026, exclusive) and who keeps
 * group 4, one level below, is proposed from that day on, with the gap named.
 */
@SpringBootTest
class ReviewBelowStandardTest {

	static final String TITLE = "CHU_TICH_UBND";

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	PlanReviews reviews;

	List<ReviewProposal> proposals(Plan plan, long person, LocalDate on) {
		return reviews.proposals(plan.id(), on, Scope.all())
			.stream()
			.filter(p -> p.candidate().personId() == person)
			.toList();
	}

	List<Reason> reasons(Plan plan, long person, LocalDate on) {
		return proposals(plan, person, on).stream()
			.flatMap(p -> p.findings().stream())
			.map(ReviewProposal.Finding::reason)
			.toList();
	}

	long holder(String name, long unit, String group, LocalDate validTo) {
		long id = fx.bare(name, unit, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1986, 5, 10));
		fx.people.add(id, HistoryKind.QUALIFICATION, new Qualification(null, QualificationKind.DEFENCE_SECURITY, group,
				null, null, null, LocalDate.of(2020, 1, 1), validTo), Scope.all());
		return id;
	}

	@Test
	void exactlyMeetingIsKeptOneLevelBelowIsProposed() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), TITLE);
		LocalDate ends = LocalDate.of(2026, 6, 30);
		long exact = holder("Bà Vừa Đủ Chuẩn", t.a().id(), "DT3", null);
		long below = holder("Bà Thấp Một Bậc", t.a().id(), "DT3", ends);
		fx.people.add(below, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.DEFENCE_SECURITY, "DT4", LocalDate.of(2019, 1, 1)), Scope.all());
		// both meet the standard when added: no justification needed
		Candidate c1 = plans.add(plan.id(), PlanningFixture.in(TITLE, exact), Scope.all());
		Candidate c2 = plans.add(plan.id(), PlanningFixture.in(TITLE, below), Scope.all());
		assertThat(c1.overrides()).isEmpty();
		assertThat(c2.overrides()).isEmpty();

		assertThat(reasons(plan, exact, ends)).isEmpty();
		assertThat(reasons(plan, exact, LocalDate.of(2027, 1, 20))).isEmpty();
		assertThat(reasons(plan, below, ends.minusDays(1))).isEmpty();
		assertThat(reasons(plan, below, ends)).containsExactly(Reason.BELOW_STANDARD);
		assertThat(proposals(plan, below, ends).get(0).findings().get(0).message()).contains("PLAN-09")
			.contains("Đối tượng 3")
			.contains("Đối tượng 4");
	}

}
