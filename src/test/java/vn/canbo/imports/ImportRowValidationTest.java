package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.canbo.shared.Scope;

/**
 * Issue 20 point 8 in imports: every problem of a PERSONS row at once (unreadable cells
 * and the dossier rules together, each naming its row and column), and the CCCD structure
 * as a warning on the row, which can still be imported.
 */
class ImportRowValidationTest extends ImportTestSupport {

	private byte[] persons(List<Map<String, Object>> rows) {
		return Sheets.simple(fx.personColumns(), "Cán bộ", rows);
	}

	@Test
	void aRowWithThreeBadFieldsListsAllThree() {
		Map<String, Object> row = ImportFixture.person(tree.a().code(), "Phạm Văn Ba Lỗi", "00107512345"); // 11
		row.put("birthDate", "31/02/1975"); // no such day
		row.put("phone", "12"); // too short
		ImportJob job = fx.preview(ImportFixture.PERSONS, persons(List.of(row)), "ba-loi.xlsx", Scope.all());
		assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.READY);
		assertThat(job.errorRows()).isEqualTo(1);
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100)
			.stream()
			.filter(i -> i.severity() == ImportIssue.Severity.ERROR)
			.toList();
		assertThat(issues).allSatisfy(i -> assertThat(i.row()).isEqualTo(2));
		assertThat(issues).anySatisfy(i -> {
			assertThat(i.header()).isEqualTo("Sinh ngày");
			assertThat(i.message()).contains("không phải ngày hợp lệ");
		});
		assertThat(issues).anySatisfy(i -> {
			assertThat(i.column()).isEqualTo("nationalId");
			assertThat(i.message()).contains("12 chữ số");
		});
		assertThat(issues).anySatisfy(i -> {
			assertThat(i.column()).isEqualTo("phone");
			assertThat(i.message()).contains("điện thoại");
		});
		// the unreadable birth date is not also reported as missing
		assertThat(issues).filteredOn(i -> i.column().equals("birthDate")).hasSize(1);
	}

	@Test
	void aCccdThatDisagreesIsAWarningOnTheRowAndTheRowIsImported() {
		String id = "001275" + ImportFixture.nationalId().substring(6); // a man born 2075
		Map<String, Object> row = ImportFixture.person(tree.a().code(), "Phạm Văn Cảnh Báo", id);
		ImportJob job = fx.preview(ImportFixture.PERSONS, persons(List.of(row)), "canh-bao.xlsx", Scope.all());
		assertThat(job.errorRows()).isZero();
		assertThat(job.validRows()).isEqualTo(1);
		assertThat(imports.issues(job.id(), 0, 100)).anySatisfy(i -> {
			assertThat(i.row()).isEqualTo(2);
			assertThat(i.column()).isEqualTo("nationalId");
			assertThat(i.severity()).isEqualTo(ImportIssue.Severity.WARNING);
			assertThat(i.message()).isEqualTo("Số CCCD " + id + ": chữ số thứ 4 là 2, mã của người sinh từ năm 2000 "
					+ "đến năm 2099, nhưng hồ sơ ghi năm sinh 1975 (cần chữ số 0)");
		});
		ImportJob done = fx.commit(job.id(), DuplicateMode.SKIP, false, Scope.all());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(byNationalId(id).data().fullName()).isEqualTo("Phạm Văn Cảnh Báo");
	}

}
