package vn.canbo.web.suite;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionSubject;
import vn.canbo.career.DecisionType;
import vn.canbo.shared.Scope;

/**
 * The suite's steps for points of issue 20 that have no flow of their own: labels instead
 * of codes and ids (7), one dd/MM/yyyy date input everywhere (10), the dossier's photo
 * (13). They failed on the code before those changes.
 */
class UsabilitySuiteTest extends SuiteSupport {

	@Autowired
	DecisionService decisions;

	/**
	 * Point 7: an issued decision's effects and its revocation name the person and the
	 * decision number, never "#733" or "#1".
	 */
	@Test
	void decisionsShowNamesAndNumbersNotIds() {
		String number = UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
		long id = decisions
			.create(DecisionDraft.of(DecisionType.ASSIGNMENT, number, LocalDate.now(), "UBND tỉnh Bộ Thử",
					LocalDate.now().plusDays(3),
					List.of(DecisionSubject.post(loc.dong, loc.communeA, "CHUYEN_VIEN", "Chuyên viên"))), Scope.all())
			.id();
		decisions.issue(id, null, Scope.all());
		long revocation = decisions
			.revoke(id,
					new DecisionService.Revocation("R" + number, LocalDate.now(), "UBND tỉnh Bộ Thử", null, null, null),
					Scope.all())
			.id();
		as(SuiteRole.OFFICER);
		visit("/career/decisions/" + id, "effects");
		assertThat(page.locator("main").innerText()).doesNotContainPattern("#\\d+");
		visit("/career/decisions/" + revocation, "revocation-cites");
		assertThat(page.locator("main").innerText()).contains(number).doesNotContainPattern("#\\d+");
	}

	/**
	 * Point 10: no native date picker (mm/dd/yyyy in an English browser) on the pages
	 * that ask for dates: one dd/MM/yyyy text input everywhere.
	 */
	@Test
	void oneDateInputEverywhere() {
		as(SuiteRole.OFFICER);
		for (String path : List.of("/career/decisions", "/career/decisions/new", "/reports/pivot",
				"/units/" + loc.communeA, "/persons")) {
			visit(path, "dates-" + path.substring(1).replace('/', '-'));
			assertThat(page.locator("input[type=date]").count()).as(path).isZero();
		}
	}

	/** Point 13: the dossier takes a 4×6 photo (an image upload), not a placeholder. */
	@Test
	void theDossierTakesAPhoto() {
		as(SuiteRole.OFFICER);
		visit("/persons/" + loc.binh, "dossier-photo");
		assertThat(page.locator("input[type=file][accept*='image']")).not().hasCount(0);
	}

}
