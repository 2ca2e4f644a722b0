package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PartialDate;

/**
 * The structure of the CCCD number (Thông tư 59/2021/TT-BCA, Điều 7) against the
 * dossier's gender and birth year: every century digit at its boundaries, a sex mismatch,
 * a year mismatch, an unknown province code.
 */
class CitizenIdStructureTest {

	static List<String> warnings(String id, String gender, String birth) {
		return CitizenIdStructure
			.warnings(id, gender.isEmpty() ? null : Gender.valueOf(gender),
					birth.isEmpty() ? null : PartialDate.parse(birth).orElseThrow())
			.stream()
			.map(FieldError::message)
			.toList();
	}

	@ParameterizedTest(name = "{0} {1} {2} agrees")
	@CsvSource({ "001000000001, MALE, 1900", "001099000001, MALE, 1999", "001100000001, FEMALE, 01/01/1900",
			"001199000001, FEMALE, 31/12/1999", "079200000001, MALE, 2000", "079299000001, MALE, 2099",
			"079300000001, FEMALE, 2000", "079399000001, FEMALE, 2099", "096400000001, MALE, 2100",
			"096499000001, MALE, 2199", "096500000001, FEMALE, 2100", "096599000001, FEMALE, 2199",
			"030600000001, MALE, 2200", "030799000001, FEMALE, 2299", "030800000001, MALE, 1800",
			"030899000001, MALE, 1899", "030900000001, FEMALE, 1800", "030999000001, FEMALE, 1899",
			"083090012345, MALE, 05/1990", "083190012345, '', ''" })
	void aNumberThatAgreesHasNoWarning(String id, String gender, String birth) {
		assertThat(warnings(id, gender, birth)).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} {2} warns: {3}")
	@CsvSource(delimiter = '|', value = {
			// the case: digit 4 = 2 is a man born 2000–2099; 90 agrees with 1990
			"083290012345|MALE|1990|chữ số thứ 4 là 2, mã của người sinh từ năm 2000 đến năm 2099, nhưng hồ sơ ghi năm sinh 1990 (cần chữ số 0)",
			"083099012345|MALE|2099|chữ số thứ 4 là 0, mã của người sinh từ năm 1900 đến năm 1999, nhưng hồ sơ ghi năm sinh 2099 (cần chữ số 2)",
			"083300012345|FEMALE|1900|chữ số thứ 4 là 3, mã của người sinh từ năm 2000 đến năm 2099, nhưng hồ sơ ghi năm sinh 1900 (cần chữ số 1)",
			"083400012345|MALE|2000|chữ số thứ 4 là 4, mã của người sinh từ năm 2100 đến năm 2199, nhưng hồ sơ ghi năm sinh 2000 (cần chữ số 2)",
			"083600012345|MALE|2100|chữ số thứ 4 là 6, mã của người sinh từ năm 2200 đến năm 2299, nhưng hồ sơ ghi năm sinh 2100 (cần chữ số 4)",
			"083899012345|MALE|1999|chữ số thứ 4 là 8, mã của người sinh từ năm 1800 đến năm 1899, nhưng hồ sơ ghi năm sinh 1999 (cần chữ số 0)",
			"083000012345||2000|chữ số thứ 4 là 0, mã của người sinh từ năm 1900 đến năm 1999, nhưng hồ sơ ghi năm sinh 2000 (cần chữ số 2 hoặc 3)",
			"083190012345|MALE|1990|chữ số thứ 4 là 1, mã của giới tính Nữ, nhưng hồ sơ ghi giới tính Nam",
			"083290012345|FEMALE|2090|chữ số thứ 4 là 2, mã của giới tính Nam, nhưng hồ sơ ghi giới tính Nữ",
			"083085012345|MALE|1990|chữ số thứ 5–6 là 85 (năm sinh 1985), nhưng hồ sơ ghi năm sinh 1990 (cần 90)",
			"083201012345|MALE|2010|chữ số thứ 5–6 là 01 (năm sinh 2001), nhưng hồ sơ ghi năm sinh 2010 (cần 10)",
			"003090012345|MALE|1990|3 chữ số đầu 003 không phải mã tỉnh",
			"097090012345|MALE|1990|3 chữ số đầu 097 không phải mã tỉnh" })
	void aMismatchIsAWarningNamingTheDigits(String id, String gender, String birth, String expected) {
		List<String> w = warnings(id, gender == null ? "" : gender, birth);
		assertThat(w).anySatisfy(m -> assertThat(m).startsWith("Số CCCD " + id + ": ").contains(expected));
	}

	@Test
	void theSameYearDigitsInTheWrongCenturyAreOneWarningAboutDigit4Only() {
		// 083290012345 for a man born 1990: sex and the two year digits agree
		assertThat(warnings("083290012345", "MALE", "1990")).hasSize(1);
		// a woman born 1985 with a man's 2000s number and 90: three warnings at once
		assertThat(warnings("083290012345", "FEMALE", "1985")).hasSize(3);
	}

	@Test
	void theProvinceListIsThe63ProvincesOfTheCircular() {
		assertThat(CitizenIdStructure.PROVINCES).hasSize(63)
			.containsEntry("001", "Hà Nội")
			.containsEntry("079", "Thành phố Hồ Chí Minh")
			.containsEntry("096", "Cà Mau")
			.doesNotContainKeys("000", "003", "097");
	}

	@Test
	void aNumberThatIsNotTwelveDigitsIsLeftToTheErrorRule() {
		assertThat(warnings("08329001234", "MALE", "1990")).isEmpty();
		assertThat(warnings("08329001234A", "MALE", "1990")).isEmpty();
	}

}
