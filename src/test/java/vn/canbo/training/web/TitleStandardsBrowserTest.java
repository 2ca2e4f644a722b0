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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 16 in Chromium: commune A's officer goes from the course list to the title
 * standards, adds a version (a QP-AN-free IT requirement for "Bác sĩ" at commune level),
 * then opens the training needs, picks the unit with the picker and finds the holder who
 * lacks it. No console error, CSP violation or failed request; screenshots under
 * {@code target/browser/training}.
 */
@BrowserShots("training")
class TitleStandardsBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-tieu-chuan";

	@Autowired
	JdbcClient jdbc;

	String user;

	String name;

	String unitName;

	long unitId;

	LocalDate from;

	@BeforeAll
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("TS-" + k, "Tỉnh Tiêu chuẩn " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, LocalDate.of(2000, 1, 1)));
		unitName = "UBND xã Tiêu chuẩn " + k;
		UnitView a = units.create(new UnitService.NewUnit("TSA-" + k, unitName, null, "UBND", AdminLevel.COMMUNE,
				p.id(), LocalDate.of(2000, 1, 1)));
		unitId = a.id();
		name = "Lò Thị Chuẩn " + k.replaceAll("[0-9]", "");
		people.create(new NewPerson(
				PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.FEMALE,
						PartialDate.of(LocalDate.of(1990, 5, 5))),
				Position.main(a.id(), "BAC_SI", null, LocalDate.of(2015, 1, 1)), null, List.of()), Scope.all());
		LocalDate last = jdbc.sql("select max(valid_from) from training_title_standard where title_code = 'BAC_SI'")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		from = last == null || last.isBefore(LocalDate.of(2063, 1, 1)) ? LocalDate.of(2063, 1, 1) : last.plusYears(1);
		user = "tieuchuan-" + k;
		officer(user, PASSWORD, a.id());
	}

	@BeforeEach
	void listen() {
		collectProblems(problems);
	}

	@Test
	void addAStandardThenFindWhoLacksIt() {
		String day = String.format("%02d/%02d/%d", from.getDayOfMonth(), from.getMonthValue(), from.getYear());
		login(user, PASSWORD);
		page.navigate(url("/training"));
		page.locator("a[href$='/training/standards']").first().click();
		page.waitForURL("**/training/standards");
		page.locator("#st-title").selectOption("BAC_SI");
		page.locator("#st-level").selectOption("COMMUNE");
		page.locator("#st-from").fill(day);
		page.locator("#st-l-IT").selectOption("CO_BAN");
		page.locator("input[name='u.IT']").check();
		page.locator("#st-basis").fill("Quyết định thử của Ban Tổ chức");
		shot("standard-form");
		page.locator("[data-standard-form] button").click();
		page.waitForURL("**/training/standards?titleCode=BAC_SI");
		assertThat(page.locator("[data-standards]")).containsText("Quyết định thử của Ban Tổ chức");
		shot("standards");

		page.navigate(url("/training/gaps"));
		page.locator("#picker-unitId").fill(unitName);
		page.locator("[data-picker-id='" + unitId + "']").click();
		page.locator("#gap-on").fill(day);
		page.locator("[data-filters] button").click();
		page.waitForURL("**/training/gaps?**");
		assertThat(page.locator("[data-gaps]")).containsText(name);
		shot("gaps");
		assertThat(problems).isEmpty();
	}

}
