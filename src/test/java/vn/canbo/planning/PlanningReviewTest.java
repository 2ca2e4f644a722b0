package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.evaluation.Rating;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.Position;
import vn.canbo.planning.ReviewProposal.Reason;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Annual review: each proposal reason at its boundary (the day before / the day), and the
 * confirmation all-or-nothing, audited, outside the scope 404.
 */
@SpringBootTest
class PlanningReviewTest {

	@Autowired
	PlanningFixture fx;

	@Autowired
	PlanningRatings ratings;

	@Autowired
	Plans plans;

	@Autowired
	PlanReviews reviews;

	@Autowired
	DecisionService decisions;

	@Autowired
	JdbcClient jdbc;

	static final String TITLE = "CHU_TICH_UBND";

	List<Reason> reasons(Plan plan, long person, LocalDate on) {
		return reviews.proposals(plan.id(), on, Scope.all())
			.stream()
			.filter(p -> p.candidate().personId() == person)
			.flatMap(p -> p.findings().stream())
			.map(ReviewProposal.Finding::reason)
			.toList();
	}

	static List<String> errors(Runnable r) {
		try {
			r.run();
		}
		catch (ValidationException e) {
			return e.errors().stream().map(x -> x.field() + ": " + x.message()).toList();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void agedOutMonthExactOnTheReviewDay() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), TITLE);
		// 62 years reached in 01/2031: 60 months left on 31/01/2026, 59 from 01/02/2026
		long man = fx.person("Ông Rà Tuổi", t.a().id(), "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1969, 1, 20));
		plans.add(plan.id(), PlanningFixture.in(TITLE, man), Scope.all());
		assertThat(reasons(plan, man, LocalDate.of(2026, 1, 31))).isEmpty();
		assertThat(reasons(plan, man, LocalDate.of(2026, 2, 1))).containsExactly(Reason.AGED_OUT);
		assertThat(
				reviews.proposals(plan.id(), LocalDate.of(2026, 2, 1), Scope.all()).get(0).findings().get(0).message())
			.contains("PLAN-50-D")
			.contains("chỉ còn 59 tháng");
	}

	@Test
	void disciplinedFromTheDecisionToTheEndOfItsPeriod() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), TITLE);
		long p = fx.person("Ông Rà Kỷ Luật", t.a().id(), "CHUYEN_VIEN");
		plans.add(plan.id(), PlanningFixture.in(TITLE, p), Scope.all());
		fx.discipline(p, "KHIEN_TRACH", LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
		assertThat(reasons(plan, p, LocalDate.of(2026, 2, 28))).isEmpty();
		assertThat(reasons(plan, p, LocalDate.of(2026, 3, 1))).containsExactly(Reason.DISCIPLINED);
		assertThat(reasons(plan, p, LocalDate.of(2027, 2, 28))).containsExactly(Reason.DISCIPLINED);
		assertThat(reasons(plan, p, LocalDate.of(2027, 3, 1))).isEmpty();
		long removed = fx.person("Ông Rà Cách Chức", t.a().id(), "CHUYEN_VIEN");
		plans.add(plan.id(), PlanningFixture.in(TITLE, removed), Scope.all());
		fx.discipline(removed, "CACH_CHUC", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
		assertThat(reasons(plan, removed, LocalDate.of(2027, 3, 1))).containsExactly(Reason.DISCIPLINED);
	}

	@Test
	void ratedIncompleteInTheLastFinishedYear() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), TITLE);
		long p = fx.person("Ông Rà Xếp Loại", t.a().id(), "CHUYEN_VIEN");
		long good = fx.person("Ông Rà Hoàn Thành", t.a().id(), "CHUYEN_VIEN");
		plans.add(plan.id(), PlanningFixture.in(TITLE, p), Scope.all());
		plans.add(plan.id(), PlanningFixture.in(TITLE, good), Scope.all());
		ratings.year(t.province().id(), 2026, Map.of(p, Rating.INCOMPLETE));
		assertThat(reasons(plan, p, LocalDate.of(2026, 12, 31))).isEmpty();
		assertThat(reasons(plan, p, LocalDate.of(2027, 1, 1))).containsExactly(Reason.RATED_INCOMPLETE);
		assertThat(reasons(plan, good, LocalDate.of(2027, 1, 1))).isEmpty();
		assertThat(reasons(plan, p, LocalDate.of(2028, 1, 1))).isEmpty();
	}

	@Test
	void leftTheUnitAppointedAndServiceEnded() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), TITLE);
		long mover = fx.person("Ông Rà Chuyển", t.a().id(), "CHUYEN_VIEN");
		long appointed = fx.person("Ông Rà Bổ Nhiệm", t.a().id(), "CHUYEN_VIEN");
		long died = fx.person("Ông Rà Từ Trần", t.a().id(), "CHUYEN_VIEN");
		for (long id : List.of(mover, appointed, died)) {
			plans.add(plan.id(), PlanningFixture.in(TITLE, id), Scope.all());
		}
		LocalDate moved = LocalDate.of(2026, 6, 1);
		Position main = fx.people.get(mover, moved, Scope.all()).mainPosition();
		fx.people.endPosition(mover, main.id(), moved, Scope.all());
		fx.people.add(mover, HistoryKind.POSITION, Position.main(t.b().id(), "CHUYEN_VIEN", null, moved), Scope.all());
		assertThat(reasons(plan, mover, moved.minusDays(1))).isEmpty();
		assertThat(reasons(plan, mover, moved)).containsExactly(Reason.LEFT_UNIT);

		LocalDate from = LocalDate.of(2026, 7, 1);
		fx.people.add(appointed, HistoryKind.POSITION, new Position(null, t.a().id(), null, TITLE, null, true, false,
				from, null, null, null, null, null, null, null), Scope.all());
		assertThat(reasons(plan, appointed, from.minusDays(1))).isEmpty();
		assertThat(reasons(plan, appointed, from)).containsExactly(Reason.APPOINTED);

		LocalDate death = LocalDate.of(2026, 8, 1);
		Decision d = decisions.create(DecisionDraft.of(DecisionType.DEATH, PlanningFixture.key() + "/QĐ-UBND",
				LocalDate.of(2026, 8, 5), "UBND tỉnh Thử", death, List.of(DecisionSubject.person(died))), Scope.all());
		assertThat(reasons(plan, died, death)).isEmpty(); // a draft ends nothing
		decisions.issue(d.id(), "Từ trần", Scope.all());
		assertThat(reasons(plan, died, death.minusDays(1))).isEmpty();
		assertThat(reasons(plan, died, death)).containsExactly(Reason.SERVICE_ENDED);
	}

	@Test
	void confirmationIsAllOrNothingAuditedAndScoped() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), TITLE);
		Plan other = fx.plan(t.b().id(), TITLE);
		long p1 = fx.person("Ông Rà Một", t.a().id(), "CHUYEN_VIEN");
		long p2 = fx.person("Bà Rà Hai", t.a().id(), "CHUYEN_VIEN");
		long p3 = fx.person("Ông Rà Ba", t.b().id(), "CHUYEN_VIEN");
		Candidate c1 = plans.add(plan.id(), PlanningFixture.in(TITLE, p1), Scope.all());
		Candidate c2 = plans.add(plan.id(), PlanningFixture.in(TITLE, p2), Scope.all());
		Candidate c3 = plans.add(other.id(), PlanningFixture.in(TITLE, p3), Scope.all());
		LocalDate on = LocalDate.of(2027, 1, 20);
		ReviewInput bad = new ReviewInput(on, "5-QĐ/ĐU", on, List.of(new ReviewInput.Item(c1.id(), "Chuyển công tác"),
				new ReviewInput.Item(c2.id(), " "), new ReviewInput.Item(c3.id(), "Khác")));
		assertThat(errors(() -> reviews.confirm(plan.id(), bad, Scope.all()))).containsExactly(
				"items[1].reason: Dòng 2: chưa nhập lý do đưa Bà Rà Hai ra khỏi quy hoạch.",
				"items[2].candidateId: Dòng 3: ứng viên số " + c3.id() + " không thuộc quy hoạch này.");
		assertThat(jdbc.sql("select count(*) from planning_candidate where plan_id = ? and removed_on is not null")
			.param(plan.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(errors(() -> reviews.confirm(plan.id(), new ReviewInput(null, null, null, List.of()), Scope.all())))
			.containsExactly("removedOn: Chưa nhập ngày đưa ra khỏi quy hoạch.",
					"decisionNumber: " + vn.canbo.shared.Messages.text("planning.error.removalDecision"),
					"items: Chưa chọn người nào để đưa ra khỏi quy hoạch.");
		Scope onlyB = Scope.of(List.of(t.b().id()));
		assertThatThrownBy(() -> reviews.proposals(plan.id(), on, onlyB)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reviews.confirm(plan.id(), bad, onlyB)).isInstanceOf(NotFoundException.class);

		List<Candidate> done = reviews.confirm(plan.id(), new ReviewInput(on, "5-QĐ/ĐU", on,
				List.of(new ReviewInput.Item(c1.id(), "Chuyển công tác"), new ReviewInput.Item(c2.id(), "Sức khỏe"))),
				Scope.all());
		assertThat(done).extracting(Candidate::removedOn).containsExactly(on, on);
		assertThat(done).extracting(Candidate::removalReason).containsExactly("Chuyển công tác", "Sức khỏe");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'planning_candidate' and entity_id in (?, ?)"
					+ " and action = 'UPDATE'")
			.params(String.valueOf(c1.id()), String.valueOf(c2.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThatThrownBy(() -> reviews.confirm(plan.id(),
				new ReviewInput(on, "6-QĐ/ĐU", on, List.of(new ReviewInput.Item(c1.id(), "Lại"))), Scope.all()))
			.hasMessageContaining("Dòng 1: Ông Rà Một đã được đưa ra khỏi quy hoạch ngày 20/01/2027");
	}

}
