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
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.security.Role;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The UNITS template (issue 14, point 10): a locality's tree imported with errors by row
 * and field, all at once, all-or-nothing, and read back through the org API as of dates.
 */
class UnitImportTest extends ImportTestSupport {

	private static final LocalDate D2000 = LocalDate.of(2000, 1, 1);

	private static final LocalDate D2025 = LocalDate.of(2025, 7, 1);

	@Autowired
	UnitService units;

	private LocalityFiles files() {
		return new LocalityFiles(imports);
	}

	private static String prefix() {
		return "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	private long countWithPrefix(String p) {
		return jdbc.sql("select count(*) from org_unit where code like ?").param(p + "%").query(Long.class).single();
	}

	@Test
	void templateIsDownloadableWithHeadersAndLists() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.writeTemplate("UNITS", out);
		try (XSSFWorkbook wb = Sheets.read(out.toByteArray())) {
			assertThat(wb.getSheetName(0)).isEqualTo("Đơn vị");
			assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị *");
			assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("Mã đơn vị cấp trên");
			assertThat(wb.getSheetAt(0).getDataValidations()).hasSizeGreaterThanOrEqualTo(2);
		}
		assertThat(imports.template("UNITS").title(java.util.Locale.ENGLISH)).startsWith("Unit tree");
	}

	@Test
	void aTreeInFileOrderIsCreatedWithItsValidity() {
		String p = prefix();
		LocalityFiles f = files();
		ImportJob done = f.load("UNITS", f
			.units(List.of(new LocalityFiles.Unit(p + "-T", "Tỉnh Thử " + p, null, "DIA_BAN", "PROVINCE", D2000),
					new LocalityFiles.Unit(p + "-UB", "UBND tỉnh Thử " + p, p + "-T", "UBND", "PROVINCE", D2000),
					new LocalityFiles.Unit(p + "-X1", "Xã Một " + p, p + "-T", "DIA_BAN", "COMMUNE", D2000, D2025),
					new LocalityFiles.Unit(p + "-X1U", "UBND xã Một " + p, p + "-X1", "UBND", "COMMUNE", D2000, D2025),
					new LocalityFiles.Unit(p + "-X2", "Phường Mới " + p, p + "-T", "DIA_BAN", "COMMUNE", D2025),
					new LocalityFiles.Unit(p + "-SO", "Sở Thử " + p, tree.province().code(), "SO", "PROVINCE", D2000))),
				Scope.all());
		assertThat(done.createdCount()).isEqualTo(6);
		UnitView top = units.findByCode(p + "-T", LocalDate.of(2024, 1, 1)).orElseThrow();
		assertThat(top.level()).isEqualTo(AdminLevel.PROVINCE);
		assertThat(top.typeCode()).isEqualTo("DIA_BAN");
		assertThat(units.children(top.id(), LocalDate.of(2024, 1, 1))).extracting(UnitView::code)
			.containsExactlyInAnyOrder(p + "-UB", p + "-X1");
		assertThat(units.children(top.id(), LocalDate.of(2026, 1, 1))).extracting(UnitView::code)
			.containsExactlyInAnyOrder(p + "-UB", p + "-X2");
		UnitView x1u = units.findByCode(p + "-X1U", LocalDate.of(2024, 1, 1)).orElseThrow();
		assertThat(x1u.parentId()).isEqualTo(units.findByCode(p + "-X1", D2000).orElseThrow().id());
		assertThat(x1u.validTo()).isEqualTo(D2025);
		assertThat(units.findByCode(p + "-SO", D2000).orElseThrow().parentId()).isEqualTo(tree.province().id());
	}

	@Test
	void everyProblemIsReportedOnItsRowAndCellAndNothingIsWritten() {
		String p = prefix();
		LocalityFiles f = files();
		byte[] file = f.units(List.of(new LocalityFiles.Unit(p + "-T", "Tỉnh " + p, null, "DIA_BAN", "PROVINCE", D2025),
				// row 3: parent unknown; row 4: same code as row 2
				new LocalityFiles.Unit(p + "-A", "A " + p, p + "-NONE", "UBND", "COMMUNE", D2025),
				new LocalityFiles.Unit(p + "-T", "Again " + p, null, "DIA_BAN", "PROVINCE", D2025),
				// row 5: parent (row 2) not valid yet in 2020; row 6: end before start
				new LocalityFiles.Unit(p + "-B", "B " + p, p + "-T", "UBND", "COMMUNE", LocalDate.of(2020, 1, 1)),
				new LocalityFiles.Unit(p + "-C", "C " + p, p + "-T", "UBND", "COMMUNE", D2025, D2025.minusDays(1)),
				// row 7: unknown type and an existing code, both at once
				new LocalityFiles.Unit(tree.a().code(), "D " + p, p + "-T", "NO_SUCH_TYPE", "COMMUNE", D2025),
				// row 8: an existing parent not valid on the date
				new LocalityFiles.Unit(p + "-E", "E " + p, tree.b().code(), "UBND", "HAMLET", LocalDate.of(1990, 1, 1)),
				// row 9: fine
				new LocalityFiles.Unit(p + "-F", "F " + p, p + "-T", "UBND", "COMMUNE", D2025)));
		ImportJob job = f.preview("UNITS", file, Scope.all());
		assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.READY);
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues)
			.anyMatch(i -> i.row() == 3 && i.column().equals("parentCode") && i.message().contains("Không có"));
		assertThat(issues).anyMatch(i -> i.row() == 4 && i.column().equals("code") && i.message().contains("dòng 2"));
		assertThat(issues).anyMatch(i -> i.row() == 5 && i.column().equals("parentCode")
				&& i.message().contains("không tồn tại vào ngày 01/01/2020"));
		assertThat(issues).anyMatch(i -> i.row() == 6 && i.column().equals("validTo"));
		assertThat(issues).anyMatch(i -> i.row() == 7 && i.column().equals("typeCode"));
		assertThat(issues)
			.anyMatch(i -> i.row() == 7 && i.column().equals("code") && i.message().contains("đã tồn tại"));
		assertThat(issues).anyMatch(i -> i.row() == 8 && i.column().equals("parentCode")
				&& i.message().contains("không tồn tại vào ngày 01/01/1990"));
		assertThat(issues).noneMatch(i -> i.row() == 2 || i.row() == 9);
		assertThat(job.errorRows()).isEqualTo(6);
		assertThat(job.validRows()).isEqualTo(2);
		assertThatThrownBy(() -> f.commit(job.id(), Scope.all())).isInstanceOf(ValidationException.class);
		assertThat(countWithPrefix(p)).isZero();
	}

	/**
	 * A file valid in the preview whose last row fails at commit (its code was taken in
	 * between): the units of the rows above are not written either.
	 */
	@Test
	void aRowFailingAtCommitLeavesNothingWritten() {
		String p = prefix();
		LocalityFiles f = files();
		ImportJob job = f.preview("UNITS",
				f.units(List.of(new LocalityFiles.Unit(p + "-T", "Tỉnh " + p, null, "DIA_BAN", "PROVINCE", D2025),
						new LocalityFiles.Unit(p + "-A", "A " + p, p + "-T", "UBND", "COMMUNE", D2025,
								D2025.plusYears(1)),
						new LocalityFiles.Unit(p + "-Z", "Z " + p, p + "-T", "UBND", "COMMUNE", D2025))),
				Scope.all());
		assertThat(job.errorRows()).as(imports.issues(job.id(), 0, 10).toString()).isZero();
		units.create(new UnitService.NewUnit(p + "-Z", "Chiếm mã " + p, null, "UBND", AdminLevel.COMMUNE,
				tree.province().id(), D2025));
		ImportJob failed = f.commit(job.id(), Scope.all());
		assertThat(failed.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(failed.message()).contains("4");
		assertThat(countWithPrefix(p)).isEqualTo(1);
		assertThat(units.findByCode(p + "-T", D2025)).isEmpty();
	}

	@Test
	void aScopedUserAddsUnitsOnlyUnderItsScope() {
		ImportFixture.signIn(Role.ORG_OFFICER, tree.a().id());
		String p = prefix();
		LocalityFiles f = files();
		Scope scope = Scope.of(tree.a().id());
		ImportJob job = f.preview("UNITS",
				f.units(List.of(new LocalityFiles.Unit(p + "-TOP", "Top " + p, null, "DIA_BAN", "PROVINCE", D2025),
						new LocalityFiles.Unit(p + "-OUT", "Out " + p, tree.b().code(), "THON", "HAMLET", D2025),
						new LocalityFiles.Unit(p + "-IN", "In " + p, tree.a().code(), "THON", "HAMLET", D2025))),
				scope);
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).anyMatch(i -> i.row() == 2 && i.column().equals("parentCode"));
		assertThat(issues)
			.anyMatch(i -> i.row() == 3 && i.column().equals("parentCode") && i.message().contains("ngoài phạm vi"));
		assertThat(issues).noneMatch(i -> i.row() == 4);
		assertThatThrownBy(() -> f.commit(job.id(), scope)).isInstanceOf(ValidationException.class);
		assertThat(countWithPrefix(p)).isZero();
	}

}
