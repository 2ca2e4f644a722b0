package vn.canbo.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;

/**
 * The people pages in MockMvc with real principals on PostgreSQL; every test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Catalogs catalogs;

	UnitView province;

	UnitView communeA;

	UnitView communeB;

	PersonView duc;

	PersonView hoa;

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	@BeforeEach
	void data() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		province = units.create(new UnitService.NewUnit("PT-" + k, "Tỉnh Giao Diện " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		communeA = units.create(new UnitService.NewUnit("PA-" + k, "UBND xã Hoa Sen " + k, null, "UBND",
				AdminLevel.COMMUNE, province.id(), FOUNDED));
		communeB = units.create(new UnitService.NewUnit("PB-" + k, "UBND xã Hoa Cúc " + k, null, "UBND",
				AdminLevel.COMMUNE, province.id(), FOUNDED));
		duc = create("Nguyễn Văn Đức", "MALE", "17/05/1980", nationalId(), communeA.id());
		hoa = create("Trần Thị Hoa", "FEMALE", "03/1985", null, communeA.id());
		create("Lê Văn Bình", "MALE", "1990", null, communeB.id());
	}

	static String nationalId() {
		return String.format("030%09d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L);
	}

	static Map<String, String> form(String name, String gender, String birth, String nationalId) {
		Map<String, String> m = new HashMap<>();
		m.put("category", "CIVIL_SERVANT");
		m.put("fullName", name);
		m.put("gender", gender);
		m.put("birthDate", birth);
		m.put("ethnicityCode", "01");
		m.put("birthplace.commune", "xã Phú Lộc");
		m.put("birthplace.province", "tỉnh Hải Dương");
		if (nationalId != null) {
			m.put("nationalId", nationalId);
			m.put("nationalIdIssuedOn", "01/04/2021");
		}
		return m;
	}

	PersonView create(String name, String gender, String birth, String nationalId, long unitId) {
		List<FieldError> errors = new ArrayList<>();
		PersonData d = FormBinder.bind(PersonData.class, form(name, gender, birth, nationalId), "", n -> n, errors);
		assertThat(errors).isEmpty();
		return people.create(
				new NewPerson(d,
						Position.main(unitId, "CHUYEN_VIEN", "Chuyên viên Văn phòng", LocalDate.of(2010, 1, 1))),
				Scope.all());
	}

	RequestPostProcessor officer() {
		return TestUsers.officer(province.id());
	}

	static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder b, Map<String, String> m) {
		m.forEach((k, v) -> b.param(k, v));
		return b;
	}

	String page(String url, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(url).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	// ---- list ----

	@Test
	void listFindsByFoldedAndDecomposedNames() throws Exception {
		assertThat(page("/persons?q=nguyen van duc", officer())).contains("Nguyễn Văn Đức")
			.doesNotContain("Trần Thị Hoa")
			.contains("Tìm thấy 1 người")
			.contains("Trang 1/1");
		String nfd = Normalizer.normalize("Nguyễn Văn Đức", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Nguyễn Văn Đức");
		assertThat(mvc.perform(get("/persons").param("q", nfd).with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Nguyễn Văn Đức").contains("17/05/1980");
		// htmx live search answers only the results fragment
		String fragment = mvc
			.perform(get("/persons").param("q", "NGUYỄN VĂN ĐỨC").header("HX-Request", "true").with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("Nguyễn Văn Đức").doesNotContain("<html").contains("id=\"results\"");
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		String all = page("/persons", officer());
		assertThat(all).contains("Nguyễn Văn Đức", "Trần Thị Hoa", "Lê Văn Bình").contains("Tìm thấy 3 người");
		assertThat(page("/persons?gender=FEMALE", officer())).contains("Trần Thị Hoa").doesNotContain("Nguyễn Văn Đức");
		assertThat(page("/persons?unitId=" + communeB.id(), officer())).contains("Lê Văn Bình")
			.doesNotContain("Trần Thị Hoa");
		assertThat(page("/persons?ageFrom=40&ageTo=70", officer())).contains("Nguyễn Văn Đức")
			.doesNotContain("Lê Văn Bình");
		// partial birth date shown as MM/yyyy
		assertThat(all).contains("03/1985");
		assertThat(page("/persons?ageFrom=50&ageTo=20", officer())).contains("Tuổi đến phải lớn hơn hoặc bằng tuổi từ");
		assertThat(page("/persons?asOf=31/02/x", officer())).contains("Tại ngày: không đọc được ngày");
	}

	@Test
	void exportReturnsARealWorkbookWithTheSameCriteria() throws Exception {
		assertThat(page("/persons?q=nguyen", officer())).contains("/persons/export.xlsx?q=nguyen");
		byte[] xlsx = mvc.perform(get("/persons/export.xlsx").param("q", "nguyen van duc").with(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			String text = wb.getFirstSheet().read().toString();
			assertThat(text).contains("Nguyễn Văn Đức").doesNotContain("Trần Thị Hoa");
		}
		mvc.perform(get("/persons/export.xlsx").with(TestUsers.as(Role.CLERK, province.id())))
			.andExpect(status().isForbidden());
	}

	// ---- dossier ----

	@Test
	void dossierShowsThe2cItemsAndMasksTheNationalIdForAClerk() throws Exception {
		String id = duc.data().nationalId();
		String officerPage = page("/persons/" + duc.id(), officer());
		assertThat(officerPage).contains("1. Họ và tên khai sinh", "NGUYỄN VĂN ĐỨC", "12. Chức vụ (chức danh) hiện tại",
				"Chuyên viên Văn phòng", communeA.name(), province.name(), "28. Tóm tắt quá trình công tác",
				"31. Diễn biến quá trình lương", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
				"/documents/persons/" + duc.id() + "/cv.docx", "/career/persons/" + duc.id() + "/decisions", id,
				"Kinh");
		String clerkPage = page("/persons/" + duc.id(), TestUsers.as(Role.CLERK, province.id()));
		assertThat(clerkPage).contains("1. Họ và tên khai sinh")
			.doesNotContain(id)
			.doesNotContain("Kinh")
			.contains(id.charAt(0) + "*********" + id.substring(10));
		// as of a date before the position: no current position
		assertThat(page("/persons/" + duc.id() + "?asOf=01/01/2005", officer()))
			.contains("Không có chức vụ tại ngày này");
	}

	@Test
	void outOfScopeDossierIsA404Page() throws Exception {
		mvc.perform(get("/persons/" + duc.id()).with(TestUsers.officer(communeB.id())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy hồ sơ")))
			.andExpect(content().string(not(containsString("Nguyễn Văn Đức"))));
		mvc.perform(get("/persons/" + duc.id() + "/edit").with(TestUsers.officer(communeB.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/persons/999999999").with(officer())).andExpect(status().isNotFound());
	}

	// ---- edit ----

	@Test
	void staleVersionShowsTheConflictAndKeepsTheFirstSave() throws Exception {
		String edit = page("/persons/" + duc.id() + "/edit", officer());
		assertThat(edit).contains("name=\"version\"").contains("value=\"" + duc.version() + "\"");
		Map<String, String> first = new HashMap<>(FormBinder.toForm(duc.data()));
		first.put("version", String.valueOf(duc.version()));
		first.put("currentAddress", "Số 1 đường Lê Lợi");
		mvc.perform(params(post("/persons/" + duc.id() + "/edit"), first).with(officer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Map<String, String> second = new HashMap<>(first);
		second.put("currentAddress", "Số 99 đường Trần Phú");
		mvc.perform(params(post("/persons/" + duc.id() + "/edit"), second).with(officer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ đã được người khác cập nhật")))
			.andExpect(content().string(containsString("Số 99 đường Trần Phú")));
		assertThat(people.get(duc.id(), null, Scope.all()).data().currentAddress()).isEqualTo("Số 1 đường Lê Lợi");
	}

	@Test
	void aClerkEditDoesNotTouchSensitiveFields() throws Exception {
		String edit = page("/persons/" + duc.id() + "/edit", TestUsers.as(Role.CLERK, province.id()));
		assertThat(edit).doesNotContain("name=\"nationalId\"").doesNotContain(duc.data().nationalId());
		Map<String, String> f = new HashMap<>(FormBinder.toForm(duc.data()));
		f.remove("nationalId");
		f.remove("ethnicityCode");
		f.put("version", String.valueOf(duc.version()));
		f.put("phone", "0987654321");
		mvc.perform(params(post("/persons/" + duc.id() + "/edit"), f).with(TestUsers.as(Role.CLERK, province.id()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		PersonData stored = people.get(duc.id(), null, Scope.all()).data();
		assertThat(stored.phone()).isEqualTo("0987654321");
		assertThat(stored.nationalId()).isEqualTo(duc.data().nationalId());
		assertThat(stored.ethnicityCode()).isEqualTo("01");
	}

	@Test
	void validationErrorsAreShownNextToTheFields() throws Exception {
		Map<String, String> f = form("", "MALE", "năm 1980", null);
		f.put("mainPosition.unitId", String.valueOf(communeA.id()));
		f.put("mainPosition.titleCode", "CHUYEN_VIEN");
		f.put("mainPosition.validFrom", "1/1/2020");
		f.put("nationalIdIssuedOn", "32/01/2020");
		String html = mvc.perform(params(post("/persons/new"), f).with(officer()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ngày sinh: không đọc được ngày &quot;năm 1980&quot;")
			.contains("Ngày cấp: không đọc được ngày")
			.contains("is-invalid")
			.contains("Chưa lưu được");
		// a domain rule from the service, next to its field, input kept
		f.put("birthDate", "1980");
		f.put("nationalIdIssuedOn", "");
		f.put("nationalId", "12345");
		html = mvc.perform(params(post("/persons/new"), f).with(officer()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"12345\"")
			.containsPattern("(?s)id=\"f-nationalId\".*invalid-feedback d-block\">[^<]*CCCD");
		assertThat(html).containsPattern("(?s)id=\"f-fullName\".*invalid-feedback d-block\">[^<]*(tên|Tên)");
	}

	@Test
	void createsAPersonThroughTheForm() throws Exception {
		assertThat(page("/persons/new", officer())).contains("name=\"mainPosition.unitId\"").contains(communeA.name());
		Map<String, String> f = form("Phạm Thị Lan", "FEMALE", "05/1992", "030192" + nationalId().substring(6));
		f.put("mainPosition.unitId", String.valueOf(communeB.id()));
		f.put("mainPosition.titleCode", "CHUYEN_VIEN");
		f.put("mainPosition.validFrom", "01/03/2020");
		String location = mvc.perform(params(post("/persons/new"), f).with(officer()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/persons/\\d+");
		assertThat(page(location, officer())).contains("PHẠM THỊ LAN", "05/1992", communeB.name());
		mvc.perform(get("/persons/new").with(TestUsers.as(Role.LEADER, province.id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void softDeleteNeedsAReason() throws Exception {
		mvc.perform(post("/persons/" + hoa.id() + "/delete").param("reason", " ").with(officer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/persons?q=tran thi hoa", officer())).contains("Trần Thị Hoa");
		mvc.perform(post("/persons/" + hoa.id() + "/delete").param("reason", "Nhập trùng").with(officer()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/persons?q=tran thi hoa", officer())).doesNotContain("Trần Thị Hoa");
		mvc.perform(get("/persons/" + hoa.id()).with(officer())).andExpect(status().isNotFound());
	}

	// ---- histories (htmx) ----

	@Test
	void addsEndsCorrectsAndDeletesHistoryEntries() throws Exception {
		String base = "/persons/" + duc.id() + "/h/";
		assertThat(mvc.perform(get(base + "awards/new").with(officer())).andReturn().getResponse().getContentAsString())
			.contains("name=\"formCode\"")
			.doesNotContain("<html");
		String award = catalogs.list(CatalogType.AWARD_FORM, LocalDate.now()).get(0).code();
		String table = mvc
			.perform(post(base + "awards").param("year", "2022")
				.param("formCode", award)
				.param("reason", "Hoàn thành xuất sắc nhiệm vụ")
				.with(officer())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(table).contains("id=\"t21\"").contains("Hoàn thành xuất sắc nhiệm vụ").contains("2022");
		long awardId = people.get(duc.id(), null, Scope.all()).awards().get(0).id();

		// a bad value comes back as the form, retargeted into the form slot, with a
		// Vietnamese message naming the field
		mvc.perform(
				post(base + "awards").param("year", "hai nghìn").param("formCode", award).with(officer()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#form-t21"))
			.andExpect(content().string(containsString("Năm: giá trị &quot;hai nghìn&quot; không hợp lệ")));

		// correct
		mvc.perform(post(base + "awards/" + awardId).param("year", "2023")
			.param("formCode", award)
			.param("reason", "Chiến sĩ thi đua")
			.with(officer())
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Chiến sĩ thi đua")));
		List<vn.canbo.people.Award> awards = people.get(duc.id(), null, Scope.all()).awards();
		assertThat(awards).singleElement().satisfies(a -> assertThat(a.year()).isEqualTo(2023));

		// delete with a reason
		mvc.perform(post(base + "awards/" + awards.get(0).id() + "/delete").param("reason", "")
			.with(officer())
			.with(csrf()))
			.andExpect(header().string("HX-Retarget", "#form-t21"))
			.andExpect(content().string(containsString("Lý do xóa là bắt buộc")));
		mvc.perform(post(base + "awards/" + awards.get(0).id() + "/delete").param("reason", "Nhập nhầm")
			.with(officer())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Chiến sĩ thi đua"))));
		assertThat(people.get(duc.id(), null, Scope.all()).awards()).isEmpty();

		// end the main position, then add a new one
		long positionId = duc.mainPosition().id();
		mvc.perform(
				post(base + "positions/" + positionId + "/end").param("date", "ngày mai").with(officer()).with(csrf()))
			.andExpect(header().string("HX-Retarget", "#form-t28"))
			.andExpect(content().string(containsString("Ngày kết thúc: không đọc được ngày")));
		mvc.perform(post(base + "positions/" + positionId + "/end").param("date", "01/07/2025")
			.with(officer())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01/01/2010 – 01/07/2025")));
		mvc.perform(post(base + "positions").param("unitId", String.valueOf(communeB.id()))
			.param("titleCode", "CHUYEN_VIEN")
			.param("titleText", "Phó Chủ tịch UBND xã")
			.param("validFrom", "01/07/2025")
			.with(officer())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phó Chủ tịch UBND xã, " + communeB.name())));
		assertThat(people.get(duc.id(), null, Scope.all()).mainPosition().unitId()).isEqualTo(communeB.id());

		// a clerk may not write item 29 (sensitive) — it does not exist for them
		mvc.perform(get(base + "history-notes/new").with(TestUsers.as(Role.CLERK, province.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get(base + "awards/new").with(TestUsers.as(Role.LEADER, province.id())))
			.andExpect(status().isForbidden());
	}

}
