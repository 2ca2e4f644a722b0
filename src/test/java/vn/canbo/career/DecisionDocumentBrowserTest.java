package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;
import vn.canbo.web.BrowserShots;
import vn.canbo.web.BrowserTestSupport;

/**
 * Issue 20, points 3 and 7, in Chromium: the draft form shows the document's signing
 * inputs (place prefilled), the issued decision page reads its effects in words with no
 * "#id", and its document downloads with the page's session, complete. Screenshots under
 * target/browser/decisions.
 */
@BrowserShots("decisions")
class DecisionDocumentBrowserTest extends BrowserTestSupport {

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	CareerFixture.Tree tree;

	String username;

	@BeforeAll
	void data() {
		tree = fx.tree();
		username = "decdocs-" + CareerFixture.key();
		accounts.create(username, "mat-khau-dung", "Cán bộ tổ chức", Role.ORG_OFFICER, List.of(tree.province().id()));
	}

	@BeforeEach
	void watch() {
		collectConsoleErrors(problems);
		collectErrorResponses(problems);
	}

	@Test
	void draftSignIssueAndDownloadTheDocument() throws Exception {
		long person = fx.person("Mai Thị Ký", vn.canbo.people.Gender.FEMALE,
				vn.canbo.shared.PartialDate.of(LocalDate.of(1982, 4, 9)), tree.a().id(), 3, LocalDate.of(2022, 1, 1));
		login(username, "mat-khau-dung");

		page.navigate(url("/career/decisions/new?type=TRANSFER&personId=" + person));
		String place = tree.province().name().substring("Tỉnh ".length());
		assertThat(page.inputValue("#place")).isEqualTo(place);
		assertThat(page.isVisible("#proposer") && page.isVisible("#signingAuthority") && page.isVisible("#signerTitle")
				&& page.isVisible("#recipients"))
			.isTrue();
		shot("decision-form");

		Decision d = decisions.create(CareerFixture
			.draft(DecisionType.TRANSFER, LocalDate.of(2026, 2, 1),
					DecisionSubject.post(person, tree.b().id(), "PHO_CHU_TICH_UBND", null))
			.withSigning(new DecisionSigning(null, "Trưởng phòng Nội vụ", DecisionSigning.Authority.TM_KT,
					"Phó Chủ tịch", List.of("Sở Nội vụ"))),
				Scope.all());
		page.navigate(url("/career/decisions/" + d.id() + "/edit"));
		assertThat(page.inputValue("#place")).isEqualTo(place);
		assertThat(page.inputValue("#proposer")).isEqualTo("Trưởng phòng Nội vụ");
		assertThat(page.inputValue("#signingAuthority")).isEqualTo("TM_KT");
		assertThat(page.inputValue("#recipients")).isEqualTo("Sở Nội vụ");

		page.navigate(url("/career/decisions/" + d.id()));
		page.onceDialog(x -> x.accept());
		page.click("form[action$='/issue'] button[type=submit]");
		page.waitForLoadState();
		assertThat(decisions.get(d.id(), Scope.all()).status()).isEqualTo(DecisionStatus.ISSUED);
		String text = page.innerText("main");
		assertThat(text).contains("Mai Thị Ký", "Kết thúc: Chuyên viên — " + tree.a().name(),
				"Tạo mới: Phó Chủ tịch UBND — " + tree.b().name(), "Trưởng phòng Nội vụ", "TM. và KT. — Phó Chủ tịch");
		assertThat(Pattern.compile("#\\d+").matcher(text).find()).as(text).isFalse();
		shot("decision-issued");

		Download docx = page.waitForDownload(() -> page.click("a[href$='/document.docx']"));
		Path file = Path.of("target", "browser", "decisions", "decision.docx");
		Files.createDirectories(file.getParent());
		docx.saveAs(file);
		String doc = DecisionDocumentsCompleteTest.text(Files.readAllBytes(file));
		assertThat(doc)
			.contains(place + ", ngày 05 tháng 01 năm 2026", "Xét đề nghị của Trưởng phòng Nội vụ.", "bà Mai Thị Ký",
					"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
					"Quyết định này có hiệu lực kể từ ngày 01/02/2026.", "- Sở Nội vụ;")
			.doesNotContain("{{", "ông (bà)", "Xét đề nghị của .");
		assertThat(problems).isEmpty();
	}

}
