package vn.canbo.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.people.PeopleTestData;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 20 points 8 and 13 in Chromium: a photo uploaded on the dossier shows in the 4×6
 * box; a CCCD that disagrees with the dossier is a warning saved once "Tôi đã kiểm tra,
 * vẫn lưu" is ticked. No console error or CSP violation; screenshots under
 * {@code target/browser/photo}.
 */
@BrowserShots("photo")
class PhotoAndWarningBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-anh";

	String k;

	long commune;

	long person;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		long province = unit("PH-T-" + k, "Tỉnh Chân Dung " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		commune = unit("PH-X-" + k, "UBND xã Chân Dung " + k, "UBND", AdminLevel.COMMUNE, province);
		person = people
			.create(PeopleTestData.newPerson("Trịnh Văn Chândung", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
		officer("photo-officer-" + k, PASSWORD, province);
	}

	@BeforeEach
	void listen() {
		reportCspViolations();
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
	}

	@Test
	void anUploadedPhotoShowsOnTheDossier() throws Exception {
		login("photo-officer-" + k, PASSWORD);
		page.navigate(url("/persons/" + person));
		assertThat(page.locator("#dossier-photo")).hasCount(0);
		Path file = Files.createTempFile("chan-dung", ".png");
		Files.write(file, PersonPhotoTest.encode(PersonPhotoTest.picture(900, 600), "png"));
		page.setInputFiles("#photo-file", file);
		page.click("form.photo-upload button[type=submit]");
		page.waitForLoadState();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu ảnh 4×6");
		assertThat(page.locator("#dossier-photo")).isVisible();
		Object width = page.evaluate("() => document.getElementById('dossier-photo').naturalWidth");
		assertThat(((Number) width).intValue()).isEqualTo(400);
		shot("dossier-with-photo");
		// a text file named .jpg: refused, in Vietnamese
		Path text = Files.createTempFile("khong-phai-anh", ".jpg");
		Files.writeString(text, "không phải ảnh");
		page.setInputFiles("#photo-file", text);
		page.click("form.photo-upload button[type=submit]");
		page.waitForLoadState();
		assertThat(page.locator(".alert-danger")).containsText("không phải ảnh JPEG hoặc PNG");
		shot("photo-refused");
		assertThat(problems).isEmpty();
	}

	@Test
	void aCccdWarningIsSavedOnceConfirmed() {
		login("photo-officer-" + k, PASSWORD);
		page.navigate(url("/persons/new"));
		page.fill("#f-fullName", "Đỗ Văn Cảnhbáo");
		page.selectOption("#f-gender", "MALE");
		page.fill("#f-birthDate", "17/05/1990");
		String id = "083290" + String.format("%06d", Math.abs(k.hashCode()) % 1_000_000);
		page.fill("#f-nationalId", id);
		page.selectOption("#f-mainPosition-unitId", String.valueOf(commune));
		page.selectOption("#f-mainPosition-titleCode", "CHUYEN_VIEN");
		page.click("main form.form-2c button[type=submit]");
		page.waitForLoadState();
		assertThat(page.locator("#form-warnings")).containsText("chữ số thứ 4 là 2");
		assertThat(page.locator("#form-warnings")).containsText("cần chữ số 0");
		shot("cccd-warning");
		page.check("#confirm-warnings");
		page.click("main form.form-2c button[type=submit]");
		page.waitForLoadState();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/persons/\\d+$"));
		assertThat(page.locator("article.form-2c")).containsText("ĐỖ VĂN CẢNHBÁO");
		shot("cccd-confirmed");
		assertThat(problems).isEmpty();
	}

}
