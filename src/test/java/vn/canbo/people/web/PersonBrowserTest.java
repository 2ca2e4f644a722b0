package vn.canbo.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.security.Role;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * In Chromium: live search on /persons, then the 2C dossier; screenshots go to
 * target/browser/persons.
 */
@BrowserShots("persons")
class PersonBrowserTest extends BrowserTestSupport {

	String username;

	long personId;

	@BeforeAll
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		long province = units
			.create(new UnitService.NewUnit("BP-" + k, "Tỉnh Bình Giang " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
					null, LocalDate.of(2000, 1, 1)))
			.id();
		long commune = units
			.create(new UnitService.NewUnit("BC-" + k, "UBND xã Tân Lập " + k, null, "UBND", AdminLevel.COMMUNE,
					province, LocalDate.of(2000, 1, 1)))
			.id();
		username = "pb-" + k;
		accounts.create(username, "mat-khau-dung", "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(province));
		List<FieldError> errors = new ArrayList<>();
		PersonData d = FormBinder.bind(PersonData.class,
				Map.ofEntries(Map.entry("category", "CIVIL_SERVANT"), Map.entry("fullName", "Nguyễn Văn Đức"),
						Map.entry("gender", "MALE"), Map.entry("birthDate", "17/05/1980"),
						Map.entry("birthplace.commune", "xã Phú Lộc"),
						Map.entry("birthplace.district", "huyện Cẩm Giàng"),
						Map.entry("birthplace.province", "tỉnh Hải Dương"), Map.entry("ethnicityCode", "01"),
						Map.entry("nationalId", "030080001" + k.replaceAll("[^0-9]", "1").substring(0, 3)),
						Map.entry("currentAddress", "Thôn Đông, xã Tân Lập"), Map.entry("partyJoinedOn", "19/05/2008"),
						Map.entry("partyOfficialOn", "19/05/2009"), Map.entry("recruitedOn", "03/2005"),
						Map.entry("recruitingAgency", "UBND huyện Cẩm Giàng")),
				"", n -> n, errors);
		PersonView v = people.create(
				new NewPerson(d,
						Position.main(commune, "CHUYEN_VIEN", "Chuyên viên Văn phòng", LocalDate.of(2010, 1, 1)),
						Salary.of("01.003", 4, new BigDecimal("3.33"), LocalDate.of(2022, 1, 1)), List.of()),
				Scope.all());
		personId = v.id();
		people.create(new NewPerson(
				PersonData.basic(vn.canbo.people.PersonCategory.CADRE, "Nguyễn Văn An", vn.canbo.people.Gender.MALE,
						vn.canbo.shared.PartialDate.ofYear(1975)),
				Position.main(commune, "CHUYEN_VIEN", null, LocalDate.of(2015, 1, 1))), Scope.all());
	}

	@Test
	void searchesAndOpensTheDossier() {
		login(username, "mat-khau-dung");
		page.navigate(url("/persons"));
		page.fill("#q", "nguyen van");
		assertThat(page.locator("#results")).containsText("Nguyễn Văn Đức");
		assertThat(page.locator("#results")).containsText("Nguyễn Văn An");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=nguyen.*"));
		shot("persons-list");
		page.click("#results a:has-text('Nguyễn Văn Đức')");
		assertThat(page.locator("article.form-2c")).containsText("1. Họ và tên khai sinh");
		assertThat(page.locator("article.form-2c")).containsText("NGUYỄN VĂN ĐỨC");
		shot("dossier");
		// add an award inline with htmx
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
		page.waitForFunction("() => window.htmx !== undefined");
		page.click("#t21 button:has-text('Thêm')");
		page.fill("#form-t21 input[name=year]", "2024");
		page.selectOption("#form-t21 select[name=formCode]",
				new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.fill("#form-t21 input[name=reason]", "Hoàn thành xuất sắc nhiệm vụ");
		page.click("#form-t21 button[type=submit]");
		assertThat(page.locator("#t21")).containsText("Hoàn thành xuất sắc nhiệm vụ");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		shot("dossier-print");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		page.navigate(url("/persons/" + personId + "/edit"));
		shot("edit");
		page.navigate(url("/persons/new"));
		page.click("main form.form-2c button[type=submit]");
		assertThat(page.locator(".alert-danger")).containsText("Chưa lưu được");
		shot("new-errors");
	}

}
