package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canbo.people.PastScopeFixture.BEFORE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.security.TestUsers;

/**
 * List searches and the Excel export of a past date follow the dossier's rule (README,
 * "Scopes"): a person who has left the scope is listed with the facts of the date only —
 * no filter by what their past dossier does not show, no national ID, phone or ethnicity
 * in the export — while a person still in the scope (the merged communes' past seen by
 * the new commune) is listed as before. Not transactional (see {@link PastScopeFixture}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PastListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	PastScopeFixture fixture;

	@Test
	void afterATransferTheOldCommunesPastListShowsOnlyTheFactsOfTheDate() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		fixture.transferToB(r);
		String newCccd = fixture.recordedLater(r, r.tree().communeB().id());
		RequestPostProcessor officerA = TestUsers.officer(r.tree().communeA().id());

		JsonNode past = list(officerA, "asOf", BEFORE.toString());
		assertThat(ids(past)).containsExactly(r.personId());
		assertThat(past.get("items").get(0).get("unitId").asLong()).isEqualTo(r.tree().communeA().id());
		assertThat(past.toString()).doesNotContain(r.tree().communeB().name());
		// ethnicity is not part of the past dossier: no filter by it
		assertThat(ids(list(officerA, "asOf", BEFORE.toString(), "ethnicity", "01"))).isEmpty();
		assertThat(ids(list(officerA, "asOf", BEFORE.toString(), "minority", "false"))).isEmpty();
		// today: not A's
		assertThat(ids(list(officerA))).isEmpty();

		String sheet = export(officerA, BEFORE.toString());
		assertThat(sheet).contains(r.name(), r.tree().communeA().name())
			.doesNotContain(newCccd, r.oldNationalId(), "0987654321", r.tree().communeB().name());
	}

	@Test
	void afterAMergerTheNewCommunesPastListIsUnchangedAndTheEndedCommunesIsCut() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		long merged = fixture.mergeAB(r);
		String newCccd = fixture.recordedLater(r, merged);
		RequestPostProcessor officerC = TestUsers.officer(merged);

		assertThat(ids(list(officerC, "asOf", BEFORE.toString(), "ethnicity", "01"))).containsExactly(r.personId());
		assertThat(export(officerC, BEFORE.toString())).contains(r.name(), newCccd);

		RequestPostProcessor officerA = TestUsers.officer(r.tree().communeA().id());
		assertThat(ids(list(officerA, "asOf", BEFORE.toString()))).containsExactly(r.personId());
		assertThat(ids(list(officerA, "asOf", BEFORE.toString(), "ethnicity", "01"))).isEmpty();
		assertThat(export(officerA, BEFORE.toString())).contains(r.name()).doesNotContain(newCccd, r.oldNationalId());
	}

	private JsonNode list(RequestPostProcessor user, String... params) throws Exception {
		var request = get("/api/v1/persons").param("size", "100").with(user);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return json.readTree(mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> out = new java.util.ArrayList<>();
		page.get("items").forEach(i -> out.add(i.get("id").asLong()));
		return out;
	}

	/** Every cell of the export as text, one row a line. */
	private String export(RequestPostProcessor user, String asOf) throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/persons/export.xlsx").param("asOf", asOf).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		StringBuilder b = new StringBuilder();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : wb.getFirstSheet().read()) {
				for (int i = 0; i < row.getCellCount(); i++) {
					b.append(row.getCellText(i)).append('|');
				}
				b.append('\n');
			}
		}
		return b.toString();
	}

}
