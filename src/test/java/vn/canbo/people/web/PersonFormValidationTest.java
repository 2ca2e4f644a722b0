package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20 point 8 on the dossier forms: every problem at once (parse errors and rules
 * together), and the CCCD structure as a warning the user confirms.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonFormValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	UnitView province;

	UnitView commune;

	/** A six-digit tail unique to this test run. */
	String tail;

	@BeforeEach
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		tail = String.format("%06d", Math.abs(k.hashCode()) % 1_000_000);
		province = units.create(new UnitService.NewUnit("VT-" + k, "Tỉnh Kiểm Tra " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, LocalDate.of(2000, 1, 1)));
		commune = units.create(new UnitService.NewUnit("VC-" + k, "UBND xã Kiểm Tra " + k, null, "UBND",
				AdminLevel.COMMUNE, province.id(), LocalDate.of(2000, 1, 1)));
	}

	Map<String, String> form(String gender, String birth, String nationalId) {
		Map<String, String> f = PersonPagesTest.form("Phạm Văn Kiểm", gender, birth, nationalId);
		f.put("mainPosition.unitId", String.valueOf(commune.id()));
		f.put("mainPosition.titleCode", "CHUYEN_VIEN");
		f.put("mainPosition.validFrom", "01/03/2020");
		return f;
	}

	String submit(String url, Map<String, String> f) throws Exception {
		return mvc.perform(PersonPagesTest.params(post(url), f).with(TestUsers.officer(province.id())).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String redirect(String url, Map<String, String> f) throws Exception {
		return mvc.perform(PersonPagesTest.params(post(url), f).with(TestUsers.officer(province.id())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	static String feedback(String html, String id) {
		Matcher m = Pattern.compile("(?s)id=\"" + id + "\"(?:(?!id=\"f-).)*?invalid-feedback d-block\">([^<]*)<")
			.matcher(html);
		return m.find() ? m.group(1) : null;
	}

	@Test
	void aBadDateAndAnElevenDigitCccdAreBothReportedAtOnce() throws Exception {
		Map<String, String> f = form("MALE", "1980", "03008012345"); // 11 digits
		f.put("nationalIdIssuedOn", "32/01/2020");
		f.put("phone", "12");
		String html = submit("/persons/new", f);
		assertThat(html).contains("Chưa lưu được");
		assertThat(feedback(html, "f-nationalIdIssuedOn")).contains("Ngày cấp: không đọc được ngày");
		assertThat(feedback(html, "f-nationalId")).contains("12 chữ số");
		assertThat(feedback(html, "f-phone")).contains("điện thoại");
		// a date that cannot be read is not also reported as missing
		f.put("birthDate", "năm 1980");
		html = submit("/persons/new", f);
		assertThat(feedback(html, "f-birthDate")).contains("không đọc được").doesNotContain("bắt buộc");
		assertThat(feedback(html, "f-nationalId")).contains("12 chữ số");
	}

	@Test
	void editShowsEveryProblemAtOnceToo() throws Exception {
		PersonView p = create("MALE", "1980", "030080" + tail);
		Map<String, String> f = PersonPagesTest.form("Phạm Văn Kiểm", "MALE", "1980", "0300801234");
		f.put("nationalIdIssuedOn", "1/13/2020");
		f.put("version", String.valueOf(p.version()));
		String html = submit("/persons/" + p.id() + "/edit", f);
		assertThat(feedback(html, "f-nationalIdIssuedOn")).contains("không đọc được");
		assertThat(feedback(html, "f-nationalId")).contains("12 chữ số");
	}

	@Test
	void aHistoryAddFormShowsEveryProblemAtOnce() throws Exception {
		PersonView p = create("MALE", "1980", "030080" + tail);
		String html = mvc
			.perform(post("/persons/" + p.id() + "/h/awards").param("year", "3000")
				.param("decisionDate", "32/01/2022")
				.param("reason", "Hoàn thành xuất sắc nhiệm vụ")
				.with(TestUsers.officer(province.id()))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("không đọc được ngày")
			.contains("Năm khen thưởng phải trong khoảng")
			.contains("Hình thức khen thưởng là bắt buộc");
	}

	PersonView create(String gender, String birth, String nationalId) throws Exception {
		String location = redirect("/persons/new", form(gender, birth, nationalId));
		return people.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), null, Scope.all());
	}

	static String confirmKey(String html) {
		Matcher m = Pattern.compile("name=\"confirmWarnings\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("the confirmation checkbox").isTrue();
		return m.group(1);
	}

	@Test
	void aCccdThatDisagreesWithTheDossierIsAWarningSavedOnceConfirmed() throws Exception {
		String id = "083290" + tail; // digit 4 = 2: a man born 2000–2099; 90 agrees
		Map<String, String> f = form("MALE", "17/05/1990", id);
		String html = submit("/persons/new", f);
		assertThat(html).contains("id=\"form-warnings\"")
			.contains("Số CCCD " + id + ": chữ số thứ 4 là 2, mã của người sinh từ năm 2000 đến năm 2099, "
					+ "nhưng hồ sơ ghi năm sinh 1990 (cần chữ số 0)")
			.contains("Tôi đã kiểm tra, vẫn lưu")
			.doesNotContain("Chưa lưu được");
		// a confirmation of other warnings does not count
		f.put(Warnings.CONFIRM, "other");
		assertThat(submit("/persons/new", f)).contains("id=\"form-warnings\"");
		f.put(Warnings.CONFIRM, confirmKey(html));
		String location = redirect("/persons/new", f);
		PersonView saved = people.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), null,
				Scope.all());
		assertThat(saved.data().nationalId()).isEqualTo(id);
		// editing something else does not ask again; changing the gender does
		Map<String, String> e = PersonPagesTest.form("Phạm Văn Kiểm", "MALE", "17/05/1990", id);
		e.put("phone", "0912345678");
		e.put("version", String.valueOf(saved.version()));
		redirect("/persons/" + saved.id() + "/edit", e);
		e.put("gender", "FEMALE");
		e.put("version", String.valueOf(saved.version() + 1));
		html = submit("/persons/" + saved.id() + "/edit", e);
		assertThat(html).contains("chữ số thứ 4 là 2, mã của giới tính Nam, nhưng hồ sơ ghi giới tính Nữ");
		e.put(Warnings.CONFIRM, confirmKey(html));
		redirect("/persons/" + saved.id() + "/edit", e);
	}

	@Test
	void aCccdThatAgreesSavesAtOnceAndANonDigitOneStaysAnError() throws Exception {
		assertThat(create("FEMALE", "05/1992", "030192" + tail).data().nationalId()).isEqualTo("030192" + tail);
		String html = submit("/persons/new", form("MALE", "1990", "08309001234X"));
		assertThat(html).contains("Chưa lưu được").doesNotContain("id=\"form-warnings\"");
		assertThat(feedback(html, "f-nationalId")).contains("12 chữ số");
	}

}
