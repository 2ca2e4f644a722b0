package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * APP-02 in career's rule checks, read from planning through career's SPI: an internal
 * candidate must be planned in the unit's plan for the title or an equivalent or higher
 * one; an external candidate for the same or an equivalent title; removed candidacies and
 * plans whose term has ended do not count; WARN needs a justification; a unit without any
 * plan in force is left to the competent authority.
 */
@SpringBootTest
class PlannedForAppointmentTest {

	static final LocalDate ON = LocalDate.of(2026, 3, 1);

	static final String POST = "PHO_CHU_TICH_UBND";

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	DecisionService decisions;

	Decision draft(long person, long unit, String title, LocalDate on, Boolean higher) {
		return decisions.create(DecisionDraft.of(DecisionType.APPOINTMENT, PlanningFixture.key() + "/QĐ-UBND",
				on.minusDays(5), "UBND tỉnh Thử", on,
				List.of(DecisionSubject.post(person, unit, title, null).withHigherPost(higher))), Scope.all());
	}

	/**
	 * The APP-02 result of an appointment to POST of the unit on the day (null: none).
	 */
	RuleResult app02(long person, long unit, LocalDate on, Boolean higher) {
		return decisions.check(draft(person, unit, POST, on, higher).id(), Scope.all())
			.stream()
			.filter(r -> "APP-02".equals(r.ruleId()))
			.findFirst()
			.orElse(null);
	}

	RuleResult app02(long person, long unit) {
		return app02(person, unit, ON, null);
	}

	void add(Plan plan, String title, long person) {
		plans.add(plan.id(), PlanningFixture.in(title, person), Scope.all());
	}

	@Test
	void internalAndExternalCandidatesAtEachBoundary() {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		long b = t.b().id();
		Plan planA = fx.plan(a, "CHU_TICH_UBND", POST, "UY_VIEN_UBND");
		Plan planB = fx.plan(b, "CHU_TICH_UBND", POST);
		Plan stateA = fx.plan(a, PlanKind.CURRENT, "NN_2021_2026", POST);
		long same = fx.person("Ông Cùng Chức Danh", a, "CHUYEN_VIEN");
		long higher = fx.person("Ông Chức Danh Cao Hơn", a, "CHUYEN_VIEN");
		long lower = fx.person("Ông Chức Danh Thấp Hơn", a, "CHUYEN_VIEN");
		long removed = fx.person("Ông Đã Đưa Ra", a, "CHUYEN_VIEN");
		long otherUnit = fx.person("Ông Quy Hoạch Nơi Khác", a, "CHUYEN_VIEN");
		long stateTerm = fx.person("Ông Nhiệm Kỳ Hết", a, "CHUYEN_VIEN");
		long none = fx.person("Ông Chưa Quy Hoạch", a, "CHUYEN_VIEN");
		long extSame = fx.person("Bà Từ Nơi Khác", b, "CHUYEN_VIEN");
		long extHigher = fx.person("Bà Nơi Khác Cao Hơn", b, "CHUYEN_VIEN");
		long extHere = fx.person("Bà Nơi Khác Tại Đây", b, "CHUYEN_VIEN");
		long extNone = fx.person("Bà Nơi Khác Chưa Quy Hoạch", b, "CHUYEN_VIEN");
		add(planA, POST, same);
		add(planA, "CHU_TICH_UBND", higher);
		add(planA, "UY_VIEN_UBND", lower);
		add(planA, POST, removed);
		add(planA, POST, extHere);
		add(planB, POST, otherUnit);
		add(planB, POST, extSame);
		add(planB, "CHU_TICH_UBND", extHigher);
		add(stateA, POST, stateTerm);
		Candidate gone = plans.ofPerson(removed, Scope.all()).get(0);
		plans.remove(gone.id(),
				new Removal(LocalDate.of(2026, 2, 1), "Chuyển công tác", "9-QĐ/ĐU", LocalDate.of(2026, 2, 1)),
				Scope.all());

		RuleResult ok = app02(same, a);
		assertThat(ok.passed()).isTrue();
		assertThat(ok.mode()).isEqualTo(RuleMode.WARN);
		assertThat(ok.message()).startsWith("[APP-02] Ông Cùng Chức Danh, nguồn tại chỗ")
			.contains("cùng chức danh Phó Chủ tịch UBND")
			.contains("Quy định 377-QĐ/TW");
		assertThat(app02(higher, a).passed()).isTrue();
		assertThat(app02(higher, a).message()).contains("cao hơn chức danh Phó Chủ tịch UBND");
		RuleResult low = app02(lower, a);
		assertThat(low.passed()).isFalse();
		assertThat(low.message()).contains("chưa được quy hoạch chức danh Phó Chủ tịch UBND hoặc chức danh tương đương")
			.contains("đang có: chức danh Ủy viên UBND");
		assertThat(app02(none, a).passed()).isFalse();
		assertThat(app02(none, a).message()).contains("đang có: không có quy hoạch nào");
		assertThat(app02(removed, a).passed()).isFalse();
		assertThat(app02(removed, a, LocalDate.of(2026, 1, 31), null).passed()).isTrue();
		assertThat(app02(otherUnit, a).passed()).isFalse();
		// the state term 2021–2026 ends on 14/03/2026
		assertThat(app02(stateTerm, a, LocalDate.of(2026, 3, 14), null).passed()).isTrue();
		assertThat(app02(stateTerm, a, LocalDate.of(2026, 3, 15), null).passed()).isFalse();

		RuleResult ext = app02(extSame, a);
		assertThat(ext.passed()).isTrue();
		assertThat(ext.message()).contains("nguồn từ nơi khác (không công tác tại " + t.a().name() + ")");
		assertThat(app02(extHere, a).passed()).isTrue();
		assertThat(app02(extHigher, a).passed()).isFalse();
		assertThat(app02(extNone, a).passed()).isFalse();
		// not a higher post (no age gate either): not checked
		assertThat(app02(none, a, ON, false)).isNull();
	}

	@Test
	void warnNeedsAJustificationAndAUnitWithoutPlanIsLeftToTheAuthority() {
		PlanningFixture.Tree t = fx.tree();
		fx.plan(t.a().id(), POST);
		long p = fx.person("Ông Cần Lý Do", t.a().id(), "CHUYEN_VIEN");
		Decision d = draft(p, t.a().id(), POST, ON, null);
		assertThatThrownBy(() -> decisions.issue(d.id(), null, Scope.all())).isInstanceOf(ValidationException.class)
			.hasMessageContaining("APP-02");
		Decision issued = decisions.issue(d.id(), "Cấp có thẩm quyền quyết định trường hợp đặc biệt", Scope.all());
		assertThat(issued.justification()).isEqualTo("Cấp có thẩm quyền quyết định trường hợp đặc biệt");

		long q = fx.person("Ông Đơn Vị Mới", t.b().id(), "CHUYEN_VIEN");
		RuleResult noPlan = app02(q, t.b().id());
		assertThat(noPlan.passed()).isTrue();
		assertThat(noPlan.message())
			.contains(t.b().name() + " chưa có quy hoạch được phê duyệt còn hiệu lực tại ngày 01/03/2026");
	}

}
