package vn.canbo.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.canbo.evaluation.Campaign;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.imports.ImportIssue;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.JobWait;
import vn.canbo.imports.Sheets;
import vn.canbo.security.CanboUser;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The EVALUATION_SCORES template: a file with errors is previewed with each error on its
 * row and column (unknown CCCD, a person outside the campaign, a score out of range, a
 * rating contradicting the score) and cannot be committed, nothing stored; a clean file
 * is committed whole through the grid-save API. A row that the data changed after the
 * preview makes wrong (here: the quota) fails the whole commit, naming the row (checked
 * once, by the save), or is left out when the user commits the valid rows only.
 */
@SpringBootTest
class ScoresImportTest {

	static final int Y = PagesFixture.WARN_YEAR;

	@Autowired
	ImportService imports;

	@Autowired
	PagesFixture fx;

	PagesFixture.Tree t;

	Scope scope;

	@BeforeEach
	void signIn() {
		t = fx.tree();
		scope = Scope.of(t.a().id());
		CanboUser u = TestUsers.user(Role.ORG_OFFICER, t.a().id());
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static byte[] file(List<Map<String, Object>> rows) {
		return Sheets.simple(ScoreTemplates.columns(), "Danh gia xep loai", rows);
	}

	ImportJob await(long id) {
		return JobWait.await(imports::job, id);
	}

	ImportJob preview(byte[] bytes) throws InterruptedException {
		return await(imports.upload(ScoreTemplates.CODE, "danh-gia.xlsx", new ByteArrayInputStream(bytes), scope).id());
	}

	@Test
	void errorsByRowAndColumnAndNothingStored() throws Exception {
		String id1 = PagesFixture.nationalId();
		String id2 = PagesFixture.nationalId();
		String id3 = PagesFixture.nationalId();
		String idB = PagesFixture.nationalId();
		long p1 = fx.person("Trịnh Thị Nhất", id1, t.a().id());
		long p2 = fx.person("Trịnh Thị Nhì", id2, t.a().id());
		long p3 = fx.person("Trịnh Thị Ba", id3, t.a().id());
		fx.person("Trịnh Thị Ngoài", idB, t.b().id());
		Campaign c = fx.campaign("Nhập điểm", t.a().id(), Y);
		ImportJob j = preview(file(List.of(
				Map.of("campaignId", c.id(), "nationalId", id1, "commonScore", 25, "taskScore", 60, "rating", "HTTNV"),
				Map.of("campaignId", c.id(), "nationalId", idB, "commonScore", 25, "taskScore", 60, "rating", "HTTNV"),
				Map.of("campaignId", c.id(), "nationalId", id2, "commonScore", 35, "taskScore", 60, "rating", "HTTNV"),
				Map.of("campaignId", c.id(), "nationalId", id3, "commonScore", 25, "taskScore", 70, "rating", "HTNV"),
				Map.of("campaignId", c.id(), "nationalId", id1, "commonScore", 20, "taskScore", 60, "rating",
						"HTTNV"))));
		assertThat(j.status()).isEqualTo(ImportJob.Status.READY);
		List<ImportIssue> issues = imports.issues(j.id(), 0, 100)
			.stream()
			.filter(i -> i.severity() == ImportIssue.Severity.ERROR)
			.toList();
		assertThat(issues).extracting(ImportIssue::row).containsOnly(3, 4, 5, 6);
		assertThat(issues).filteredOn(i -> i.row() == 3)
			.singleElement()
			.satisfies(i -> assertThat(i.column()).isEqualTo("nationalId"))
			.satisfies(i -> assertThat(i.message()).contains(idB));
		assertThat(issues).filteredOn(i -> i.row() == 4).extracting(ImportIssue::column).contains("commonScore");
		assertThat(issues).filteredOn(i -> i.row() == 4)
			.extracting(ImportIssue::message)
			.anyMatch(m -> m.contains("Trịnh Thị Nhì"));
		assertThat(issues).filteredOn(i -> i.row() == 5).isNotEmpty();
		assertThat(issues).filteredOn(i -> i.row() == 6)
			.singleElement()
			.satisfies(i -> assertThat(i.message()).contains("dòng 2"));
		assertThatThrownBy(() -> imports.commit(j.id(), null, false, scope)).isInstanceOf(ValidationException.class);
		assertThat(fx.subject(c.id(), p1).rating()).isNull();
		assertThat(fx.subject(c.id(), p3).rating()).isNull();
	}

	@Test
	void aCleanFileIsCommittedWhole() throws Exception {
		String id1 = PagesFixture.nationalId();
		String id2 = PagesFixture.nationalId();
		long p1 = fx.person("Quách Thị Một", id1, t.a().id());
		long p2 = fx.person("Quách Thị Hai", id2, t.a().id());
		Campaign c = fx.campaign("Nhập điểm đủ", t.a().id(), Y);
		ImportJob j = preview(file(List.of(
				Map.of("campaignId", c.id(), "nationalId", id1, "fullName", "Quách Thị Một", "commonScore", 25,
						"taskScore", 60.5, "rating", "HTTNV", "taskGroup", "CHUYEN_MON"),
				Map.of("campaignId", c.id(), "nationalId", id2, "commonScore", 20, "taskScore", 20, "disciplined", "x",
						"rating", "KHTNV"))));
		assertThat(j.errorRows()).as(imports.issues(j.id(), 0, 100).toString()).isZero();
		imports.commit(j.id(), null, false, scope);
		ImportJob done = await(j.id());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.updatedCount()).isEqualTo(2);
		assertThat(fx.subject(c.id(), p1).rating()).isEqualTo(Rating.GOOD);
		assertThat(fx.subject(c.id(), p1).score()).isEqualByComparingTo(new BigDecimal("85.5"));
		assertThat(fx.subject(c.id(), p2).rating()).isEqualTo(Rating.INCOMPLETE);
		assertThat(fx.subject(c.id(), p2).disqualifiers().disciplined()).isTrue();
	}

	/** A year whose HTXSNV quota is in BLOCK mode (no test makes it WARN). */
	static final int BLOCK_YEAR = 2039;

	/**
	 * A unit of 6 persons: the 4 first and the 6th rated in the file, the 5th rated HTTNV
	 * beforehand; returns the previewed job, the campaign and the persons.
	 */
	record Quota(ImportJob job, Campaign campaign, List<Long> persons) {
	}

	Quota quotaMetAtPreview() throws Exception {
		List<String> ids = List.of(PagesFixture.nationalId(), PagesFixture.nationalId(), PagesFixture.nationalId(),
				PagesFixture.nationalId(), PagesFixture.nationalId(), PagesFixture.nationalId());
		List<String> names = List.of("Lã Thị An", "Lã Thị Bình", "Lã Thị Cúc", "Lã Thị Dung", "Lã Thị Em",
				"Lã Thị Gấm");
		List<Long> persons = new java.util.ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			persons.add(fx.person(names.get(i), ids.get(i), t.a().id()));
		}
		Campaign c = fx.campaign("Nhập điểm, tỷ lệ", t.a().id(), BLOCK_YEAR);
		fx.campaigns.record(c.id(), List.of(score(persons.get(4), 25, 55)), scope);
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (int i : new int[] { 0, 1, 2, 3 }) {
			rows.add(Map.of("campaignId", c.id(), "nationalId", ids.get(i), "commonScore", 25, "taskScore", 55));
		}
		// HTXSNV: 1 allowed with 5 HTTNV (20%, rounded down)
		rows.add(Map.of("campaignId", c.id(), "nationalId", ids.get(5), "commonScore", 28, "taskScore", 67));
		ImportJob j = preview(file(rows));
		assertThat(j.errorRows()).as(imports.issues(j.id(), 0, 100).toString()).isZero();
		// after the preview, the 5th person's HTTNV becomes HTNV: 4 HTTNV allow no HTXSNV
		fx.campaigns.record(c.id(), List.of(score(persons.get(4), 20, 40)), scope);
		return new Quota(j, c, persons);
	}

	static ScoreEntry score(long personId, int common, int task) {
		return new ScoreEntry(null, personId, BigDecimal.valueOf(common), BigDecimal.valueOf(task), null, null, null,
				null);
	}

	@Test
	void aRowMadeWrongAfterThePreviewFailsTheWholeCommitNamingIt() throws Exception {
		Quota q = quotaMetAtPreview();
		imports.commit(q.job().id(), null, false, scope);
		ImportJob done = await(q.job().id());
		assertThat(done.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(done.message()).containsIgnoringCase("không có gì được ghi")
			.contains("Dòng 6", "vượt tỷ lệ Hoàn thành xuất sắc");
		assertThat(fx.subject(q.campaign().id(), q.persons().get(0)).rating()).isNull();
		assertThat(fx.subject(q.campaign().id(), q.persons().get(5)).rating()).isNull();
	}

	@Test
	void aRowMadeWrongAfterThePreviewIsLeftOutWhenOnlyTheValidRowsAreCommitted() throws Exception {
		Quota q = quotaMetAtPreview();
		imports.commit(q.job().id(), null, true, scope);
		ImportJob done = await(q.job().id());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.updatedCount()).isEqualTo(4);
		assertThat(fx.subject(q.campaign().id(), q.persons().get(0)).rating()).isEqualTo(Rating.GOOD);
		assertThat(fx.subject(q.campaign().id(), q.persons().get(5)).rating()).isNull();
	}

}
