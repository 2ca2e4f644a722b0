package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.people.Gender;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;
import vn.canbo.training.TitleGap;
import vn.canbo.training.TitleGaps;

/**
 * Training's gap analysis lists the persons planned for a title (through
 * PlannedTitlesForTraining) who do not meet its standard (the seeded commune standards of
 * V14_3: QP-AN group DT3), on real records: a candidate lacking DT3 is listed with the
 * plan and the need, one holding DT2 is not, a removed candidacy counts until the day
 * before its removal, a holder planned for another title gives two lines, and a plan
 * outside the scope is not read.
 */
class PlannedTitleGapsTest extends OfficerPagesSupport {

	static final LocalDate ON = LocalDate.of(2026, 2, 2);

	static final LocalDate REMOVED = LocalDate.of(2026, 6, 1);

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	TitleGaps gaps;

	long planned(Plan plan, String title, long personId) {
		return plans
			.add(plan.id(), PlanningFixture.justified(PlanningFixture.in(title, personId), "Sẽ học QP-AN", null),
					Scope.all())
			.id();
	}

	static List<TitleGap> of(List<TitleGap> all, long personId) {
		return all.stream().filter(g -> g.personId() == personId).toList();
	}

	@Test
	void plannedCandidatesLackingTheStandardAreListedWithThePlanAndTheNeed() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "BI_THU");
		long lacks = fx.bare("Ông Quy Thiếu", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1985, 5, 5));
		planned(plan, "CHU_TICH_UBND", lacks);
		long meets = fx.person("Ông Quy Đủ", a, "CHUYEN_VIEN");
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", meets), Scope.all());
		long removed = fx.bare("Bà Quy Rút", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1986, 6, 6));
		long removedCandidacy = planned(plan, "BI_THU", removed);
		plans.remove(removedCandidacy, new Removal(REMOVED, "Chuyển công tác", "15-QĐ/ĐU", REMOVED), Scope.all());
		long both = fx.bare("Ông Quy Kiêm", a, "CHU_TICH_UBND", Gender.MALE, LocalDate.of(1980, 1, 1));
		planned(plan, "BI_THU", both);
		Plan other = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long elsewhere = fx.bare("Ông Quy Tây", t.b().id(), "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1984, 4, 4));
		planned(other, "CHU_TICH_UBND", elsewhere);

		List<TitleGap> all = gaps.gaps(t.province().id(), ON, Scope.all());
		assertThat(of(all, lacks)).singleElement().satisfies(g -> {
			assertThat(g.plan()).isNotNull();
			assertThat(g.plan().id()).isEqualTo(plan.id());
			assertThat(g.plan().termLabel()).isEqualTo("2025–2030");
			assertThat(g.titleCode()).isEqualTo("CHU_TICH_UBND");
			assertThat(g.unitId()).isEqualTo(a);
			assertThat(g.fullName()).isEqualTo("Ông Quy Thiếu");
			assertThat(g.needs()).singleElement().satisfies(n -> {
				assertThat(n.kind()).isEqualTo(QualificationKind.DEFENCE_SECURITY);
				assertThat(n.requiredLevel()).isEqualTo("DT3");
				assertThat(n.heldLevel()).isNull();
			});
		});
		assertThat(of(all, meets)).isEmpty();
		// a holder (CHU_TICH_UBND without DT3) planned for BI_THU: both lines
		assertThat(of(all, both)).hasSize(2).anySatisfy(g -> {
			assertThat(g.plan()).isNull();
			assertThat(g.titleCode()).isEqualTo("CHU_TICH_UBND");
		}).anySatisfy(g -> {
			assertThat(g.plan()).isNotNull();
			assertThat(g.titleCode()).isEqualTo("BI_THU");
		});
		assertThat(of(all, elsewhere)).singleElement().satisfies(g -> assertThat(g.plan().id()).isEqualTo(other.id()));
		// removal: in the plan until the day before
		assertThat(of(gaps.gaps(a, REMOVED.minusDays(1), Scope.all()), removed)).singleElement()
			.satisfies(g -> assertThat(g.titleCode()).isEqualTo("BI_THU"));
		assertThat(of(gaps.gaps(a, REMOVED, Scope.all()), removed)).isEmpty();
		// before the candidacy was added
		assertThat(of(gaps.gaps(a, PlanningFixture.ADDED.minusDays(1), Scope.all()), lacks)).isEmpty();
		// scope: A's officer does not see B's plan
		List<TitleGap> inA = gaps.gaps(a, ON, Scope.of(List.of(a)));
		assertThat(inA).extracting(TitleGap::personId).contains(lacks, both).doesNotContain(elsewhere);

		// the page and the API as A's officer
		String page = call(get("/training/gaps").param("unitId", String.valueOf(a)).param("on", "02/02/2026"), a)
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Ông Quy Thiếu")
			.contains("Quy hoạch nhiệm kỳ 2025–2030 (quyết định " + plan.decisionNumber() + ")")
			.doesNotContain("Ông Quy Tây");
		var xlsx = call(get("/training/gaps.xlsx").param("unitId", String.valueOf(a)).param("on", "02/02/2026"), a);
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Quy hoạch");
			List<String> plannedNames = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (!sheet.getRow(r).getCell(9).getStringCellValue().isEmpty()) {
					plannedNames.add(sheet.getRow(r).getCell(0).getStringCellValue());
				}
			}
			assertThat(plannedNames).contains("Ông Quy Thiếu", "Ông Quy Kiêm").doesNotContain("Ông Quy Tây");
		}
		assertThat(call(get("/api/v1/training/gaps").param("unitId", String.valueOf(a)).param("on", ON.toString()), a)
			.getContentAsString(StandardCharsets.UTF_8)).contains("\"termLabel\":\"2025–2030\"");
	}

}
