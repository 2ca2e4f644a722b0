package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.shared.Scope;

/**
 * An issued decision giving a planned person the planned title closes the candidacy as
 * APPOINTED (career's DecisionIssued event, in the issuing transaction); other titles,
 * units and persons are untouched; a revocation reopens it; an amendment reopens it and
 * closes again what its own subjects take.
 */
@SpringBootTest
class AppointmentClosesCandidacyTest {

	static final LocalDate ON = LocalDate.of(2026, 3, 1);

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	DecisionService decisions;

	@Autowired
	JdbcClient jdbc;

	Decision appoint(DecisionType type, long person, long unit, String title) {
		Decision d = decisions.create(DecisionDraft.of(type, PlanningFixture.key() + "/QĐ-UBND", ON.minusDays(5),
				"UBND tỉnh Thử", ON, List.of(DecisionSubject.post(person, unit, title, null))), Scope.all());
		return decisions.issue(d.id(), "Kiểm thử", Scope.all());
	}

	Candidate candidate(Candidate c) {
		return plans.ofPerson(c.personId(), Scope.all())
			.stream()
			.filter(x -> x.id() == c.id())
			.findFirst()
			.orElseThrow();
	}

	long audits(Candidate c) {
		return jdbc
			.sql("select count(*) from audit_event where entity_type = 'planning_candidate' and entity_id = ?"
					+ " and action = 'UPDATE'")
			.param(String.valueOf(c.id()))
			.query(Long.class)
			.single();
	}

	@Test
	void anAppointmentClosesTheCandidacyForThatTitleInThatUnit() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), "CHU_TICH_UBND", "CHU_TICH_HDND");
		Plan other = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long p = fx.person("Ông Được Bổ Nhiệm", t.a().id(), "CHUYEN_VIEN");
		long q = fx.person("Bà Cùng Quy Hoạch", t.a().id(), "CHUYEN_VIEN");
		Candidate mine = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		Candidate equivalent = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_HDND", p), Scope.all());
		Candidate elsewhere = plans.add(other.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		Candidate hers = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", q), Scope.all());

		Decision d = appoint(DecisionType.APPOINTMENT, p, t.a().id(), "CHU_TICH_UBND");

		Candidate closed = candidate(mine);
		assertThat(closed.appointed()).isTrue();
		assertThat(closed.appointedBy()).isEqualTo(d.id());
		assertThat(closed.removedOn()).isEqualTo(ON);
		assertThat(closed.removalDecisionNumber()).isEqualTo(d.number());
		assertThat(closed.removalDecidedOn()).isEqualTo(ON.minusDays(5));
		assertThat(closed.removalReason()).isEqualTo("Được bổ nhiệm chức danh Chủ tịch UBND của " + t.a().name()
				+ " theo quyết định số " + d.number() + " ngày 24/02/2026");
		assertThat(audits(mine)).isEqualTo(1);
		// the equivalent title of the same unit (same rank) is taken as well
		assertThat(candidate(equivalent).appointedBy()).isEqualTo(d.id());
		// another unit's plan, another person: untouched
		assertThat(candidate(elsewhere).removedOn()).isNull();
		assertThat(candidate(hers).removedOn()).isNull();
		assertThat(audits(hers)).isZero();
	}

	@Test
	void aPostOfAnotherTitleOrUnitClosesNothing() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), "CHU_TICH_UBND");
		long p = fx.person("Ông Sang Đơn Vị Khác", t.a().id(), "CHUYEN_VIEN");
		Candidate c = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		appoint(DecisionType.APPOINTMENT, p, t.a().id(), "PHO_CHU_TICH_UBND");
		appoint(DecisionType.APPOINTMENT, p, t.b().id(), "CHU_TICH_UBND");
		assertThat(candidate(c).removedOn()).isNull();
		assertThat(audits(c)).isZero();
	}

	@Test
	void aRevocationReopensTheCandidacy() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), "CHU_TICH_UBND");
		long p = fx.person("Ông Bị Thu Hồi", t.a().id(), "CHUYEN_VIEN");
		Candidate c = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		Decision d = appoint(DecisionType.PROMOTION, p, t.a().id(), "CHU_TICH_UBND");
		assertThat(candidate(c).appointedBy()).isEqualTo(d.id());
		decisions.revoke(d.id(), new DecisionService.Revocation("TH-" + PlanningFixture.key(), ON.plusDays(10),
				"UBND tỉnh Thử", null, null, "Sai quy trình"), Scope.all());
		Candidate reopened = candidate(c);
		assertThat(reopened.removedOn()).isNull();
		assertThat(reopened.removalReason()).isNull();
		assertThat(reopened.removalDecisionNumber()).isNull();
		assertThat(reopened.appointedBy()).isNull();
		assertThat(reopened.activeOn(ON)).isTrue();
		assertThat(audits(c)).isEqualTo(2);
	}

	@Test
	void anAmendmentReopensAndClosesWhatItsOwnSubjectsTake() {
		PlanningFixture.Tree t = fx.tree();
		Plan plan = fx.plan(t.a().id(), "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		long p = fx.person("Ông Được Đính Chính", t.a().id(), "CHUYEN_VIEN");
		Candidate top = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", p), Scope.all());
		Candidate deputy = plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", p), Scope.all());
		Decision d = appoint(DecisionType.APPOINTMENT, p, t.a().id(), "CHU_TICH_UBND");
		assertThat(candidate(top).appointedBy()).isEqualTo(d.id());
		Decision amended = decisions.create(new DecisionDraft(DecisionType.AMENDMENT,
				PlanningFixture.key() + "/QĐ-UBND", ON.plusDays(3), "UBND tỉnh Thử", null, ON, null, null, d.id(),
				"Đính chính chức danh", List.of(DecisionSubject.post(p, t.a().id(), "PHO_CHU_TICH_UBND", null))),
				Scope.all());
		decisions.issue(amended.id(), "Kiểm thử", Scope.all());
		assertThat(candidate(top).removedOn()).isNull();
		assertThat(candidate(deputy).appointedBy()).isEqualTo(amended.id());
		assertThat(candidate(deputy).removedOn()).isEqualTo(ON);
	}

}
