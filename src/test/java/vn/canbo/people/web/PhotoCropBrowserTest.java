package vn.canbo.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canbo.org.AdminLevel;
import vn.canbo.people.PeopleTestData;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 20 point 13 in Chromium: choosing a picture shows it with a 2:3 frame; the mouse
 * drags the frame and resizes it by a corner; the upload stores that rectangle (the
 * photo's colours are those of the framed quadrants); the photo is then removed after the
 * confirmation. No console error or CSP violation; screenshots under
 * {@code target/browser/photo2}.
 */
@BrowserShots("photo2")
class PhotoCropBrowserTest extends BrowserTestSupport {

	static final String PASSWORD = "mat-khau-khung";

	String k;

	long person;

	@BeforeAll
	void data() {
		k = UUID.randomUUID().toString().substring(0, 8);
		long province = unit("KB-T-" + k, "Tỉnh Khung Ảnh " + k, "DIA_BAN", AdminLevel.PROVINCE, null);
		long commune = unit("KB-X-" + k, "UBND xã Khung Ảnh " + k, "UBND", AdminLevel.COMMUNE, province);
		person = people
			.create(PeopleTestData.newPerson("Hồ Văn Khungảnh", PeopleTestData.nationalId(), commune), Scope.all())
			.id();
		officer("crop-officer-" + k, PASSWORD, province);
	}

	@BeforeEach
	void listen() {
		reportCspViolations();
		collectConsoleErrors(problems);
		collectUncaughtErrors(problems);
		collectFailedRequests(problems);
	}

	int field(String id) {
		return Integer.parseInt(page.inputValue(id));
	}

	@Test
	void theFrameIsDraggedAndResizedThenThatPartIsStoredAndThePhotoRemoved() throws Exception {
		login("crop-officer-" + k, PASSWORD);
		page.navigate(url("/persons/" + person));
		assertThat(page.locator("[data-crop-box]")).isHidden();
		Path file = Files.createTempFile("khung", ".png");
		Files.write(file, PersonPhotoTest.encode(PhotoCropTest.quadrants(1200, 900), "png"));
		page.setInputFiles("#photo-file", file);
		assertThat(page.locator("[data-crop-frame]")).isVisible();
		// the frame starts as the centred crop: 600×900 at x 300
		assertThat(page.locator("#photo-crop-x")).hasValue("300");
		assertThat(page.locator("#photo-crop-y")).hasValue("0");
		assertThat(page.locator("#photo-crop-w")).hasValue("600");
		assertThat(page.locator("#photo-crop-h")).hasValue("900");
		shot("1-frame-centred");

		// shrink it from the bottom-right corner, up and left, to about 240×360 pixels of
		// the
		// picture (the preview is smaller than the picture: screen = picture × scale)
		page.locator("[data-crop-box]").scrollIntoViewIfNeeded();
		double scale = page.locator("[data-crop-frame]").boundingBox().width / 600;
		BoundingBox handle = page.locator("[data-crop-handle=se]").boundingBox();
		double hx = handle.x + handle.width / 2;
		double hy = handle.y + handle.height / 2;
		page.mouse().move(hx, hy);
		page.mouse().down();
		page.mouse()
			.move(hx - 360 * scale, hy - 540 * scale, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
		int w = field("#photo-crop-w");
		int h = field("#photo-crop-h");
		assertThat(w).isBetween(200, 280);
		assertThat(h * 2).isEqualTo(w * 3);
		assertThat(field("#photo-crop-x")).isEqualTo(300); // the top-left corner stayed
		assertThat(field("#photo-crop-y")).isZero();
		shot("2-frame-resized");

		// drag it right by 400 pixels of the picture, onto the green quadrant (x from
		// 600)
		BoundingBox frame = page.locator("[data-crop-frame]").boundingBox();
		double fx = frame.x + frame.width / 2;
		double fy = frame.y + frame.height / 2;
		page.mouse().move(fx, fy);
		page.mouse().down();
		page.mouse()
			.move(fx + 400 * scale, fy + 30 * scale, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
		int x = field("#photo-crop-x");
		int y = field("#photo-crop-y");
		assertThat(x).isBetween(680, 720);
		assertThat(y).isBetween(20, 40);
		assertThat(x + field("#photo-crop-w")).isLessThanOrEqualTo(1200);
		assertThat(y + field("#photo-crop-h")).isLessThanOrEqualTo(450); // still in the
																			// top half
		assertThat(field("#photo-crop-w")).isEqualTo(w); // moving keeps the size
		shot("3-frame-moved");

		page.click("form.photo-upload button[type=submit]");
		page.waitForLoadState();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu ảnh 4×6");
		assertThat(page.locator("#dossier-photo")).isVisible();
		APIResponse photo = page.request().get(url("/persons/" + person + "/photo"));
		assertThat(photo.status()).isEqualTo(200);
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.body()));
		assertThat(stored.getWidth()).isEqualTo(400);
		for (int[] p : new int[][] { { 10, 10 }, { 390, 10 }, { 200, 300 }, { 10, 590 }, { 390, 590 } }) {
			assertThat(PhotoCropTest.colour(stored, p[0], p[1])).as("pixel %s,%s", p[0], p[1]).isEqualTo("green");
		}
		shot("4-dossier-with-framed-photo");

		// removed after the confirmation
		List<String> dialogs = new ArrayList<>();
		page.onDialog(d -> {
			dialogs.add(d.message());
			d.accept();
		});
		page.click("form.photo-remove button[type=submit]");
		page.waitForLoadState();
		assertThat(dialogs).singleElement().asString().startsWith("Xóa ảnh 4×6 hiện tại");
		assertThat(page.locator(".alert-success")).containsText("Đã xóa ảnh 4×6");
		assertThat(page.locator("#dossier-photo")).hasCount(0);
		assertThat(page.locator("form.photo-remove")).hasCount(0);
		shot("5-photo-removed");
		assertThat(problems).isEmpty();
	}

	@Test
	void aPhonePortraitIsFramedAsTheBrowserShowsItAndStoredUpright() throws Exception {
		login("crop-officer-" + k, PASSWORD);
		page.navigate(url("/persons/" + person));
		Path file = Files.createTempFile("dien-thoai", ".jpg");
		// stored 900×600 with EXIF orientation 6: Chromium shows it upright, 600×900
		Files.write(file, PhotoCropTest.phonePortrait(PhotoCropTest.quadrants(600, 900)));
		page.setInputFiles("#photo-file", file);
		assertThat(page.locator("[data-crop-frame]")).isVisible();
		assertThat(page.locator("#photo-crop-x")).hasValue("0");
		assertThat(page.locator("#photo-crop-y")).hasValue("0");
		assertThat(page.locator("#photo-crop-w")).hasValue("600");
		assertThat(page.locator("#photo-crop-h")).hasValue("900");
		// the keyboard: Shift + up shrinks the frame from its bottom-right corner
		page.focus("[data-crop-frame]");
		for (int i = 0; i < 20; i++) {
			page.keyboard().press("Shift+ArrowUp");
		}
		int w = field("#photo-crop-w");
		assertThat(w).isLessThan(600);
		assertThat(field("#photo-crop-h") * 2).isEqualTo(w * 3);
		page.locator("[data-crop-box]").scrollIntoViewIfNeeded();
		shot("6-phone-portrait-framed");
		page.click("form.photo-upload button[type=submit]");
		page.waitForLoadState();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu ảnh 4×6");
		BufferedImage stored = ImageIO
			.read(new ByteArrayInputStream(page.request().get(url("/persons/" + person + "/photo")).body()));
		// the top-left part of the upright picture: red (its top-left quarter) at the top
		// left
		assertThat(PhotoCropTest.colour(stored, 10, 10)).isEqualTo("red");
		shot("7-phone-portrait-stored");
		assertThat(problems).isEmpty();
	}

}
