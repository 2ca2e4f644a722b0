package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

class ImportServiceTest extends ImportTestSupport {

	private byte[] persons(List<Map<String, Object>> rows) {
		return Sheets.simple(fx.personColumns(), "Cán bộ", rows);
	}

	@Test
	void templateHasHeadersDropDownsInstructionsAndCatalogs() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.writeTemplate(ImportFixture.PERSONS, out);
		try (XSSFWorkbook wb = Sheets.read(out.toByteArray())) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(4);
			assertThat(wb.getSheetName(0)).isEqualTo("Cán bộ");
			assertThat(wb.getSheetName(1)).isEqualTo("Hướng dẫn");
			assertThat(wb.getSheetName(2)).isEqualTo("Danh mục");
			assertThat(wb.isSheetHidden(3)).isTrue();
			XSSFSheet data = wb.getSheetAt(0);
			assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị công tác *");
			assertThat(data.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Họ và tên khai sinh *");
			List<String> formulas = data.getDataValidations()
				.stream()
				.map(v -> v.getValidationConstraint().getFormula1())
				.toList();
			assertThat(formulas).isNotEmpty().allMatch(f -> f.contains("DS"));
			assertThat(data.getDataValidations()).anyMatch(v -> v.getValidationConstraint()
				.getValidationType() == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST);
			String lists = wb.getSheetAt(3).getRow(1).getCell(0).getStringCellValue();
			assertThat(lists).isEqualTo("Nam");
			assertThat(wb.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dân tộc");
			assertThat(wb.getSheetAt(2).getRow(2).getCell(0).getStringCellValue()).isEqualTo("01");
			assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("HƯỚNG DẪN");
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		for (ImportTemplate t : imports.templates()) {
			ByteArrayOutputStream o = new ByteArrayOutputStream();
			imports.writeTemplate(t.code(), o);
			try (XSSFWorkbook wb = Sheets.read(o.toByteArray())) {
				assertThat(wb.getSheetName(0)).isEqualTo(t.sheetName());
				assertThat(wb.getSheetAt(0).getRow(0).getPhysicalNumberOfCells()).isEqualTo(t.columns().size());
			}
			catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/**
	 * A spreadsheet as committees keep them: a merged title row, a two-row header with
	 * merged cells (a "Quê quán" group over Xã/Huyện/Tỉnh, other headers merged down),
	 * text dates of every precision, an Excel date, numbers stored as text, NFD text with
	 * stray spaces, a TCVN3 name, a formula, a hidden row.
	 */
	@Test
	void realSpreadsheetIsReadFaithfully() {
		String id1 = ImportFixture.nationalId();
		String id2 = ImportFixture.nationalId();
		String id3 = ImportFixture.nationalId();
		String id4 = ImportFixture.nationalId();
		List<String> plain = List.of("unitCode", "fullName", "gender", "birthDate", "category", "titleCode",
				"positionFrom", "rankCode", "step", "coefficient", "salaryFrom", "heightCm", "nationalId");
		byte[] file = Sheets.xlsx(wb -> {
			XSSFSheet s = wb.createSheet("Danh sách");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row title = s.createRow(0);
			title.createCell(0).setCellValue("DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ");
			s.addMergedRegion(new CellRangeAddress(0, 0, 0, 15));
			Row h1 = s.createRow(1);
			Row h2 = s.createRow(2);
			String[] headers = { "Mã đơn vị công tác", "Họ và tên khai sinh", "Giới tính", "Sinh ngày", "Đối tượng",
					"Chức vụ (mã danh mục)", "Giữ chức vụ từ ngày", "Ngạch, chức danh nghề nghiệp", "Bậc lương",
					"Hệ số lương", "Hưởng lương từ ngày", "Chiều cao (cm)", "Số CCCD" };
			for (int c = 0; c < headers.length; c++) {
				h1.createCell(c).setCellValue(headers[c]);
				s.addMergedRegion(new CellRangeAddress(1, 2, c, c));
			}
			h1.createCell(13).setCellValue("Quê quán");
			s.addMergedRegion(new CellRangeAddress(1, 1, 13, 15));
			h2.createCell(13).setCellValue("Xã");
			h2.createCell(14).setCellValue("Huyện");
			h2.createCell(15).setCellValue("Tỉnh");
			String nfd = Normalizer.normalize("  Nguyễn   Thị Hòa ", Normalizer.Form.NFD);
			Object[][] rows = {
					{ tree.a().code(), nfd, "Nữ", "12/3/1975", "Công chức", "CHUYEN_VIEN", LocalDate.of(2010, 1, 1),
							"01.003", "1", "2,34", "01/01/2010", " 158 ", id1, "xã Phú Lộc", "huyện Cẩm Giàng",
							"tỉnh Hải Dương" },
					{ tree.a().code(), "NguyÔn V¨n §øc", "nam", "03/1975", "cong chuc", "Chuyên viên", "01/01/2010",
							null, null, null, null, null, id2, "xã An Lạc", null, "FORMULA" },
					{ tree.a().code(), "Trần Văn Bình", "Nam", 1975, "Cán bộ", "CHUYEN_VIEN", "1/1/2010", null, null,
							null, null, null, id3, null, null, "tỉnh Nam Định" },
					{ tree.a().code(), "Lê Văn Ẩn", "Nam", "1975", "Cán bộ", "CHUYEN_VIEN", "1/1/2010", null, null,
							null, null, null, id4, null, null, null } };
			for (int r = 0; r < rows.length; r++) {
				Row row = s.createRow(3 + r);
				for (int c = 0; c < rows[r].length; c++) {
					Object v = rows[r][c];
					if ("FORMULA".equals(v)) {
						row.createCell(c).setCellFormula("\"tỉnh Hải \"&\"Dương\"");
					}
					else {
						Sheets.set(row.createCell(c), v, date);
					}
				}
			}
			s.getRow(6).setZeroHeight(true); // hidden row
			FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
			ev.evaluateAll();
		});
		ImportJob job = fx.preview(ImportFixture.PERSONS, file, "danh-sach.xlsx", Scope.all());
		assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.READY);
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).filteredOn(i -> i.severity() == ImportIssue.Severity.ERROR).isEmpty();
		assertThat(job.totalRows()).isEqualTo(4);
		assertThat(job.validRows()).isEqualTo(3);
		assertThat(job.hiddenRows()).isEqualTo(1);
		assertThat(issues).anyMatch(i -> i.row() == 7 && i.message().contains("ẩn"));
		assertThat(issues)
			.anyMatch(i -> i.row() == 5 && i.header().equals("Họ và tên khai sinh") && i.message().contains("TCVN3"));
		assertThat(plain).isNotEmpty();

		ImportJob done = fx.commit(job.id(), DuplicateMode.SKIP, false, Scope.all());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.createdCount()).isEqualTo(3);

		PersonView hoa = byNationalId(id1);
		assertThat(hoa.data().fullName()).isEqualTo(Normalizer.normalize("Nguyễn Thị Hòa", Normalizer.Form.NFC));
		assertThat(hoa.data().birthDate()).isEqualTo(PartialDate.of(LocalDate.of(1975, 3, 12)));
		assertThat(hoa.data().heightCm()).isEqualTo(158);
		assertThat(hoa.data().homeTown().province()).isEqualTo("tỉnh Hải Dương");
		assertThat(hoa.mainPosition().validFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
		assertThat(hoa.currentSalary().step()).isEqualTo(1);
		assertThat(hoa.currentSalary().coefficient()).isEqualByComparingTo(new BigDecimal("2.34"));
		PersonView duc = byNationalId(id2);
		assertThat(duc.data().fullName()).isEqualTo("Nguyễn Văn Đức");
		assertThat(duc.data().birthDate()).isEqualTo(PartialDate.ofMonth(1975, 3));
		assertThat(duc.data().homeTown().province()).isEqualTo("tỉnh Hải Dương"); // formula:
																					// cached
																					// value
		PersonView binh = byNationalId(id3);
		assertThat(binh.data().birthDate()).isEqualTo(PartialDate.ofYear(1975)); // 1975
																					// typed
																					// as
																					// a
																					// number
		assertThat(lookup.byNationalIds(List.of(id4))).isEmpty(); // hidden row not
																	// imported
		Long audits = jdbc.sql("select count(*) from audit_event where action = 'IMPORT' and entity_id = :id")
			.param("id", String.valueOf(job.id()))
			.query(Long.class)
			.single();
		assertThat(audits).isEqualTo(1);
	}

	@Test
	void previewListsRowColumnAndMessageAndCommitIsAllOrNothing() {
		ImportFixture.signIn(Role.ORG_OFFICER, tree.a().id());
		Scope scope = Scope.of(tree.a().id());
		String ok1 = ImportFixture.nationalId();
		String ok2 = ImportFixture.nationalId();
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(ImportFixture.person(tree.a().code(), "Phạm Văn Một", ok1)); // row 2
		Map<String, Object> badDate = ImportFixture.person(tree.a().code(), "Phạm Văn Hai", ImportFixture.nationalId());
		badDate.put("birthDate", "31/02/1980"); // row 3
		rows.add(badDate);
		Map<String, Object> badCode = ImportFixture.person(tree.a().code(), "Phạm Văn Ba", ImportFixture.nationalId());
		badCode.put("ethnicityCode", "Không rõ"); // row 4
		rows.add(badCode);
		Map<String, Object> outside = ImportFixture.person(tree.b().code(), "Phạm Văn Bốn", ImportFixture.nationalId());
		rows.add(outside); // row 5
		Map<String, Object> noName = ImportFixture.person(tree.a().code(), null, ImportFixture.nationalId());
		rows.add(noName); // row 6
		rows.add(ImportFixture.person(tree.a().code(), "Phạm Văn Sáu", ok2)); // row 7
		ImportJob job = fx.preview(ImportFixture.PERSONS, persons(rows), "loi.xlsx", scope);
		assertThat(job.status()).isEqualTo(ImportJob.Status.READY);
		assertThat(job.errorRows()).isEqualTo(4);
		assertThat(job.validRows()).isEqualTo(2);
		List<ImportIssue> issues = imports.issues(job.id(), 0, 100);
		assertThat(issues).anySatisfy(i -> {
			assertThat(i.row()).isEqualTo(3);
			assertThat(i.header()).isEqualTo("Sinh ngày");
			assertThat(i.value()).isEqualTo("31/02/1980");
			assertThat(i.message()).contains("không phải ngày hợp lệ");
		});
		assertThat(issues).anyMatch(
				i -> i.row() == 4 && i.header().equals("Dân tộc") && i.message().contains("không có trong danh mục"));
		assertThat(issues).anyMatch(
				i -> i.row() == 5 && i.header().equals("Mã đơn vị công tác") && i.message().contains("ngoài phạm vi"));
		assertThat(issues).anyMatch(i -> i.row() == 6 && i.message().contains("«Họ và tên khai sinh» là bắt buộc"));

		assertThatThrownBy(() -> imports.commit(job.id(), DuplicateMode.SKIP, false, scope))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("4 dòng có lỗi");
		assertThat(lookup.byNationalIds(List.of(ok1, ok2))).isEmpty();

		ByteArrayOutputStream rejected = new ByteArrayOutputStream();
		imports.writeRejectedRows(job.id(), rejected);
		try (XSSFWorkbook wb = Sheets.read(rejected.toByteArray())) {
			XSSFSheet s = wb.getSheetAt(0);
			int errorCol = fx.personColumns().size() + 1;
			int withErrors = 0;
			for (Row r : s) {
				withErrors += r.getRowNum() > 0 && r.getCell(errorCol) != null ? 1 : 0;
			}
			assertThat(withErrors).isEqualTo(4);
			assertThat(s.getRow(0).getCell(errorCol).getStringCellValue()).isEqualTo("Lỗi");
			assertThat(s.getRow(1).getCell(errorCol - 1).getNumericCellValue()).isEqualTo(3);
			assertThat(s.getRow(1).getCell(errorCol).getStringCellValue()).contains("Sinh ngày");
			assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Phạm Văn Hai");
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		// the rejected rows file is itself an upload: same errors
		ImportJob again = fx.preview(ImportFixture.PERSONS, rejected.toByteArray(), "sua-lai.xlsx", scope);
		assertThat(again.errorRows()).isEqualTo(4);

		ImportJob done = fx.commit(job.id(), DuplicateMode.SKIP, true, scope);
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.createdCount()).isEqualTo(2);
		assertThat(lookup.byNationalIds(List.of(ok1, ok2))).hasSize(2);
		assertThatThrownBy(() -> imports.commit(job.id(), DuplicateMode.SKIP, true, scope))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void failureWhileWritingRollsBackEverything() {
		String a = ImportFixture.nationalId();
		String b = ImportFixture.nationalId();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 1500; i++) { // two batches: the first is written before the
											// second fails
			rows.add(ImportFixture.person(tree.a().code(), "Đỗ Văn Thứ " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(i % 26),
					i == 0 ? a : i == 1499 ? b : null));
			rows.get(i).put("birthDate", LocalDate.of(1960, 1, 1).plusDays(i));
		}
		ImportJob job;
		// between preview and commit, the last row's unit is dissolved: row 1501 fails
		// after 1000 rows were written
		rows.get(1499).put("unitCode", tree.b().code());
		job = fx.preview(ImportFixture.PERSONS, persons(rows), "lon.xlsx", Scope.all());
		assertThat(job.errorRows()).isZero();
		jdbc.sql("update org_unit_version set valid_to = :d where unit_id = :u and valid_to is null")
			.param("d", LocalDate.of(2000, 1, 2))
			.param("u", tree.b().id())
			.update();
		ImportJob failed = fx.commit(job.id(), DuplicateMode.SKIP, false, Scope.all());
		assertThat(failed.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(failed.message()).contains("1501").contains("không có gì được ghi");
		assertThat(lookup.byNationalIds(List.of(a))).isEmpty();
	}

	@Test
	void duplicatesAreUpdatedOrSkippedAsChosen() {
		String id = ImportFixture.nationalId();
		Map<String, Object> first = ImportFixture.person(tree.a().code(), "Vũ Thị Lan", id);
		ImportJob j1 = fx.commit(fx.preview(ImportFixture.PERSONS, persons(List.of(first)), "1.xlsx", Scope.all()).id(),
				DuplicateMode.SKIP, false, Scope.all());
		assertThat(j1.createdCount()).isEqualTo(1);
		long personId = byNationalId(id).id();

		Map<String, Object> changed = ImportFixture.person(tree.a().code(), "Vũ Thị Lan", id);
		changed.put("phone", "0987654321");
		changed.put("rankCode", null);
		Map<String, Object> sameIdentity = ImportFixture.person(tree.a().code(), "VŨ THỊ LAN", null); // name
																										// +
																										// birth
																										// +
																										// home
																										// town
		sameIdentity.put("homeTownProvince", "Tỉnh Hải Dương");
		ImportJob j2 = fx.preview(ImportFixture.PERSONS, persons(List.of(changed)), "2.xlsx", Scope.all());
		assertThat(j2.duplicateRows()).isEqualTo(1);
		assertThat(imports.issues(j2.id(), 0, 10))
			.anyMatch(i -> i.message().contains("hồ sơ số " + personId) && i.message().contains("cùng Số CCCD"));
		ImportJob skipped = fx.commit(j2.id(), DuplicateMode.SKIP, false, Scope.all());
		assertThat(skipped.skippedCount()).isEqualTo(1);
		assertThat(skipped.createdCount()).isZero();
		assertThat(byNationalId(id).data().phone()).isEqualTo("0912345678");

		ImportJob j3 = fx.preview(ImportFixture.PERSONS, persons(List.of(changed)), "3.xlsx", Scope.all());
		ImportJob updated = fx.commit(j3.id(), DuplicateMode.UPDATE, false, Scope.all());
		assertThat(updated.status()).as(updated.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(updated.updatedCount()).isEqualTo(1);
		PersonView after = byNationalId(id);
		assertThat(after.id()).isEqualTo(personId);
		assertThat(after.data().phone()).isEqualTo("0987654321");
		assertThat(after.data().homeTown().commune()).isEqualTo("xã Phú Lộc"); // kept

		ImportJob j4 = fx.preview(ImportFixture.PERSONS, persons(List.of(sameIdentity)), "4.xlsx", Scope.all());
		assertThat(j4.duplicateRows()).isEqualTo(1);
		assertThat(imports.issues(j4.id(), 0, 10))
			.anyMatch(i -> i.message().contains("cùng họ tên, ngày sinh và quê quán"));

		String other = ImportFixture.nationalId();
		ImportJob inFile = fx.preview(ImportFixture.PERSONS,
				persons(List.of(ImportFixture.person(tree.a().code(), "Hồ Văn Nam", other),
						ImportFixture.person(tree.a().code(), "Hồ Văn Bắc", other))),
				"5.xlsx", Scope.all());
		assertThat(imports.issues(inFile.id(), 0, 10))
			.anyMatch(i -> i.row() == 3 && i.message().contains("trùng với dòng 2"));
	}

	@Test
	void hostileFilesAreRefusedWithAClearMessage() throws Exception {
		long before = jdbc.sql("select count(*) from person").query(Long.class).single();
		ImportJob text = fx.preview(ImportFixture.PERSONS, "Họ tên,Ngày sinh\nA,1975".getBytes(StandardCharsets.UTF_8),
				"danh-sach.xlsx", Scope.all());
		assertThat(text.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(text.message()).contains("không phải bảng tính Excel (.xlsx) hợp lệ");

		byte[] ole = new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 };
		assertThat(fx.preview(ImportFixture.PERSONS, ole, "cu.xls", Scope.all()).message()).contains(".xls");

		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bomb)) {
			z.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
			z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			z.closeEntry();
			z.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				z.write(zeros);
			}
			z.closeEntry();
		}
		assertThat(bomb.size()).isLessThan(1_000_000);
		ImportJob bombJob = fx.preview(ImportFixture.PERSONS, bomb.toByteArray(), "bom.xlsx", Scope.all());
		assertThat(bombJob.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(bombJob.message()).contains("zip bomb");

		byte[] valid = persons(
				List.of(ImportFixture.person(tree.a().code(), "Ngô Văn An", ImportFixture.nationalId())));
		String sheet = Sheets.entry(valid, "xl/worksheets/sheet1.xml");
		String xxe = sheet
			.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
			.replace("Ngô Văn An", "&xxe;");
		byte[] hostile = Sheets.replaceEntry(valid, "xl/worksheets/sheet1.xml", xxe);
		ImportJob xxeJob = fx.preview(ImportFixture.PERSONS, hostile, "xxe.xlsx", Scope.all());
		assertThat(xxeJob.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(xxeJob.message()).contains("DOCTYPE");
		// and the reader itself never resolves the entity, even past the guard
		java.nio.file.Path tmp = java.nio.file.Files.createTempFile("xxe", ".xlsx");
		java.nio.file.Files.write(tmp, hostile);
		List<String> texts = new ArrayList<>();
		try {
			SheetReader.read(tmp, FileGuard.Kind.XLSX, "Cán bộ",
					r -> r.cells().forEach(c -> texts.add(String.valueOf(c))));
		}
		catch (ImportFileException expected) {
			// refusing to parse is fine too
		}
		assertThat(texts).noneMatch(t -> t.contains("root:"));
		java.nio.file.Files.delete(tmp);

		byte[] big = new byte[21 * 1024 * 1024];
		assertThatThrownBy(() -> fx.preview(ImportFixture.PERSONS, big, "lon.xlsx", Scope.all()))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("tối đa là 20 MB");

		ImportJob wrong = fx.preview(ImportFixture.PERSONS,
				Sheets.xlsx(wb -> wb.createSheet("X").createRow(0).createCell(0).setCellValue("Cột lạ")), "khac.xlsx",
				Scope.all());
		assertThat(wrong.status()).isEqualTo(ImportJob.Status.FAILED);
		assertThat(wrong.message()).contains("Không tìm thấy dòng tiêu đề").contains("Họ và tên khai sinh");

		assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void utf8CsvWithBomAndSemicolonsIsImported() {
		String id = ImportFixture.nationalId();
		String csv = "\uFEFFMã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;Chức vụ (ghi cụ thể);"
				+ "Giữ chức vụ từ ngày;Số CCCD;Nơi ở hiện nay\r\n" + tree.a().code()
				+ ";Đinh Thị Ngọc Ánh;Nữ;5/7/1990;Viên chức;Giáo viên;01/09/2015;" + id
				+ ";\"Thôn 3; xã An, \"\"Bình Giang\"\"\"\r\n";
		ImportJob job = fx.preview(ImportFixture.PERSONS, csv.getBytes(StandardCharsets.UTF_8), "danh-sach.csv",
				Scope.all());
		assertThat(job.status()).as(job.message()).isEqualTo(ImportJob.Status.READY);
		assertThat(job.errorRows()).as(imports.issues(job.id(), 0, 10).toString()).isZero();
		ImportJob done = fx.commit(job.id(), DuplicateMode.SKIP, false, Scope.all());
		assertThat(done.createdCount()).isEqualTo(1);
		PersonView p = byNationalId(id);
		assertThat(p.data().fullName()).isEqualTo("Đinh Thị Ngọc Ánh");
		assertThat(p.data().currentAddress()).isEqualTo("Thôn 3; xã An, \"Bình Giang\"");
		assertThat(p.mainPosition().titleText()).isEqualTo("Giáo viên");

		byte[] latin1 = ("Họ và tên khai sinh\nNguyễn").getBytes(StandardCharsets.UTF_16LE);
		ImportJob bad = fx.preview(ImportFixture.PERSONS, latin1, "x.csv", Scope.all());
		assertThat(bad.status()).isEqualTo(ImportJob.Status.FAILED);
	}

	@Test
	void historyTemplatesAddToExistingDossiers() {
		String id = ImportFixture.nationalId();
		fx.commit(fx
			.preview(ImportFixture.PERSONS, persons(List.of(ImportFixture.person(tree.a().code(), "Lý Văn Hùng", id))),
					"p.xlsx", Scope.all())
			.id(), DuplicateMode.SKIP, false, Scope.all());
		ImportTemplate salaries = imports.template(ImportFixture.SALARIES);
		byte[] salaryFile = Sheets.simple(salaries.columns(), "Lương",
				List.of(Sheets.row("nationalId", id, "rankCode", "01.003", "step", 2, "validFrom", "01/01/2013",
						"decisionNumber", "12/QĐ-UBND"),
						Sheets.row("nationalId", ImportFixture.nationalId(), "rankCode", "01.003", "step", 2,
								"validFrom", "01/01/2013"),
						Sheets.row("fullName", "Lý Văn Hùng", "birthDate", "12/03/1975", "rankCode", "01.003", "step",
								3, "validFrom", "01/01/2009")));
		ImportJob job = fx.preview(ImportFixture.SALARIES, salaryFile, "luong.xlsx", Scope.all());
		List<ImportIssue> issues = imports.issues(job.id(), 0, 10);
		assertThat(issues).anyMatch(i -> i.row() == 3 && i.message().contains("Không tìm thấy hồ sơ"));
		assertThat(issues).as("dry run of the real call")
			.anyMatch(i -> i.row() == 4 && i.severity() == ImportIssue.Severity.ERROR);
		ImportJob done = fx.commit(job.id(), DuplicateMode.SKIP, true, Scope.all());
		assertThat(done.status()).as(done.message()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.createdCount()).isEqualTo(1);
		PersonView p = byNationalId(id);
		assertThat(p.currentSalary().step()).isEqualTo(2);
		assertThat(p.salaries()).hasSize(2);

		ImportTemplate awards = imports.template(ImportFixture.AWARDS);
		byte[] awardFile = Sheets.simple(awards.columns(), "Khen thưởng, kỷ luật",
				List.of(Sheets.row("nationalId", id, "type", "Khen thưởng", "year", 2020, "awardForm",
						firstCode("AWARD_FORM"), "decisionNumber", "5/QĐ-UBND", "issuer", "UBND tỉnh", "reason",
						"Hoàn thành xuất sắc nhiệm vụ", "level", "Cấp tỉnh", "achievement",
						"Dẫn đầu phong trào cải cách hành chính", "programme", "Phong trào thi đua năm 2020")));
		ImportJob aw = fx.commit(fx.preview(ImportFixture.AWARDS, awardFile, "kt.xlsx", Scope.all()).id(),
				DuplicateMode.SKIP, false, Scope.all());
		assertThat(aw.status()).as(aw.message() + imports.issues(aw.id(), 0, 10)).isEqualTo(ImportJob.Status.DONE);
		assertThat(byNationalId(id).awards()).singleElement().satisfies(a -> {
			assertThat(a.level()).isEqualTo(vn.canbo.people.AwardLevel.PROVINCE);
			assertThat(a.achievement()).isEqualTo("Dẫn đầu phong trào cải cách hành chính");
			assertThat(a.programme()).isEqualTo("Phong trào thi đua năm 2020");
		});
	}

	private String firstCode(String catalog) {
		return jdbc.sql("select code from catalog_item where catalog = :c order by sort_order limit 1")
			.param("c", catalog)
			.query(String.class)
			.single();
	}

	@Test
	void jobListExportsWithFormulaEscaping() {
		ImportJob j = fx.preview(ImportFixture.PERSONS, "x".getBytes(StandardCharsets.UTF_8), "=HYPERLINK(\"x\").xlsx",
				Scope.all());
		assertThat(j.status()).isEqualTo(ImportJob.Status.FAILED);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.writeJobList(out);
		try (XSSFWorkbook wb = Sheets.read(out.toByteArray())) {
			XSSFSheet s = wb.getSheetAt(0);
			boolean found = false;
			for (int r = 1; r <= s.getLastRowNum(); r++) {
				if (s.getRow(r).getCell(0).getNumericCellValue() == j.id()) {
					assertThat(s.getRow(r).getCell(4).getStringCellValue()).startsWith("'=HYPERLINK");
					assertThat(s.getRow(r).getCell(4).getCellType())
						.isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
