package vn.canbo.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.reports.KnownDataset;
import vn.canbo.reports.SummaryReport;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 14, points 7–9 through the API and the pages, on the known dataset (12 persons on
 * 30/6/2026, 5 women): an indicator's precision and phrasing, a target left out, a manual
 * value's source, a programme created without a version, null fields written out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTest {

	static final LocalDate D = KnownDataset.D;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	SummaryReport summaries;

	@Autowired
	ObjectMapper json;

	KnownDataset data;

	String k;

	@BeforeAll
	void setUp() {
		data = new KnownDataset(units, people);
		k = UUID.randomUUID().toString().substring(0, 8);
	}

	JsonNode send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String body,
			int expected) throws Exception {
		String out = mvc
			.perform(r.with(csrf())
				.with(TestUsers.officer(data.province.id()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(out);
	}

	long programme(String code) throws Exception {
		return send(post("/api/v1/programmes"), """
				{"code": "%s", "title": "Nghị quyết %s", "unitId": %d, "periodFrom": "2026-01-01",
				 "periodTo": "2026-12-31"}""".formatted(code, code, data.province.id()), 201).get("id").asLong();
	}

	@Test
	void aProgrammeIsCreatedWithoutAVersionAndItsNullFieldsAreWrittenOut() throws Exception {
		String code = "NQ-V-" + k;
		mvc.perform(post("/api/v1/programmes").with(csrf())
			.with(TestUsers.officer(data.province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"title\":\"Không có version\",\"unitId\":" + data.province.id()
					+ ",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$", hasKey("note")))
			.andExpect(jsonPath("$.note").value(nullValue()))
			.andExpect(jsonPath("$", hasKey("issuingBody")));
		long id = programme("NQ-W-" + k);
		// an update still needs the version (the optimistic check), named as the field
		mvc.perform(put("/api/v1/programmes/" + id).with(csrf())
			.with(TestUsers.officer(data.province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"NQ-W-" + k + "\",\"title\":\"Sửa\",\"unitId\":" + data.province.id()
					+ ",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("version")));
		JsonNode updated = send(put("/api/v1/programmes/" + id), """
				{"code": "NQ-W-%s", "title": "Sửa", "unitId": %d, "periodFrom": "2026-01-01",
				 "periodTo": "2026-12-31", "version": 0}""".formatted(k, data.province.id()), 200);
		assertThat(updated.get("version").asInt()).isEqualTo(1);
		assertThat(updated.get("title").asString()).isEqualTo("Sửa");
	}

	@Test
	void anIndicatorsPrecisionAndPhrasingAreItsOwnAndItsTargetIsOptional() throws Exception {
		long id = programme("NQ-P-" + k);
		// no manual, sortOrder or target sent: a share without target, one decimal
		JsonNode share = send(post("/api/v1/programmes/" + id + "/indicators"), """
				{"code": "NU1", "name": "Tỷ lệ nữ", "kind": "RATIO", "direction": "AT_LEAST",
				 "figureCode": "PEOPLE_WOMEN", "phrasing": "SHARE_ONLY", "decimals": 1}""", 201);
		assertThat(share.get("decimals").asInt()).isEqualTo(1);
		assertThat(share.get("phrasing").asString()).isEqualTo("SHARE_ONLY");
		assertThat(share.has("targetValue")).isTrue();
		assertThat(share.get("targetValue").isNull()).isTrue();
		// against the target, but none given: the share alone, never "so với chỉ tiêu"
		send(post("/api/v1/programmes/" + id + "/indicators"), """
				{"code": "NU2", "name": "Tỷ lệ nữ (không chỉ tiêu)", "kind": "RATIO", "direction": "AT_LEAST",
				 "figureCode": "PEOPLE_WOMEN", "phrasing": "AGAINST_TARGET", "sortOrder": 2}""", 201);
		// with a target and no decimals: two decimals
		send(post("/api/v1/programmes/" + id + "/indicators"), """
				{"code": "NU3", "name": "Tỷ lệ nữ (chỉ tiêu)", "kind": "RATIO", "direction": "AT_LEAST",
				 "figureCode": "PEOPLE_WOMEN", "targetValue": 40, "phrasing": "AGAINST_PLAN", "sortOrder": 3}""", 201);
		JsonNode a = send(get("/api/v1/programmes/" + id + "/achievements").param("date", D.toString()), "", 200);
		assertThat(a.get(0).get("phrase").asString()).isEqualTo("5/12 đồng chí, chiếm 41,7%");
		assertThat(a.get(0).get("status").asString()).isEqualTo("KHONG_CO_CHI_TIEU");
		assertThat(a.get(0).has("difference")).isTrue();
		assertThat(a.get(1).get("phrase").asString()).isEqualTo("5/12 đồng chí, chiếm 41,67%");
		assertThat(a.get(2).get("phrase").asString())
			.isEqualTo("5/12 đồng chí, đạt 41,67%, vượt 1,67% so với kế hoạch");
		assertThat(a.get(2).get("status").asString()).isEqualTo("VUOT");
		// out of range: refused naming the field
		mvc.perform(post("/api/v1/programmes/" + id + "/indicators").with(csrf())
			.with(TestUsers.officer(data.province.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"NU4\",\"name\":\"X\",\"kind\":\"RATIO\",\"direction\":\"AT_LEAST\","
					+ "\"figureCode\":\"PEOPLE_WOMEN\",\"decimals\":4}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("decimals")));
		// the page's form sets both
		mvc.perform(post("/targets/" + id + "/indicators").param("code", "NU5")
			.param("name", "Tỷ lệ nữ (mẫu trang)")
			.param("kind", "RATIO")
			.param("direction", "AT_LEAST")
			.param("targetValue", "")
			.param("figureCode", "PEOPLE_WOMEN")
			.param("phrasing", "SHARE_ONLY")
			.param("decimals", "0")
			.with(csrf())
			.with(TestUsers.officer(data.province.id()))).andExpect(status().is3xxRedirection());
		JsonNode fromPage = send(get("/api/v1/programmes/" + id + "/achievements").param("date", D.toString()), "",
				200);
		JsonNode page = null;
		for (JsonNode x : fromPage) {
			if (x.get("indicator").get("code").asString().equals("NU5")) {
				page = x;
			}
		}
		assertThat(page).isNotNull();
		assertThat(page.get("phrase").asString()).isEqualTo("5/12 đồng chí, chiếm 42%");
		assertThat(page.get("indicator").get("decimals").asInt()).isZero();
		assertThat(page.get("indicator").get("phrasing").asString()).isEqualTo("SHARE_ONLY");
		// the page shows the indicator without a target
		mvc.perform(get("/targets/" + id).param("date", D.toString()).with(TestUsers.officer(data.province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5/12 đồng chí, chiếm 41,7%")))
			.andExpect(content().string(containsString("Không giao chỉ tiêu")));
	}

	@Test
	void aManualValuesSourceIsStoredReturnedAndPrinted() throws Exception {
		long id = programme("NQ-M-" + k);
		long ind = send(post("/api/v1/programmes/" + id + "/indicators"), """
				{"code": "KN", "name": "Kết nạp đảng viên", "kind": "COUNT_IN_PERIOD", "direction": "AT_LEAST",
				 "targetValue": 40, "manual": true, "verb": "kết nạp", "noun": "đảng viên",
				 "phrasing": "AGAINST_TARGET", "decimals": 1}""", 201).get("id").asLong();
		JsonNode v = send(post("/api/v1/programmes/" + id + "/indicators/" + ind + "/values"), """
				{"unitId": %d, "recordedOn": "2026-03-01", "value": 11, "source": "Báo cáo số 7-BC/BTC"}"""
			.formatted(data.communeA.id()), 201);
		assertThat(v.get("source").asString()).isEqualTo("Báo cáo số 7-BC/BTC");
		assertThat(v.get("value").asLong()).isEqualTo(11);
		assertThat(v.has("base")).isTrue();
		send(post("/api/v1/programmes/" + id + "/indicators/" + ind + "/values"), """
				{"unitId": %d, "recordedOn": "2026-04-01", "value": 4, "source": "Đảng ủy xã Bình"}"""
			.formatted(data.communeB.id()), 201);
		JsonNode list = send(get("/api/v1/programmes/" + id + "/indicators/" + ind + "/values"), "", 200);
		assertThat(list.size()).isEqualTo(2);
		assertThat(list.get(0).get("source").asString()).isEqualTo("Đảng ủy xã Bình");
		JsonNode a = send(get("/api/v1/programmes/" + id + "/achievements").param("date", D.toString()), "", 200);
		assertThat(a.get(0).get("phrase").asString()).isEqualTo("kết nạp 15 đảng viên, đạt 37,5% chỉ tiêu");
		assertThat(a.get(0).get("source").asString()).isEqualTo("Báo cáo số 7-BC/BTC; Đảng ủy xã Bình");
		// outside the programme's scope the values are not found
		mvc.perform(get("/api/v1/programmes/" + id + "/indicators/" + ind + "/values")
			.with(TestUsers.officer(data.communeA.id()))).andExpect(status().isNotFound());
		// the page lists the values with their sources
		mvc.perform(get("/targets/" + id).param("date", D.toString()).with(TestUsers.officer(data.province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguồn: Báo cáo số 7-BC/BTC; Đảng ủy xã Bình")))
			.andExpect(content().string(containsString("Đảng ủy xã Bình")));
		// the summary report's line names the source
		String text = summaries
			.build(Scope.of(data.province.id()), data.province.id(), LocalDate.of(2026, 1, 1), D, D, null, null, null)
			.paragraphs()
			.stream()
			.map(SummaryReport.Paragraph::text)
			.collect(Collectors.joining("\n"));
		assertThat(text).contains("Kết nạp đảng viên (NQ-M-" + k
				+ "): kết nạp 15 đảng viên, đạt 37,5% chỉ tiêu (nguồn: Báo cáo số 7-BC/BTC; Đảng ủy xã Bình)");
	}

}
