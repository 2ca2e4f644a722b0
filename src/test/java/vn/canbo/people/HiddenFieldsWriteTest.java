package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canbo.people.With.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 12, point 8: a caller never changes what it may not see. The clerk (no
 * SENSITIVE_READ) reads a dossier masked; writing it back — as read, without the masked
 * fields, or with other values in them — leaves every sensitive field as stored (hidden
 * values in a body are ignored, not refused, so that a read-modify-write works), through
 * the API (the edit page already kept them: PersonPagesTest); the same for the hidden
 * part of a history entry on a correction, and an entry of a kind hidden as a whole
 * cannot be corrected, ended or deleted by the clerk.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HiddenFieldsWriteTest {

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

	RequestPostProcessor clerk;

	@BeforeEach
	void data() {
		tree = fixture.tree();
		PersonData d = with(with(PeopleFixture.data("Đặng Văn Lâm"), "nationalId", "030080001234"), "religionCode",
				"01");
		person = people.create(PeopleFixture.newPerson(d, tree.communeA().id()), Scope.all());
		clerk = TestUsers.as(Role.CLERK, tree.communeA().id());
	}

	@Test
	void aClerkWritingBackWhatItReadChangesNoHiddenField() throws Exception {
		ObjectNode read = (ObjectNode) json.readTree(mvc.perform(get("/api/v1/persons/" + person.id()).with(clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.data.nationalId").value("0*********34"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		ObjectNode data = (ObjectNode) read.get("person").get("data");
		data.put("phone", "0987654321");
		putDossier(clerk, read.get("person").get("version").asInt(), data).andExpect(status().isOk())
			.andExpect(jsonPath("$.person.data.nationalId").value("0*********34"))
			.andExpect(jsonPath("$.person.data.phone").value("0987654321"));
		PersonData stored = stored();
		assertThat(stored.phone()).isEqualTo("0987654321");
		assertHiddenUnchanged(stored);
	}

	@Test
	void aClerkLeavingOutTheHiddenFieldsChangesNone() throws Exception {
		ObjectNode data = (ObjectNode) json.readTree(json.writeValueAsString(person.data()));
		for (String f : new String[] { "nationalId", "ethnicityCode", "religionCode", "healthStatus", "heightCm",
				"weightKg", "bloodGroupCode" }) {
			data.remove(f);
		}
		data.put("fullName", "Đặng Văn Lâm Mới");
		putDossier(clerk, person.version(), data).andExpect(status().isOk());
		PersonData stored = stored();
		assertThat(stored.fullName()).isEqualTo("Đặng Văn Lâm Mới");
		assertHiddenUnchanged(stored);
	}

	@Test
	void aClerkSettingAHiddenFieldDoesNotChangeIt() throws Exception {
		PersonData d = person.data();
		for (Object[] change : new Object[][] { { "nationalId", "001099999999" }, { "ethnicityCode", "06" },
				{ "religionCode", "02" }, { "healthStatus", "Yếu" }, { "heightCm", 150 },
				{ "weightKg", new BigDecimal("80") }, { "bloodGroupCode", "A" } }) {
			d = with(d, (String) change[0], change[1]);
		}
		putDossier(clerk, person.version(), json.valueToTree(d)).andExpect(status().isOk())
			.andExpect(jsonPath("$.person.data.ethnicityCode").doesNotExist());
		assertHiddenUnchanged(stored());
		// the officer, who sees them, changes them
		putDossier(TestUsers.officer(tree.communeA().id()), person.version() + 1, json.valueToTree(d))
			.andExpect(status().isOk());
		PersonData byOfficer = stored();
		assertThat(byOfficer.ethnicityCode()).isEqualTo("06");
		assertThat(byOfficer.nationalId()).isEqualTo("001099999999");
		assertThat(byOfficer.heightCm()).isEqualTo(150);
	}

	@Test
	void aClerkCorrectingAHistoryEntryKeepsItsHiddenPart() throws Exception {
		FamilyMember father = people.add(person.id(), HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "BO",
				"Đặng Văn Cha", 1950, null, false, "Làm việc cho chế độ cũ 1970–1975", false, 1), Scope.all());
		String entry = "/api/v1/persons/" + person.id() + "/family/" + father.id();
		// as read (political history absent), then with another value: neither changes it
		mvc.perform(put(entry).with(clerk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"SELF\",\"relationCode\":\"BO\",\"fullName\":\"Đặng Văn Chá\",\"birthYear\":1950}"))
			.andExpect(status().isOk());
		long corrected = people.get(person.id(), null, Scope.all()).family().get(0).id();
		mvc.perform(put("/api/v1/persons/" + person.id() + "/family/" + corrected).with(clerk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"side\":\"SELF\",\"relationCode\":\"BO\",\"fullName\":\"Đặng Văn Chà\",\"birthYear\":1950,"
					+ "\"politicalHistory\":\"Không\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.politicalHistory").doesNotExist());
		FamilyMember now = people.get(person.id(), null, Scope.all()).family().get(0);
		assertThat(now.fullName()).isEqualTo("Đặng Văn Chà");
		assertThat(now.politicalHistory()).isEqualTo("Làm việc cho chế độ cũ 1970–1975");
	}

	@Test
	void aClerkCannotCorrectEndOrDeleteAnEntryOfAHiddenKind() throws Exception {
		HistoryNote note = people.add(person.id(), HistoryKind.HISTORY_NOTE, new HistoryNote(null,
				HistoryNoteKind.values()[0], vn.canbo.shared.PartialDate.ofYear(1990), null, "Bị bắt 1990"),
				Scope.all());
		String entry = "/api/v1/persons/" + person.id() + "/history-notes/" + note.id();
		mvc.perform(put(entry).with(clerk)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"" + note.kind().name() + "\",\"description\":\"\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(delete(entry).with(clerk)).andExpect(status().isNotFound());
		mvc.perform(post(entry + "/end").with(clerk).param("date", LocalDate.now().toString()))
			.andExpect(status().isNotFound());
		assertThat(people.get(person.id(), null, Scope.all()).historyNotes()).singleElement()
			.extracting(HistoryNote::description)
			.isEqualTo("Bị bắt 1990");
	}

	private org.springframework.test.web.servlet.ResultActions putDossier(RequestPostProcessor user, int version,
			tools.jackson.databind.JsonNode data) throws Exception {
		ObjectNode body = json.createObjectNode();
		body.put("version", version);
		body.set("data", data);
		return mvc.perform(put("/api/v1/persons/" + person.id()).with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private PersonData stored() {
		return people.get(person.id(), null, Scope.all()).data();
	}

	/** Every sensitive field of the dossier as created. */
	private void assertHiddenUnchanged(PersonData stored) {
		PersonData d = person.data();
		assertThat(stored.nationalId()).isEqualTo("030080001234");
		assertThat(stored.ethnicityCode()).isEqualTo(d.ethnicityCode()).isNotNull();
		assertThat(stored.religionCode()).isEqualTo("01");
		assertThat(stored.healthStatus()).isEqualTo(d.healthStatus()).isNotNull();
		assertThat(stored.heightCm()).isEqualTo(d.heightCm()).isNotNull();
		assertThat(stored.weightKg()).isEqualByComparingTo(d.weightKg());
		assertThat(stored.bloodGroupCode()).isEqualTo(d.bloodGroupCode()).isNotNull();
		assertThat(stored.nationalIdIssuedOn()).isEqualTo(d.nationalIdIssuedOn());
		for (DossierField f : DossierFields.ALL) {
			if (f.sensitive()) {
				assertThat(vn.canbo.shared.RecordValues.of(stored).get(f.name())).as(f.name())
					.isEqualTo(vn.canbo.shared.RecordValues.of(d).get(f.name()));
			}
		}
	}

}
