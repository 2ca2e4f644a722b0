package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite, as the organisation officer: two communes merged into a new one through the
 * unit page's form, its confirmation accepted, and a preview (issue 20 point 5) followed
 * to the result when there is one.
 */
class RestructuringSuiteTest extends SuiteSupport {

	@Test
	void mergeTwoCommunesIntoANewOne() {
		String code = "BT-MN-" + loc.key;
		String name = "Xã Hợp Nhất " + loc.key;
		as(SuiteRole.OFFICER);
		visit("/units/" + loc.mergeA, "unit");
		List<String> asked = new ArrayList<>();
		page.onDialog(d -> {
			asked.add(d.message());
			d.accept();
		});
		button("Sáp nhập, hợp nhất").click();
		Locator form = page.locator("form[action$='/merge/preview']");
		assertThat(form).isVisible();
		form.locator("#other-" + loc.mergeB).check();
		form.locator("[name=newCode]").fill(code);
		form.locator("[name=newName]").fill(name);
		form.locator("[name=decisionNumber]").fill("01/NQ-" + loc.key);
		step("merge-form");
		form.locator("button[type=submit]").click();
		settle();
		step("merge-submitted");
		// the preview (issue 20 point 5): nothing changed yet; "Thực hiện" asks, then
		// merges
		assertThat(page).hasURL(Pattern.compile(".*/units/" + loc.mergeA + "/merge/preview$"));
		assertThat(units.findByCode(code, LocalDate.now())).as("nothing merged before the preview is confirmed")
			.isEmpty();
		page.locator("#plan-execute").click();
		settle();
		step("merge-preview-confirmed");
		assertThat(asked).as("the preview's execute button asked first").isNotEmpty();
		assertThat(units.findByCode(code, LocalDate.now())).as("the new commune").isPresent();
		long id = units.findByCode(code, LocalDate.now()).get().id();
		assertThat(page).hasURL(Pattern.compile(".*/units/" + id + "(\\?.*)?$"));
		assertThat(page.locator("main h1")).containsText(name);
		step("merged");
		// both communes' persons are counted in the new one
		visit("/persons?unitId=" + id, "merged-persons");
	}

	/**
	 * Issue 20 point 5: the merge form leads to a preview before anything changes (what
	 * each body becomes, how many persons move).
	 */
	@Test
	void aMergeShowsAPreviewBeforeAnythingChanges() {
		long a = units
			.create(new vn.canbo.org.UnitService.NewUnit("BT-PA-" + loc.key, "Xã Xem Trước " + loc.key, null, "DIA_BAN",
					vn.canbo.org.AdminLevel.COMMUNE, loc.province, LocalDate.of(2000, 1, 1)))
			.id();
		String other = "BT-PB-" + loc.key;
		long b = units
			.create(new vn.canbo.org.UnitService.NewUnit(other, "Xã Xem Sau " + loc.key, null, "DIA_BAN",
					vn.canbo.org.AdminLevel.COMMUNE, loc.province, LocalDate.of(2000, 1, 1)))
			.id();
		String code = "BT-PN-" + loc.key;
		as(SuiteRole.OFFICER);
		visit("/units/" + a, "unit-for-preview");
		page.onDialog(d -> d.accept());
		button("Sáp nhập, hợp nhất").click();
		Locator form = page.locator("form[action$='/merge/preview']");
		form.locator("#other-" + b).check();
		form.locator("[name=newCode]").fill(code);
		form.locator("[name=newName]").fill("Xã Xem Chung " + loc.key);
		form.locator("button[type=submit]").click();
		settle();
		step("merge-preview");
		assertThat(page).hasURL(Pattern.compile(".*/units/" + a + "/merge/preview$"));
		assertThat(page.locator("#plan-changes")).containsText("Xã Xem Sau " + loc.key);
		assertThat(page.locator("#plan-outcomes")).containsText("Xã Xem Chung " + loc.key);
		assertThat(units.findByCode(code, LocalDate.now())).as("nothing merged before the preview is confirmed")
			.isEmpty();
	}

}
