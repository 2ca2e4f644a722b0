package vn.canbo.career;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 20, in Chromium: "Ban hành", "Phê duyệt" and revocation ask before they are sent
 * (static/js/confirm.js on the forms' data-confirm); dismissing changes nothing,
 * accepting issues. The restructuring forms under /units carry their question too, and
 * /favicon.ico answers. Screenshots go to target/browser/decisions.
 */
@BrowserShots("decisions")
class DecisionConfirmBrowserTest extends BrowserTestSupport {

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	CareerFixture.Tree tree;

	String username;

	final List<String> consoleErrors = new ArrayList<>();

	final List<String> missing = new ArrayList<>();

	@BeforeAll
	void data() {
		tree = fx.tree();
		username = "confirm-" + CareerFixture.key();
		accounts.create(username, "mat-khau-dung", "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(tree.province().id()));
	}

	@BeforeEach
	void watch() {
		consoleErrors.clear();
		missing.clear();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				consoleErrors.add(m.text());
			}
		});
		page.onResponse(r -> {
			if (r.status() == 404) {
				missing.add(r.url());
			}
		});
	}

	private long draft() {
		long person = fx.person("Giang Văn Hỏi", tree.a().id());
		return decisions.create(CareerFixture.draft(DecisionType.ASSIGNMENT, LocalDate.of(2025, 3, 1),
				DecisionSubject.post(person, tree.a().id(), "CAN_SU", null)), Scope.all())
			.id();
	}

	private String status(long id) {
		return decisions.get(id, Scope.all()).status().name();
	}

	@Test
	void issuingAsksFirstAndDismissingIssuesNothing() {
		long id = draft();
		String number = decisions.get(id, Scope.all()).number();
		login(username, "mat-khau-dung");
		page.navigate(url("/career/decisions/" + id));
		shot("confirm-decision-draft");

		List<String> asked = new ArrayList<>();
		page.onceDialog(d -> {
			asked.add(d.type() + ": " + d.message());
			d.dismiss();
		});
		page.click("form[action$='/approve'] button[type=submit]");
		page.onceDialog(d -> {
			asked.add(d.type() + ": " + d.message());
			d.dismiss();
		});
		page.fill("#justification", "Bố trí lại");
		page.click("form[action$='/issue'] button[type=submit]");
		assertThat(asked).containsExactly(
				"confirm: Phê duyệt dự thảo quyết định " + number + "? Sau khi phê duyệt không sửa được dự thảo.",
				"confirm: Ban hành quyết định " + number
						+ "? Sau khi ban hành không sửa được; muốn thay đổi phải ban hành quyết định thu hồi hoặc sửa đổi.");
		assertThat(page).hasURL(url("/career/decisions/" + id));
		assertThat(page.locator("#justification")).hasValue("Bố trí lại");
		assertThat(status(id)).isEqualTo("DRAFT");

		page.onceDialog(d -> {
			asked.add(d.message());
			d.accept();
		});
		page.click("form[action$='/issue'] button[type=submit]");
		assertThat(page.locator(".alert-success")).hasText("Đã ban hành quyết định.");
		assertThat(asked).hasSize(3);
		assertThat(status(id)).isEqualTo("ISSUED");
		shot("confirm-decision-issued");

		// revocation asks too; dismissed, the decision stays issued
		page.onceDialog(d -> {
			asked.add(d.message());
			d.dismiss();
		});
		page.fill("form[action$='/revoke'] input[name=number]", CareerFixture.key() + "/QĐ-UBND");
		page.click("form[action$='/revoke'] button[type=submit]");
		assertThat(asked).hasSize(4);
		assertThat(asked.get(3)).startsWith("Thu hồi quyết định " + number + "?");
		assertThat(status(id)).isEqualTo("ISSUED");
		assertThat(consoleErrors).isEmpty();
		assertThat(missing).isEmpty();
	}

	@Test
	void restructuringFormsAskWithTheUnitName() {
		// since issue 20 point 5 the forms lead to a preview (read only); the question is
		// asked on the preview's execute button (RestructuringPreviewBrowserTest)
		login(username, "mat-khau-dung");
		page.navigate(url("/units/" + tree.a().id()));
		assertThat(page.locator("form[action$='/preview']")).hasCount(5);
		page.click("button[data-bs-target='#f-rename']");
		page.fill("#f-rename input[name=name]", tree.a().name() + " Mới");
		page.fill("#f-rename input[name=effectiveDate]", "2026-01-01");
		submit(page.locator("#f-rename button[type=submit]"));
		String name = tree.a().name();
		assertThat(page.locator("#plan-execute")).hasAttribute("data-confirm",
				"Đổi tên " + name + " từ ngày 01/01/2026 theo tên mới. Thực hiện?");
		assertThat(consoleErrors).isEmpty();
		assertThat(missing).isEmpty();
	}

	@Test
	void theFaviconAnswers() {
		APIResponse icon = page.request().get(url("/favicon.ico"));
		assertThat(icon.status()).isEqualTo(200);
		byte[] b = icon.body();
		// an ICO file: reserved 0, type 1 (icon)
		assertThat(b.length).isGreaterThan(6);
		assertThat(new byte[] { b[0], b[1], b[2], b[3] }).containsExactly(0, 0, 1, 0);
		page.navigate(url("/login"));
		assertThat(missing).isEmpty();
	}

}
