package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.career.DecisionFilter;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionStatus;
import vn.canbo.career.DecisionSummary;
import vn.canbo.career.DecisionType;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The DECISIONS template (issue 14, point 10): a year's register imported as issued
 * decisions through career's API (effects on the dossiers), past rule violations as
 * warnings, errors by row and cell at once, all-or-nothing.
 */
class DecisionImportTest extends ImportTestSupport {

	private static final String ISSUER = "UBND huyện Nhập Thử";

	@Autowired
	DecisionService decisions;

	private LocalityFiles files() {
		return new LocalityFiles(imports);
	}

	private static String prefix() {
		return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	/** A random name part of letters only (names may not hold digits). */
	static String letters() {
		StringBuilder b = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			b.append((char) ('a' + Character.digit(c, 16)));
		}
		return Character.toUpperCase(b.charAt(0)) + b.substring(1);
	}

	/** Persons imported through the PERSONS template, in unit a; their CCCDs. */
	private List<String> persons(LocalityFiles f, int... birthYears) {
		List<String> ids = new java.util.ArrayList<>();
		List<LocalityFiles.Person> rows = new java.util.ArrayList<>();
		for (int y : birthYears) {
			String id = LocalityFiles.nationalId(true, y);
			ids.add(id);
			rows.add(new LocalityFiles.Person(tree.a().code(), "Người Thử " + letters(), true, LocalDate.of(y, 5, 5),
					id, "CHUYEN_VIEN", LocalDate.of(2010, 1, 1)));
		}
		f.load("PERSONS", f.persons(rows), Scope.all());
		return ids;
	}

	private long decisionsNumbered(String p) {
		return jdbc.sql("select count(*) from career_decision where number like ?")
			.param(p + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void templateIsDownloadable() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.writeTemplate("DECISIONS", out);
		try (XSSFWorkbook wb = Sheets.read(out.toByteArray())) {
			assertThat(wb.getSheetName(0)).isEqualTo("Quyết định");
			assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Loại quyết định *");
			assertThat(wb.getSheetAt(0).getDataValidations()).isNotEmpty();
		}
	}

	@Test
	void aRegisterIsIssuedAndChangesTheDossiers() {
		LocalityFiles f = files();
		List<String> ids = persons(f, 1975, 1980, 1962);
		String p = prefix();
		LocalDate appointed = LocalDate.of(2022, 3, 1);
		LocalDate dismissed = LocalDate.of(2023, 5, 1);
		LocalDate late = LocalDate.of(2023, 1, 2);
		byte[] file = f.decisions(List.of(
				// one decision, two persons (rows 2 and 3)
				LocalityFiles.Decision.of("bổ nhiệm", p + "/QĐ-UBND", appointed, ISSUER, ids.get(0), tree.b().code(),
						"PHO_CHU_TICH_UBND"),
				LocalityFiles.Decision.of("APPOINTMENT", p + "/QĐ-UBND", appointed, ISSUER, ids.get(1), tree.b().code(),
						"UY_VIEN_UBND"),
				// ends the post opened two rows above
				LocalityFiles.Decision.of("miễn nhiệm", p + "-2/QĐ-UBND", dismissed, ISSUER, ids.get(0),
						tree.b().code(), null),
				// born 1962: under 60 months left — the age gate fails, in the past: a
				// warning
				LocalityFiles.Decision.of("bổ nhiệm", p + "-3/QĐ-UBND", late, ISSUER, ids.get(2), tree.a().code(),
						"CHU_TICH_UBND"),
				// a salary type: rank and step
				LocalityFiles.Decision
					.of("chuyển ngạch", p + "-4/QĐ-UBND", LocalDate.of(2021, 1, 1), ISSUER, ids.get(1), null, null)
					.with("rankCode", "01.003")
					.with("step", 3)));
		ImportJob job = f.preview("DECISIONS", file, Scope.all());
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(job.errorRows()).as(issues.toString()).isZero();
		assertThat(issues).anyMatch(i -> i.row() == 5 && i.severity() == ImportIssue.Severity.WARNING
				&& i.message().startsWith("Quy định (quyết định đã có hiệu lực, chỉ cảnh báo)"));
		assertThat(decisionsNumbered(p)).as("the preview writes nothing").isZero();
		ImportJob done = f.commit(job.id(), Scope.all());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.createdCount()).isEqualTo(4);

		PersonView first = byNationalId(ids.get(0));
		Position post = first.positions()
			.stream()
			.filter(x -> "PHO_CHU_TICH_UBND".equals(x.titleCode()))
			.findFirst()
			.orElseThrow();
		assertThat(post.unitId()).isEqualTo(tree.b().id());
		assertThat(post.validFrom()).isEqualTo(appointed);
		assertThat(post.validTo()).isEqualTo(dismissed);
		assertThat(post.decisionNumber()).isEqualTo(p + "/QĐ-UBND");
		assertThat(first.positions()).filteredOn(x -> "CHUYEN_VIEN".equals(x.titleCode()))
			.allMatch(x -> appointed.equals(x.validTo()));
		PersonView second = people.get(byNationalId(ids.get(1)).person().id(), LocalDate.of(2024, 1, 1), Scope.all());
		assertThat(second.mainPosition().titleCode()).isEqualTo("UY_VIEN_UBND");
		assertThat(second.mainPosition().unitId()).isEqualTo(tree.b().id());
		assertThat(second.currentSalary().rankCode()).isEqualTo("01.003");
		assertThat(second.currentSalary().step()).isEqualTo(3);
		assertThat(second.currentSalary().validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));

		List<DecisionSummary> listed = decisions
			.list(new DecisionFilter(null, null, null, null, first.person().id(), null), Scope.all(), 0, 50)
			.items();
		assertThat(listed).filteredOn(d -> d.number().startsWith(p))
			.extracting(DecisionSummary::type, DecisionSummary::status)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(DecisionType.APPOINTMENT, DecisionStatus.ISSUED),
					org.assertj.core.groups.Tuple.tuple(DecisionType.DISMISSAL, DecisionStatus.ISSUED));
		assertThat(listed).filteredOn(d -> d.number().equals(p + "/QĐ-UBND")).allMatch(d -> d.subjects() == 2);
		PersonView old = people.get(byNationalId(ids.get(2)).person().id(), LocalDate.of(2023, 2, 1), Scope.all());
		assertThat(old.mainPosition().titleCode()).as("issued despite the past age gate").isEqualTo("CHU_TICH_UBND");
	}

	@Test
	void everyProblemIsReportedOnItsRowAndCellAndNothingIsWritten() {
		LocalityFiles f = files();
		List<String> ids = persons(f, 1976, 1977);
		String p = prefix();
		LocalDate d = LocalDate.of(2022, 6, 1);
		byte[] file = f.decisions(List.of(
				LocalityFiles.Decision.of("bổ nhiệm", p + "-1", d, ISSUER, "001099999999", tree.b().code(),
						"PHO_CHU_TICH_UBND"),
				LocalityFiles.Decision.of("bổ nhiệm", p + "-2", d, ISSUER, ids.get(0), "NO-SUCH-UNIT-" + p,
						"PHO_CHU_TICH_UBND"),
				LocalityFiles.Decision.of("không phải loại nào", p + "-3", d, ISSUER, ids.get(0), tree.b().code(),
						"PHO_CHU_TICH_UBND"),
				LocalityFiles.Decision.of("bổ nhiệm", p + "-4", d, ISSUER, ids.get(0), null, null),
				LocalityFiles.Decision.of("miễn nhiệm", p + "-5", d, ISSUER, ids.get(1), tree.b().code(), null),
				LocalityFiles.Decision.of("điều động", p + "-6", d, ISSUER, ids.get(0), tree.b().code(), "CHUYEN_VIEN"),
				LocalityFiles.Decision.of("bổ nhiệm", p + "-6", d, ISSUER, ids.get(1), tree.b().code(), "CHUYEN_VIEN"),
				LocalityFiles.Decision.of("điều động", p + "-9", d, ISSUER, ids.get(1), tree.b().code(),
						"CHUYEN_VIEN")));
		ImportJob job = f.preview("DECISIONS", file, Scope.all());
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).anyMatch(i -> i.row() == 2 && i.column().equals("nationalId"));
		assertThat(issues).anyMatch(i -> i.row() == 3 && i.column().equals("unitCode"));
		assertThat(issues).anyMatch(i -> i.row() == 4 && i.column().equals("type"));
		assertThat(issues).anyMatch(i -> i.row() == 5 && i.column().equals("unitCode"));
		assertThat(issues).anyMatch(i -> i.row() == 5 && i.column().equals("titleCode"));
		assertThat(issues).anyMatch(i -> i.row() == 6 && i.column().equals("unitCode")
				&& i.message().contains("Không giữ chức vụ chính nào"));
		assertThat(issues).anyMatch(i -> i.row() == 8 && i.column().equals("type") && i.message().contains("dòng 7"));
		assertThat(issues).anyMatch(i -> i.row() == 7 && i.message().contains("Dòng 8"));
		assertThat(issues).noneMatch(i -> i.row() == 9 && i.severity() == ImportIssue.Severity.ERROR);
		assertThat(job.errorRows()).isEqualTo(7);
		assertThatThrownBy(() -> f.commit(job.id(), Scope.all())).isInstanceOf(ValidationException.class);
		assertThat(decisionsNumbered(p)).isZero();
	}

	/** Persons and units outside the importer's scope are errors on their cells. */
	@Test
	void aScopedUserReachesOnlyItsScope() {
		LocalityFiles f = files();
		List<String> inA = persons(f, 1983);
		String inB = LocalityFiles.nationalId(true, 1984);
		f.load("PERSONS", f.persons(List.of(new LocalityFiles.Person(tree.b().code(), "Anh Thử " + letters(), true,
				LocalDate.of(1984, 4, 4), inB, "CHUYEN_VIEN", LocalDate.of(2010, 1, 1)))), Scope.all());
		ImportFixture.signIn(vn.canbo.security.Role.ORG_OFFICER, tree.b().id());
		Scope scope = Scope.of(tree.b().id());
		String p = prefix();
		LocalDate d = LocalDate.of(2022, 6, 1);
		ImportJob job = f.preview("DECISIONS", f.decisions(List.of(
				LocalityFiles.Decision.of("điều động", p + "-1", d, ISSUER, inA.get(0), tree.b().code(), "CHUYEN_VIEN"),
				LocalityFiles.Decision.of("điều động", p + "-2", d, ISSUER, inB, tree.a().code(), "CHUYEN_VIEN"))),
				scope);
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).anyMatch(i -> i.row() == 2 && i.column().equals("nationalId"));
		assertThat(issues)
			.anyMatch(i -> i.row() == 3 && i.column().equals("unitCode") && i.message().contains("ngoài phạm vi"));
		assertThat(job.errorRows()).isEqualTo(2);
	}

	/** From today on a BLOCK rule stops the decision, as when issuing it in the UI. */
	@Test
	void aBlockingRuleFromTodayIsAnError() {
		LocalityFiles f = files();
		List<String> ids = persons(f, 1962);
		String p = prefix();
		ImportJob job = f.preview("DECISIONS", f.decisions(List.of(LocalityFiles.Decision.of("bổ nhiệm", p + "-1",
				LocalDate.now(), ISSUER, ids.get(0), tree.b().code(), "PHO_CHU_TICH_UBND"))), Scope.all());
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).anyMatch(i -> i.row() == 2 && i.severity() == ImportIssue.Severity.ERROR);
		assertThat(issues).noneMatch(i -> i.severity() == ImportIssue.Severity.WARNING);
		assertThat(decisionsNumbered(p)).isZero();
	}

	/**
	 * Valid in the preview, the second decision fails at commit (its person was deleted
	 * in between): the first one, its effects and its audit are not written either.
	 */
	@Test
	void aDecisionFailingAtCommitLeavesNothingWritten() {
		LocalityFiles f = files();
		List<String> ids = persons(f, 1978, 1979);
		String p = prefix();
		LocalDate d = LocalDate.of(2022, 6, 1);
		ImportJob job = f.preview("DECISIONS",
				f.decisions(List.of(
						LocalityFiles.Decision.of("điều động", p + "-1", d, ISSUER, ids.get(0), tree.b().code(),
								"CHUYEN_VIEN"),
						LocalityFiles.Decision.of("điều động", p + "-2", d, ISSUER, ids.get(1), tree.b().code(),
								"CHUYEN_VIEN"))),
				Scope.all());
		assertThat(job.errorRows()).as(imports.issues(job.id(), 0, 10).toString()).isZero();
		long firstId = byNationalId(ids.get(0)).person().id();
		people.softDelete(byNationalId(ids.get(1)).person().id(), "nhập nhầm", Scope.all());
		String audited = "select count(*) from audit_event where entity_type = 'decision' and person_id = ?";
		long audits = jdbc.sql(audited).param(firstId).query(Long.class).single();
		ImportJob failed = f.commit(job.id(), Scope.all());
		assertThat(failed.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(decisionsNumbered(p)).isZero();
		assertThat(people.get(firstId, LocalDate.of(2023, 1, 1), Scope.all()).mainPosition().unitId())
			.isEqualTo(tree.a().id());
		assertThat(jdbc.sql(audited).param(firstId).query(Long.class).single()).isEqualTo(audits);
	}

}
