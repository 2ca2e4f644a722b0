package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canbo.people.PersonExport;
import vn.canbo.people.PersonView;
import vn.canbo.shared.Scope;

/**
 * Export a unit's dossiers in the PERSONS template, import the file into a fresh unit:
 * identical dossiers.
 */
class RoundTripTest extends ImportTestSupport {

	@Autowired
	PersonExport export;

	private String code(String catalog) {
		return jdbc.sql("select code from catalog_item where catalog = :c order by sort_order limit 1")
			.param("c", catalog)
			.query(String.class)
			.single();
	}

	private Map<String, Object> full(String name, String gender, String birth, String nationalId, int k) {
		return Sheets.row("unitCode", tree.a().code(), "civilServantNo", "CB-" + k, "personalIdCode", "DD" + k,
				"fullName", name, "otherNames", "Tên Gọi Khác", "gender", gender, "birthDate", birth,
				"birthplaceCommune", "xã Phú Lộc", "birthplaceDistrict", "huyện Cẩm Giàng", "birthplaceProvince",
				"tỉnh Hải Dương", "homeTownCommune", "xã Tân Hồng", "homeTownDistrict", "huyện Bình Giang",
				"homeTownProvince", "tỉnh Hải Dương", "homeTownCommuneNew", "xã Bình Giang", "homeTownProvinceNew",
				"thành phố Hải Phòng", "ethnicityCode", "01", "religionCode", code("RELIGION"), "permanentAddress",
				"Thôn Đông, xã An", "currentAddress", "Số 5, phố Trần Hưng Đạo", "phone", "0912345678",
				"occupationBeforeRecruitment", "Giáo viên", "recruitedOn", "03/2005", "recruitingAgency",
				"UBND huyện Cẩm Giàng", "joinedCurrentAgencyOn", LocalDate.of(2010, 1, 1), "category", "Công chức",
				"titleCode", "CHUYEN_VIEN", "titleText", "Chuyên viên Văn phòng", "positionFrom",
				LocalDate.of(2010, 1, 1), "mainDuties", "Tổng hợp", "jobPosition", "Chuyên viên tổng hợp", "rankCode",
				"01.003", "step", 3, "coefficient", new BigDecimal("3.00"), "salaryFrom", LocalDate.of(2016, 1, 1),
				"generalEducationCode", code("GENERAL_EDUCATION"), "generalEducationGrade", "12/12",
				"professionalLevel", "DAI_HOC", "major", "Luật", "politicalTheory", "TRUNG_CAP", "stateManagement",
				"CHUYEN_VIEN", "language", code("FOREIGN_LANGUAGE"), "languageLevel", code("FOREIGN_LANGUAGE_LEVEL"),
				"itLevel", "CO_BAN", "partyJoinedOn", LocalDate.of(2008, 5, 19), "partyOfficialOn",
				LocalDate.of(2009, 5, 19), "youthUnionJoinedOn", LocalDate.of(1996, 3, 26), "militaryEnlistedOn",
				LocalDate.of(2000, 2, 1), "militaryDischargedOn", LocalDate.of(2002, 2, 1), "militaryRankCode",
				code("MILITARY_RANK"), "strengths", "Soạn thảo văn bản", "longestJob", "Văn phòng",
				"familyBackgroundCode", code("FAMILY_BACKGROUND"), "healthStatus", "Tốt", "heightCm", 168, "weightKg",
				new BigDecimal("62.5"), "bloodGroupCode", code("BLOOD_GROUP"), "nationalId", nationalId,
				"nationalIdIssuedOn", LocalDate.of(2021, 4, 1), "nationalIdIssuedBy", "Cục Cảnh sát QLHC về TTXH",
				"socialInsuranceNo", "30123456" + (10 + k), "healthInsuranceNo", "DN4010123456789", "remarks",
				"=Hoàn thành tốt nhiệm vụ");
	}

	@Test
	void exportThenImportIntoAnotherUnitGivesIdenticalDossiers() throws Exception {
		List<Map<String, Object>> rows = List.of(
				full("Nguyễn Văn Thành", "Nam", "17/05/1980", ImportFixture.nationalId(), 1),
				full("Trần Thị Thu Hương", "Nữ", "08/1982", ImportFixture.nationalId(), 2),
				full("Lê Minh Đức", "Nam", "1979", ImportFixture.nationalId(), 3));
		ImportJob first = fx.preview(ImportFixture.PERSONS, Sheets.simple(fx.personColumns(), "Cán bộ", rows),
				"goc.xlsx", Scope.all());
		assertThat(first.errorRows()).as(imports.issues(first.id(), 0, 20).toString()).isZero();
		assertThat(fx.commit(first.id(), DuplicateMode.SKIP, false, Scope.all()).createdCount()).isEqualTo(3);
		List<PersonView> originals = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			originals.add(byNationalId((String) r.get("nationalId")));
		}
		assertThat(originals.get(0).data().remarks()).isEqualTo("=Hoàn thành tốt nhiệm vụ");

		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		export.write(tree.a().id(), Scope.all(), exported);
		byte[] moved;
		try (XSSFWorkbook wb = Sheets.read(exported.toByteArray())) {
			XSSFSheet s = wb.getSheetAt(0);
			assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo(tree.a().code());
			int remarks = fx.personColumns().size() - 1;
			assertThat(s.getRow(1).getCell(remarks).getStringCellValue()).startsWith("'="); // formula
																							// injection
																							// escaped
			for (Row r : s) {
				if (r.getRowNum() > 0 && r.getCell(0) != null && !r.getCell(0).getStringCellValue().isEmpty()) {
					r.getCell(0).setCellValue(tree.b().code());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			moved = out.toByteArray();
		}
		for (PersonView p : originals) {
			people.softDelete(p.id(), "Chuyển sang đơn vị khác (thử nghiệm)", Scope.all());
		}
		ImportJob again = fx.preview(ImportFixture.PERSONS, moved, "xuat.xlsx", Scope.all());
		assertThat(again.errorRows()).as(imports.issues(again.id(), 0, 20).toString()).isZero();
		assertThat(again.duplicateRows()).isZero();
		assertThat(fx.commit(again.id(), DuplicateMode.SKIP, false, Scope.all()).createdCount()).isEqualTo(3);

		for (PersonView o : originals) {
			PersonView n = byNationalId(o.data().nationalId());
			assertThat(n.id()).isNotEqualTo(o.id());
			assertThat(n.data()).isEqualTo(o.data()); // every dossier field, field by
														// field (record equality)
			assertThat(n.mainPosition().unitId()).isEqualTo(tree.b().id());
			assertThat(n.mainPosition().titleCode()).isEqualTo(o.mainPosition().titleCode());
			assertThat(n.mainPosition().titleText()).isEqualTo(o.mainPosition().titleText());
			assertThat(n.mainPosition().validFrom()).isEqualTo(o.mainPosition().validFrom());
			assertThat(n.currentSalary().rankCode()).isEqualTo(o.currentSalary().rankCode());
			assertThat(n.currentSalary().step()).isEqualTo(o.currentSalary().step());
			assertThat(n.currentSalary().coefficient()).isEqualByComparingTo(o.currentSalary().coefficient());
			assertThat(n.currentSalary().validFrom()).isEqualTo(o.currentSalary().validFrom());
			assertThat(levels(n)).isEqualTo(levels(o)).hasSize(5);
		}
	}

	private static List<String> levels(PersonView v) {
		return v.qualifications()
			.stream()
			.sorted(Comparator.comparing(q -> q.kind().name()))
			.map(q -> q.kind() + ":" + q.levelCode() + ":" + q.languageCode() + ":" + q.major())
			.toList();
	}

}
