package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canbo.people.With.with;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	PeopleFixture.Tree tree;

	PersonView person;

	@BeforeEach
	void data() {
		tree = fixture.tree();
		person = people.create(PeopleFixture
			.newPerson(with(PeopleFixture.data("Đặng Văn Lâm"), "nationalId", "030080001234"), tree.communeA().id()),
				Scope.all());
	}

	@Test
	void createsADossierAndReadsItBack() throws Exception {
		NewPerson body = PeopleFixture.newPerson(PeopleFixture.withoutNationalId(PeopleFixture.data("Ngô Thị Mai")),
				tree.communeA().id());
		String location = mvc
			.perform(post("/api/v1/persons").with(TestUsers.officer(tree.communeA().id()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.person.data.fullName").value("Ngô Thị Mai"))
			.andExpect(jsonPath("$.person.version").value(0))
			.andExpect(jsonPath("$.mainPosition.unitName").value(tree.communeA().name()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(location).with(TestUsers.officer(tree.communeA().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.data.birthDate.date").value("1980-05-17"))
			.andExpect(jsonPath("$.person.data.birthDate.precision").value("DAY"))
			.andExpect(jsonPath("$.positions[0].titleCode").value("CHUYEN_VIEN"));
	}

	@Test
	void validationErrorsAreProblemDetailsListingEveryField() throws Exception {
		PersonData bad = with(with(PeopleFixture.withoutNationalId(PeopleFixture.data("Ngô Thị Mai")), "heightCm", 20),
				"ethnicityCode", "99");
		mvc.perform(post("/api/v1/persons").with(TestUsers.officer(tree.communeA().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(PeopleFixture.newPerson(bad, tree.communeA().id()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("heightCm", "ethnicityCode")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Mã dân tộc '99' không có trong danh mục")));
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		Map<String, Object> first = Map.of("version", person.version(), "data",
				with(person.data(), "phone", "0987654321"));
		Map<String, Object> second = Map.of("version", person.version(), "data",
				with(person.data(), "phone", "0911111111"));
		mvc.perform(put("/api/v1/persons/" + person.id()).with(TestUsers.officer(tree.communeA().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(first)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.version").value(person.version() + 1));
		mvc.perform(put("/api/v1/persons/" + person.id()).with(TestUsers.officer(tree.communeA().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(second)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Xung đột cập nhật"))
			.andExpect(jsonPath("$.detail", startsWith("Hồ sơ đã được người khác cập nhật lúc")));
		mvc.perform(put("/api/v1/persons/" + person.id()).with(TestUsers.officer(tree.communeA().id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("data", person.data()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(people.get(person.id(), null, Scope.all()).data().phone()).isEqualTo("0987654321");
	}

	@Test
	void aPersonOfAnotherCommuneIsNotFoundAndNotListed() throws Exception {
		var officerB = TestUsers.officer(tree.communeB().id());
		mvc.perform(get("/api/v1/persons/" + person.id()).with(officerB)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/persons/" + person.id()).with(officerB)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("version", 0, "data", person.data()))))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/persons/" + person.id()).param("reason", "x").with(officerB))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/persons").param("q", "dang van lam").with(officerB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/api/v1/persons").param("q", "đặng văn lâm").with(TestUsers.officer(tree.communeA().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.totalCapped").value(false))
			.andExpect(jsonPath("$.items[0].id").value(person.id()));
		byte[] xlsx = mvc.perform(get("/api/v1/persons/export.xlsx").param("q", "dang van lam").with(officerB))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getFirstSheet().read()).hasSize(1); // headers only
		}
	}

	@Test
	void aClerkSeesTheNationalIdMaskedAndNoSensitiveFields() throws Exception {
		people.add(person.id(), HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "BO", "Đặng Văn Cha", 1950,
				null, false, "Làm việc cho chế độ cũ 1970–1975", false, 1), Scope.all());
		mvc.perform(get("/api/v1/persons/" + person.id()).with(TestUsers.as(Role.CLERK, tree.communeA().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.data.nationalId").value("0*********34"))
			.andExpect(jsonPath("$.person.data.ethnicityCode").doesNotExist())
			.andExpect(jsonPath("$.person.data.religionCode").doesNotExist())
			.andExpect(jsonPath("$.person.data.healthStatus").doesNotExist())
			.andExpect(jsonPath("$.family[0].fullName").value("Đặng Văn Cha"))
			.andExpect(jsonPath("$.family[0].politicalHistory").doesNotExist());
		mvc.perform(get("/api/v1/persons/" + person.id()).with(TestUsers.officer(tree.communeA().id())))
			.andExpect(jsonPath("$.person.data.nationalId").value("030080001234"))
			.andExpect(jsonPath("$.person.data.ethnicityCode").value("01"))
			.andExpect(jsonPath("$.family[0].politicalHistory").value("Làm việc cho chế độ cũ 1970–1975"));
		// a clerk may not export
		mvc.perform(get("/api/v1/persons/export.xlsx").with(TestUsers.as(Role.CLERK, tree.communeA().id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void historiesAreAddedEndedAndDeletedOverRest() throws Exception {
		var officer = TestUsers.officer(tree.communeA().id());
		String salary = mvc
			.perform(post("/api/v1/persons/" + person.id() + "/salaries").with(officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"rankCode\":\"01.003\",\"step\":2,\"validFrom\":\"2013-01-01\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.coefficient").value(2.67))
			.andExpect(header().string("Location", startsWith("/api/v1/persons/" + person.id() + "/salaries/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/api/v1/persons/" + person.id() + "/positions").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + tree.communeA().id()
					+ ",\"titleCode\":\"PHO_CHU_TICH_UBND\",\"validFrom\":\"2020-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Đã có chức vụ chính trong thời gian này")));
		mvc.perform(post("/api/v1/persons/" + person.id() + "/positions/" + person.mainPosition().id() + "/end")
			.param("date", "2020-01-01")
			.with(officer)).andExpect(status().isOk()).andExpect(jsonPath("$.validTo").value("2020-01-01"));
		mvc.perform(post("/api/v1/persons/" + person.id() + "/awards").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2019,\"formCode\":\"GIAY_KHEN\"}")).andExpect(status().isCreated());
		long awardId = people.get(person.id(), null, Scope.all()).awards().get(0).id();
		mvc.perform(delete("/api/v1/persons/" + person.id() + "/awards/" + awardId).param("reason", "Nhập nhầm")
			.with(officer)).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/persons/" + person.id() + "/family").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"SELF\",\"relationCode\":\"ME\",\"fullName\":\"Lê Thị 3\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fullName"));
		mvc.perform(post("/api/v1/persons/" + person.id() + "/trainings").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\":\"POLITICAL_THEORY\",\"school\":\"Trường Chính trị tỉnh\",\"from\":{\"date\":\"2015-03-01\",\"precision\":\"MONTH\"},"
							+ "\"to\":{\"date\":\"2015-09-01\",\"precision\":\"MONTH\"},\"formCode\":\"TAP_TRUNG\",\"levelCode\":\"TRUNG_CAP\"}"))
			.andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/persons/" + person.id()).with(officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(
				delete("/api/v1/persons/" + person.id()).param("reason", "Chuyển công tác ra ngoài tỉnh").with(officer))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/persons/" + person.id()).with(officer)).andExpect(status().isNotFound());
		assertThat(salary).contains("\"rankCode\":\"01.003\"");
	}

	@Test
	void everyHistoryKindHasTheSameTwoEndpoints() throws Exception {
		var officer = TestUsers.officer(tree.communeA().id());
		var clerk = TestUsers.as(Role.CLERK, tree.communeA().id());
		String base = "/api/v1/persons/" + person.id();
		// an unknown kind does not exist
		mvc.perform(post(base + "/hobbies").with(officer).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isNotFound());
		// the body is read as the kind's record: a malformed value names its field
		mvc.perform(post(base + "/mass-orgs").with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisation\":\"Công đoàn\",\"joinedOn\":\"01/05/2005\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("joinedOn"));
		// a correction answers the replacement, masked like an addition
		String added = mvc
			.perform(post(base + "/family").with(clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"side\":\"SELF\",\"relationCode\":\"BO\",\"fullName\":\"Đặng Văn Cha\","
						+ "\"politicalHistory\":\"Làm việc cho chế độ cũ\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.politicalHistory").doesNotExist())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(put(added).with(clerk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"SELF\",\"relationCode\":\"BO\",\"fullName\":\"Đặng Văn Chá\","
					+ "\"politicalHistory\":\"Làm việc cho chế độ cũ\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Đặng Văn Chá"))
			.andExpect(jsonPath("$.politicalHistory").doesNotExist());
		mvc.perform(get(base).with(officer))
			.andExpect(jsonPath("$.family[0].fullName").value("Đặng Văn Chá"))
			.andExpect(jsonPath("$.family[0].politicalHistory").value("Làm việc cho chế độ cũ"));
	}

	@Test
	void theOpenApiDocumentShowsEachHistoryKind() throws Exception {
		String doc = mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (HistoryKind<?> kind : HistoryKind.values()) {
			assertThat(doc).contains("\"/api/v1/persons/{id}/" + kind.segment() + "\"",
					"\"/api/v1/persons/{id}/" + kind.segment() + "/{entryId}\"",
					"#/components/schemas/" + kind.type().getSimpleName());
		}
		assertThat(doc).doesNotContain("\"/api/v1/persons/{id}/{kind}\"");
	}

	@Test
	void listParametersAreValidatedAndPaged() throws Exception {
		var officer = TestUsers.officer(tree.communeA().id());
		mvc.perform(get("/api/v1/persons").param("sort", "salary").with(officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/persons").param("unitId", String.valueOf(tree.communeA().id()))
			.param("size", "500")
			.param("gender", "MALE")
			.param("partyMember", "true")
			.param("minority", "false")
			.param("asOf", LocalDate.now().toString())
			.with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.items[0].fullName").value("Đặng Văn Lâm"));
		mvc.perform(get("/api/v1/persons").with(TestUsers.as(Role.AUDITOR, tree.communeA().id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theExportIsAnXlsxDownload() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/api/v1/persons/export.xlsx").param("q", "lam").with(TestUsers.officer(tree.communeA().id())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellAsString(1)).contains("Đặng Văn Lâm");
			assertThat(rows.get(1).getCellAsDate(3)).contains(LocalDate.of(1980, 5, 17).atStartOfDay());
		}
	}

}
