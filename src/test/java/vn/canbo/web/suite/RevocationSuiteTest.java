package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Hủy bỏ quyết định kỷ luật in the browser (issue 15): from the dossier's discipline
 * table, the form refused with every error under its field, then accepted; the table
 * shows the revocation. A person of a commune of its own in the locality's province.
 */
class RevocationSuiteTest extends SuiteSupport {

	@Test
	void revokeADisciplineDecisionFromTheDossier() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		long unit = units
			.create(new UnitService.NewUnit("RS-" + k, "UBND xã Hủy Bỏ " + k, null, "UBND", AdminLevel.COMMUNE,
					loc.province, LocalDate.of(2000, 1, 1)))
			.id();
		long id = people
			.create(new NewPerson(
					PersonData.basic(PersonCategory.CIVIL_SERVANT, "Phan Văn Kỷ", Gender.MALE,
							PartialDate.ofMonth(1981, 2)),
					Position.main(unit, "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2015, 1, 1))), Scope.all())
			.id();
		people.add(id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH",
				LocalDate.of(2024, 3, 1), null, null, "UBND tỉnh", "Chậm trễ", "8/QĐ-KL"), Scope.all());
		as(SuiteRole.OFFICER);
		visit("/persons/" + id, "revocation-dossier");
		page.locator("#t22 .revoke-discipline").click();
		settle();
		assertThat(page.locator(".revocation-form")).containsText("Hủy bỏ quyết định kỷ luật");
		page.locator(".revocation-form button[type=submit]").click();
		settle();
		for (String f : new String[] { "decisionNumber", "revokedOn", "issuer", "reason" }) {
			assertThat(page.locator(".revocation-form [name=" + f + "]")).hasClass(Pattern.compile("is-invalid"));
		}
		assertThat(page.locator(".revocation-form")).containsText("Phan Văn Kỷ: số quyết định");
		step("revocation-errors");
		page.fill(".revocation-form [name=decisionNumber]", "14/QĐ-UBND");
		page.fill(".revocation-form [name=revokedOn]", "01/06/2025");
		page.fill(".revocation-form [name=issuer]", "Chủ tịch UBND tỉnh");
		page.fill(".revocation-form [name=reason]", "Kết luận khiếu nại");
		page.locator(".revocation-form button[type=submit]").click();
		settle();
		assertThat(page.locator("#t22"))
			.containsText("Đã hủy bỏ theo quyết định số 14/QĐ-UBND ngày 01/06/2025 của Chủ tịch UBND tỉnh");
		assertThat(page.locator("#t22 .revoke-discipline")).hasCount(0);
		step("revocation-saved");
	}

}
