package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canbo.imports.ImportColumn;

/**
 * The dossier fields declared once (no Spring context): the masking, the merge of an
 * imported dossier and the PERSONS columns are derived from {@link DossierFields}.
 */
class DossierFieldsTest {

	@Test
	void maskingHidesExactlyTheSensitiveFields() {
		PersonData d = PeopleFixture.data("Nguyễn Văn Đức");
		PersonData masked = DossierFields.mask(d);
		assertThat(masked.nationalId()).isEqualTo("0*********34");
		assertThat(masked.ethnicityCode()).isNull();
		assertThat(masked.religionCode()).isNull();
		assertThat(masked.healthStatus()).isNull();
		assertThat(masked.heightCm()).isNull();
		assertThat(masked.weightKg()).isNull();
		assertThat(masked.bloodGroupCode()).isNull();
		assertThat(
				With.with(
						With.with(With.with(
								With.with(With.with(With.with(With.with(d, "nationalId", masked.nationalId()),
										"ethnicityCode", null), "religionCode", null), "healthStatus", null),
								"heightCm", null), "weightKg", null),
						"bloodGroupCode", null))
			.isEqualTo(masked);
	}

	@Test
	void anImportedDossierIsLaidOverTheExistingOneFieldByFieldAndPlacesPartByPart() {
		PersonData existing = PeopleFixture.data("Nguyễn Văn Đức");
		PersonData imported = With.with(With.with(PersonData.basic(null, null, null, null), "phone", "0987654321"),
				"birthplace", new Place(null, null, "tỉnh Bắc Ninh", null, null));
		PersonData merged = DossierFields.merge(existing, imported);
		assertThat(merged.phone()).isEqualTo("0987654321");
		assertThat(merged.fullName()).isEqualTo(existing.fullName());
		assertThat(merged.birthplace()).isEqualTo(
				new Place("xã Phú Lộc", "huyện Cẩm Giàng", "tỉnh Bắc Ninh", "xã Cẩm Giàng", "thành phố Hải Phòng"));
		assertThat(With.with(With.with(merged, "phone", existing.phone()), "birthplace", existing.birthplace()))
			.isEqualTo(existing);
	}

	@Test
	void thePersonsColumnsAreTheImportedFieldsWithThePositionSalaryAndQualifications() {
		List<String> keys = PersonColumns.COLUMNS.stream().map(ImportColumn::key).toList();
		assertThat(keys).startsWith("unitCode", "civilServantNo", "personalIdCode", "fullName")
			.endsWith("remarks")
			.contains("birthplaceCommune", "homeTownProvinceNew", "titleCode", "positionFrom", "rankCode", "itLevel")
			.doesNotContain("jobPositionCode", "partyLeftOn", "birthplace")
			.doesNotHaveDuplicates();
		assertThat(PersonColumns.COLUMNS.get(3).header()).isEqualTo("Họ và tên khai sinh");
		assertThat(PersonColumns.COLUMNS.get(3).required()).isTrue();
		for (DossierField f : DossierFields.ALL) {
			if (f.imported() && f.kind() != DossierField.Kind.PLACE) {
				assertThat(keys).as(f.name()).contains(f.name());
			}
		}
	}

}
