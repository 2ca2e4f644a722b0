package vn.canbo.people;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;

/**
 * The REST endpoints of issue 15's rewards: a batch decision (201-free: {"count": n}; 400
 * with every person's error; 404 for a person outside the scope), collective awards of a
 * unit (add, list, delete; 404 outside the scope) and the counts of a period.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HonoursApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleFixture fixture;

	PeopleFixture.Tree tree;

	long a1, b1;

	@BeforeEach
	void data() {
		tree = fixture.tree();
		a1 = fixture.create("Lý Văn Api", tree.communeA().id()).id();
		b1 = fixture.create("Lý Văn Ngoài", tree.communeB().id()).id();
	}

	private static String batch(String form, long... ids) {
		StringBuilder persons = new StringBuilder();
		for (long id : ids) {
			persons.append(persons.isEmpty() ? "" : ",").append(id);
		}
		return "{\"decisionNumber\":\"20/QĐ-UBND\",\"decisionDate\":\"2024-06-01\",\"issuer\":\"UBND tỉnh\","
				+ "\"formCode\":\"" + form + "\",\"level\":\"PROVINCE\",\"achievement\":\"Thành tích\","
				+ "\"personIds\":[" + persons + "]}";
	}

	@Test
	void batchDecisionOverTheApi() throws Exception {
		var officerA = TestUsers.officer(tree.communeA().id());
		mvc.perform(post("/api/v1/awards/batch").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch("KHONG_CO", a1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personIds[0].formCode"));
		mvc.perform(post("/api/v1/awards/batch").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch("GIAY_KHEN", a1, b1))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/awards/batch").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch("GIAY_KHEN", a1))).andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1));
		mvc.perform(get("/api/v1/persons/" + a1).with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awards[0].level").value("PROVINCE"))
			.andExpect(jsonPath("$.awards[0].achievement").value("Thành tích"));
	}

	@Test
	void collectiveAwardsOverTheApi() throws Exception {
		var officerA = TestUsers.officer(tree.communeA().id());
		String body = "{\"formCode\":\"CO_THI_DUA\",\"level\":\"PROVINCE\",\"issuer\":\"UBND tỉnh\","
				+ "\"decisionNumber\":\"9/QĐ\",\"decisionDate\":\"2024-06-01\",\"achievement\":\"Dẫn đầu\"}";
		String base = "/api/v1/units/" + tree.communeA().id() + "/collective-awards";
		String created = mvc.perform(post(base).with(officerA).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitName").value(tree.communeA().name()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(post("/api/v1/units/" + tree.communeB().id() + "/collective-awards").with(officerA)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/" + tree.communeB().id() + "/collective-awards").with(officerA))
			.andExpect(status().isNotFound());
		mvc.perform(get(base).with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].decisionNumber").value("9/QĐ"));
		mvc.perform(get("/api/v1/honours/counts?from=2024-01-01&to=2024-12-31").with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awardedUnits").value(1))
			.andExpect(jsonPath("$.collectiveAwardsByForm.CO_THI_DUA").value(1));
		mvc.perform(delete(created).with(officerA)).andExpect(status().isNoContent());
		mvc.perform(get(base).with(officerA)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

}
