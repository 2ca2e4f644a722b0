package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Issue 12, point 7: an auditor without SENSITIVE_READ sees the before/after of the audit
 * log masked as the dossier is — CCCD masked, ethnicity, religion, health, height,
 * weight, blood group, family political history and history notes hidden — in the page,
 * the API and both exports; a reader with SENSITIVE_READ sees them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditMaskingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	long personId;

	String oldId;

	String newId;

	String political;

	String note;

	@BeforeEach
	void dossier() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		long unit = units
			.create(new UnitService.NewUnit("MK-" + k, "UBND xã Chemặt " + k, null, "UBND", AdminLevel.COMMUNE, null,
					java.time.LocalDate.of(2000, 1, 1)))
			.id();
		oldId = PeopleTestData.nationalId();
		newId = PeopleTestData.nationalId();
		political = "Từng phục vụ chế độ cũ " + k;
		note = "Bị bắt giam năm 2005 " + k;
		PersonView p = people.create(PeopleTestData.newPerson("Đặng Văn Chemặt", oldId, unit), Scope.all());
		personId = p.id();
		// before/after of the CCCD, the religion and the ethnicity
		var changed = PeopleTestData.with(
				PeopleTestData.with(PeopleTestData.with(p.data(), "nationalId", newId), "religionCode", "01"),
				"ethnicityCode", "02");
		people.update(personId, p.person().version(), changed, Scope.all());
		people.add(personId, HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "BO", "Đặng Văn Bố", 1940,
				"Nông dân", false, political, false, 1), Scope.all());
		people.add(personId, HistoryKind.HISTORY_NOTE,
				new HistoryNote(null, HistoryNoteKind.ARREST, PartialDate.ofYear(2005), null, note), Scope.all());
	}

	String read(String url, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).param("personId", String.valueOf(personId)).param("size", "200").with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String export(String url, RequestPostProcessor who) throws Exception {
		byte[] xlsx = mvc.perform(get(url).param("personId", String.valueOf(personId)).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return String.join("|", AuditScopeTest.cells(xlsx));
	}

	List<String> secrets() {
		return List.of(oldId, newId, political, note, "ethnicityCode\\\":\\\"02", "religionCode\\\":\\\"01",
				"ethnicityCode\":\"02", "religionCode\":\"01", "\"heightCm\":168", "\"bloodGroupCode\":\"O\"",
				"heightCm\\\":168", "political_history\\\":\\\"T", "political_history\":\"T");
	}

	@Test
	void anAuditorWithoutSensitiveReadSeesThemMasked() throws Exception {
		RequestPostProcessor auditor = TestUsers.as(Role.AUDITOR);
		for (String body : List.of(read("/api/v1/audit", auditor), read("/audit", auditor),
				export("/audit/export.xlsx", auditor), export("/api/v1/audit/export.xlsx", auditor))) {
			for (String secret : secrets()) {
				assertThat(body).as(secret).doesNotContain(secret);
			}
			// the CCCD as the dossier masks it, the rest as ******
			assertThat(body).contains(newId.charAt(0) + "*********" + newId.substring(10)).contains("******");
			assertThat(body).contains("Đặng Văn Chemặt").contains("Đặng Văn Bố"); // not
																					// sensitive
		}
	}

	@Test
	void aReaderWithSensitiveReadSeesThem() throws Exception {
		String body = read("/api/v1/audit", TestUsers.admin());
		assertThat(body).contains(oldId, newId, political, note);
		assertThat(export("/audit/export.xlsx", TestUsers.admin())).contains(oldId, newId, political, note);
	}

}
