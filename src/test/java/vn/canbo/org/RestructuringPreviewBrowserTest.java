package vn.canbo.org;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canbo.people.PeopleTestData;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 20, point 5 in Chromium: the merge form offers the sibling communes (no codes to
 * type), shows a preview with what each body becomes and the headcounts, lets a body be
 * kept, asks before executing, and the result is one commune with one body per type; the
 * dossier then reads the resulting body. No console error, CSP violation or failed
 * request. Screenshots: target/browser/restructure.
 */
@BrowserShots("restructure")
class RestructuringPreviewBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-sap-xep";

	String k;

	UnitView province;

	UnitView a;

	UnitView b;

	final Map<String, UnitView> bodiesA = new HashMap<>();

	final Map<String, UnitView> bodiesB = new HashMap<>();

	long clerk;

	String username;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 6);
		LocalDate start = OrgFixtures.START;
		province = units.create(new UnitService.NewUnit(OrgFixtures.code("BG"), "Tỉnh Bình Giang " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, start));
		a = units.create(new UnitService.NewUnit(OrgFixtures.code("DT"), "Xã Đông Thạnh " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, province.id(), start));
		b = units.create(new UnitService.NewUnit(OrgFixtures.code("VD"), "Xã Vĩnh Đông " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, province.id(), start));
		Map<String, String> labels = Map.of("DANG_UY_XA", "Đảng ủy", "UBND", "UBND", "HDND", "HĐND", "MTTQ",
				"Ủy ban MTTQ Việt Nam");
		for (var t : labels.entrySet()) {
			bodiesA.put(t.getKey(), OrgFixtures.unit(units, t.getValue() + " xã Đông Thạnh " + k, t.getKey(),
					AdminLevel.COMMUNE, a.id()));
			bodiesB.put(t.getKey(), OrgFixtures.unit(units, t.getValue() + " xã Vĩnh Đông " + k, t.getKey(),
					AdminLevel.COMMUNE, b.id()));
		}
		String letters = k.chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26))).reduce("", String::concat);
		clerk = people
			.create(PeopleTestData.newPerson("Nguyễn Văn Sápnhập " + letters, PeopleTestData.nationalId(),
					bodiesA.get("UBND").id()), Scope.all())
			.id();
		people.create(PeopleTestData.newPerson("Trần Thị Hợpnhất " + letters, PeopleTestData.nationalId(),
				bodiesB.get("UBND").id()), Scope.all());
		people.create(PeopleTestData.newPerson("Lê Văn Hộiđồng " + letters, PeopleTestData.nationalId(),
				bodiesA.get("HDND").id()), Scope.all());
		username = "restructure-" + k;
		officer(username, PASSWORD, province.id());
	}

	@BeforeEach
	void listen() {
		reportCspViolations();
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
		collectErrorResponses(problems);
	}

	@Test
	void mergeFormPreviewsConfirmsAndMergesTheBodies() {
		String newName = "Xã Vĩnh Thạnh " + k;
		String newCode = OrgFixtures.code("VT");
		login(username, PASSWORD);
		page.navigate(url("/units/" + a.id()));
		page.click("button[data-bs-target='#f-merge']");
		var form = page.locator("#f-merge form");
		// the sibling commune is offered by name
		assertThat(form.locator("label[for='other-" + b.id() + "']")).hasText(b.name());
		form.locator("#other-" + b.id()).check();
		form.locator("input[name=newCode]").fill(newCode);
		form.locator("input[name=newName]").fill(newName);
		form.locator("input[name=effectiveDate]").fill("2025-07-01");
		form.locator("input[name=decisionNumber]").fill("1680/NQ-UBTVQH15");
		shot("1-merge-form");
		form.locator("button[type=submit]").click();

		// the preview: read only, what each body becomes, persons moving, headcounts
		assertThat(page).hasURL(url("/units/" + a.id() + "/merge/preview"));
		assertThat(page.locator("#plan-summary")).containsText("3 người chuyển sang đơn vị kế thừa");
		assertThat(page.locator("#plan-changes tr[data-unit='" + bodiesA.get("UBND").id() + "'] .fate"))
			.hasText("Hợp nhất vào Ủy ban nhân dân " + newName);
		var ubndAfter = page.locator("#plan-outcomes tr",
				new Page.LocatorOptions().setHasText("Ủy ban nhân dân " + newName));
		assertThat(ubndAfter.locator("td.after")).containsText("2");
		shot("2-preview");
		assertThat(units.findByCode(newCode, LocalDate.of(2025, 7, 1))).isEmpty();

		// the user keeps commune A's HĐND under its name; the preview follows
		page.selectOption("select[name='body." + bodiesA.get("HDND").id() + "']", "KEEP");
		page.click("#plan-refresh");
		assertThat(page.locator("#plan-changes tr[data-unit='" + bodiesA.get("HDND").id() + "'] .fate"))
			.hasText("Giữ nguyên tên, trực thuộc " + newName);
		assertThat(page.locator("#plan-summary")).containsText("2 người chuyển sang đơn vị kế thừa");
		shot("3-preview-keep");

		// execute: asked first, with what will happen
		List<String> asked = new ArrayList<>();
		page.onceDialog(d -> {
			asked.add(d.message());
			d.accept();
		});
		page.click("#plan-execute");
		page.waitForURL("**/units/*");
		assertThat(asked).hasSize(1);
		assertThat(asked.get(0)).startsWith("Sáp nhập, hợp nhất " + a.name() + " từ ngày 01/07/2025: 2 người");
		UnitView merged = units.findByCode(newCode, LocalDate.of(2025, 7, 1)).orElseThrow();
		assertThat(page).hasURL(url("/units/" + merged.id()));
		assertThat(page.locator(".alert-success")).hasText("Đã sáp nhập.");
		List<String> children = units.children(merged.id(), LocalDate.of(2025, 7, 1))
			.stream()
			.map(UnitView::name)
			.toList();
		assertThat(children).containsExactlyInAnyOrder("Đảng ủy " + newName, "Ủy ban nhân dân " + newName,
				"Ủy ban Mặt trận Tổ quốc Việt Nam " + newName, bodiesA.get("HDND").name(),
				"Hội đồng nhân dân " + newName);
		shot("4-result");

		// the dossier reads the resulting body
		page.navigate(url("/persons/" + clerk));
		assertThat(page.locator("div:has(> span:text-is('Cơ quan, đơn vị sử dụng CBCC')) > b"))
			.hasText("Ủy ban nhân dân " + newName);
		assertThat(page.locator("div:has(> span:text-is('Cơ quan, đơn vị có thẩm quyền quản lý CBCC')) > b"))
			.hasText(newName + ", " + province.name());
		shot("5-dossier");
		assertThat(problems).isEmpty();
	}

}
