package vn.canbo.training.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.training.Course;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Courses;
import vn.canbo.training.PlanInput;
import vn.canbo.training.TrainingPlans;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 16 in Chromium: commune A's officer opens a course from the list, sends a person
 * chosen with the person picker, records a completion, finds it on the dossier's training
 * panel and revokes it (confirmed); the course form's level select offers the levels of
 * the chosen kind only; the yearly plan's delete button is shown, asks first (dismissed:
 * the plan stays) and deletes (accepted). No console error, CSP violation or failed
 * request; screenshots under {@code target/browser/training}.
 */
@BrowserShots("training")
class TrainingBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-dao-tao";

	@Autowired
	Courses courses;

	@Autowired
	TrainingPlans plans;

	long unitA;

	String user;

	String name;

	long personId;

	Course course;

	@BeforeAll
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("TW-" + k, "Tỉnh Lớp học " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, LocalDate.of(2000, 1, 1)));
		UnitView a = units.create(new UnitService.NewUnit("TWA-" + k, "UBND xã Lớp học " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), LocalDate.of(2000, 1, 1)));
		name = "Văn Thị Chăm " + k.replaceAll("[0-9]", "");
		personId = people
			.create(new NewPerson(
					PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.FEMALE,
							PartialDate.of(LocalDate.of(1990, 5, 5))),
					Position.main(a.id(), "CHUYEN_VIEN", null, LocalDate.of(2015, 1, 1)), null, List.of()), Scope.all())
			.id();
		course = courses.create(new CourseInput("KB-" + k, "Trung cấp LLCT khóa " + k,
				CourseKind.POLITICAL_THEORY_INTERMEDIATE, "TRUNG_CAP", null, a.id(), "Trường Chính trị tỉnh", null,
				"TAP_TRUNG", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30), null, 40), Scope.all());
		unitA = a.id();
		user = "daotao-" + k;
		officer(user, PASSWORD, a.id());
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void sendRecordSeeOnTheDossierAndRevoke() {
		login(user, PASSWORD);
		page.navigate(url("/training"));
		shot("list");
		page.locator("a[href$='/training/" + course.id() + "']").click();
		page.waitForURL("**/training/" + course.id());
		page.locator("#tr-number").fill("12/QĐ-UBND");
		page.locator("#tr-decided").fill("20/01/2024");
		page.locator("#tr-issuer").fill("UBND xã");
		page.locator("#picker-personIds-0-").fill(name);
		page.locator("[data-picker-id='" + personId + "']").click();
		shot("sending");
		page.locator("[data-sending] button").click();
		page.waitForURL("**/training/" + course.id());
		assertThat(page.locator("[data-results]")).containsText(name);
		page.locator("select[name^='result-']").selectOption("COMPLETED");
		page.locator("input[name^='certificateNumber-']").fill("TC-2024-01");
		page.locator("input[name^='certificateDate-']").fill("10/12/2024");
		page.locator("[data-results] button").click();
		page.waitForURL("**/training/" + course.id());
		assertThat(page.locator("[data-results]")).containsText("TC-2024-01");
		shot("results");

		page.navigate(url("/persons/" + personId));
		assertThat(page.locator("body")).containsText("Trung cấp LLCT khóa");
		shot("dossier");

		page.navigate(url("/training/" + course.id()));
		page.locator("input[name=revokedOn]").fill("05/01/2025");
		page.locator("input[name=reason]").fill("Cấp nhầm chứng chỉ");
		page.onceDialog(d -> d.accept());
		page.locator("[data-confirm] button").click();
		page.waitForURL("**/training/" + course.id());
		assertThat(page.locator("select[name^='result-']")).hasCount(1);
		shot("revoked");
		assertThat(problems).isEmpty();
	}

	@Test
	void theLevelSelectFollowsTheKind() {
		login(user, PASSWORD);
		page.navigate(url("/training/new"));
		var offered = page.locator("#tr-level option:not([disabled])");
		page.locator("#tr-kind").selectOption("POLITICAL_THEORY_INTERMEDIATE");
		assertThat(offered).hasCount(2);
		assertThat(offered.nth(1)).hasAttribute("value", "TRUNG_CAP");
		page.locator("#tr-level").selectOption("TRUNG_CAP");
		page.locator("#tr-kind").selectOption("IT");
		// a level of another kind is dropped; IT offers its six levels
		assertThat(page.locator("#tr-level")).hasValue("");
		assertThat(offered).hasCount(7);
		assertThat(page.locator("#tr-level option[data-kind='IT']:not([disabled])")).hasCount(6);
		page.locator("#tr-kind").selectOption("TITLE_POSITION");
		assertThat(offered).hasCount(1);
		shot("level-select");
		assertThat(problems).isEmpty();
	}

	@Test
	void theYearlyPlanIsDeletedAfterTheConfirmation() {
		int year = LocalDate.now().getYear();
		plans.save(unitA, year, new PlanInput("15/KH-UBND", LocalDate.of(year, 1, 10), "Ủy ban nhân dân xã", null,
				List.of(new PlanInput.Row(CourseKind.IT.name(), 20L, null))), Scope.all());
		login(user, PASSWORD);
		page.navigate(url("/training/plans/" + unitA + "/" + year));
		var delete = page.locator("[data-plan-delete] button");
		assertThat(delete).isVisible();
		assertThat(delete).hasAttribute("data-confirm", java.util.regex.Pattern.compile(String.valueOf(year)));
		shot("plan");
		// dismissed: nothing is sent, the plan stays
		page.onceDialog(d -> d.dismiss());
		delete.click();
		assertThat(page.locator("[data-plan-lines]")).isVisible();
		assertThat(plans.find(unitA, year, null, Scope.all())).isPresent();
		// accepted: the plan is gone and the list of the year is shown
		page.onceDialog(d -> d.accept());
		delete.click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/training/plans\\?year=" + year + "&unitId=" + unitA));
		assertThat(plans.find(unitA, year, null, Scope.all())).isEmpty();
		page.navigate(url("/training/plans/" + unitA + "/" + year));
		assertThat(page.locator("[data-no-plan]")).isVisible();
		assertThat(page.locator("[data-plan-delete]")).hasCount(0);
		shot("plan-deleted");
		assertThat(problems).isEmpty();
	}

}
