package vn.canbo.pickers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20, point 6: the pickers' pages find units and persons by name without
 * diacritics, only within the scope, with the post of each person, and no hidden field; a
 * form shown again shows the label of its id, never the bare id.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PickerWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Pickers pickers;

	String k;

	long province;

	long inside;

	long outside;

	long secretary;

	long stranger;

	String nationalId;

	@BeforeEach
	void data() {
		k = letters();
		LocalDate founded = LocalDate.of(2000, 1, 1);
		province = units
			.create(new UnitService.NewUnit("PK-T-" + k, "Tỉnh Chọn Lựa " + k, null, "DIA_BAN", AdminLevel.PROVINCE,
					null, founded))
			.id();
		inside = units
			.create(new UnitService.NewUnit("PK-X-" + k, "Xã Đông Thạnh " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
					province, founded))
			.id();
		long other = units
			.create(new UnitService.NewUnit("PK-T2-" + k, "Tỉnh Ngoài " + k, null, "DIA_BAN", AdminLevel.PROVINCE, null,
					founded))
			.id();
		outside = units
			.create(new UnitService.NewUnit("PK-X2-" + k, "Xã Ngoài Đông Thạnh " + k, null, "DIA_BAN",
					AdminLevel.COMMUNE, other, founded))
			.id();
		nationalId = PeopleTestData.nationalId();
		// a post recorded by its code only (no written title): the picker names it from
		// the catalog
		NewPerson p = PeopleTestData.newPerson("Trần Thị Đặng " + k, nationalId, inside);
		secretary = people
			.create(new NewPerson(p.data(), Position.main(inside, "BI_THU", null, LocalDate.of(2015, 1, 1))),
					Scope.all())
			.id();
		stranger = people
			.create(PeopleTestData.newPerson("Trần Thị Đặng Ngoài " + k, PeopleTestData.nationalId(), outside),
					Scope.all())
			.id();
	}

	/** A unique word of letters only (a person's name admits no digits). */
	static String letters() {
		StringBuilder b = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			b.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return b.toString();
	}

	@Test
	void unitsAreFoundWithoutDiacriticsWithinTheScopeOnly() throws Exception {
		mvc.perform(get("/pick/units").param("q", "DONG thanh " + k).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-id=\"" + inside + "\"")))
			.andExpect(content().string(containsString("Xã Đông Thạnh " + k + " — Tỉnh Chọn Lựa " + k)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + outside + "\""))))
			.andExpect(content().string(not(containsString("Ngoài"))))
			.andExpect(content().string(not(containsString("<html"))));
		// the scope's own top unit is found too
		mvc.perform(get("/pick/units").param("q", "chon lua " + k).with(TestUsers.officer(province)))
			.andExpect(content().string(containsString("data-picker-id=\"" + province + "\"")));
		mvc.perform(get("/pick/units").param("q", "Tỉnh Chọn Lựa " + k).with(TestUsers.officer(province)))
			.andExpect(content().string(containsString("data-picker-id=\"" + province + "\"")));
		// a top unit listed beside the units under it (the province has no parent)
		mvc.perform(get("/pick/units").param("q", k).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-id=\"" + province + "\"")))
			.andExpect(content().string(containsString("data-picker-id=\"" + inside + "\"")));
		// the whole tree sees both
		mvc.perform(get("/pick/units").param("q", "đông thạnh " + k).with(TestUsers.admin()))
			.andExpect(content().string(containsString("data-picker-id=\"" + outside + "\"")));
		// a scope without units finds nothing
		mvc.perform(get("/pick/units").param("q", "dong thanh " + k).with(TestUsers.officer(outside)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + inside + "\""))));
	}

	@Test
	void personsAreFoundWithBirthYearAndPostWithinTheScopeOnly() throws Exception {
		mvc.perform(get("/pick/persons").param("q", "tran thi dang " + k).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-id=\"" + secretary + "\"")))
			.andExpect(content().string(containsString("Trần Thị Đặng " + k + " (1980)")))
			.andExpect(content().string(containsString("Bí thư, Xã Đông Thạnh " + k)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + stranger + "\""))))
			.andExpect(content().string(not(containsString(nationalId))));
		// no persons for who may not read them
		mvc.perform(get("/pick/persons").param("q", "tran thi dang " + k).with(TestUsers.as(Role.AUDITOR, province)))
			.andExpect(content().string(not(containsString("Trần Thị Đặng"))));
	}

	@Test
	void aFormShownAgainShowsTheLabelNeverTheBareId() throws Exception {
		// the decision form with a person and a unit chosen: their labels in the boxes
		mvc.perform(get("/career/decisions/new").param("type", "TRANSFER")
			.param("personId", String.valueOf(secretary))
			.with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("value=\"Trần Thị Đặng " + k + " (1980) — Bí thư, Xã Đông Thạnh " + k + "\"")))
			.andExpect(content().string(containsString("name=\"subjects[0].personId\" value=\"" + secretary + "\"")))
			.andExpect(content().string(not(containsString("(chưa chọn)"))));
		mvc.perform(get("/reports/pivot").param("root", String.valueOf(inside)).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Xã Đông Thạnh " + k + " — Tỉnh Chọn Lựa " + k + "\"")));
		// an id outside the scope has no label: the box stays empty
		mvc.perform(get("/career/asof").param("unitId", String.valueOf(outside)).with(TestUsers.officer(province)))
			.andExpect(content().string(not(containsString("Xã Ngoài Đông Thạnh " + k))));
	}

	@Test
	void anIssuedDecisionIsChosenByItsNumberWithinTheScope() throws Exception {
		String number = "8/QĐ-" + k;
		String location = mvc
			.perform(post("/career/decisions").with(TestUsers.officer(province))
				.with(csrf())
				.param("type", "TRANSFER")
				.param("number", number)
				.param("issuer", "UBND tỉnh Chọn Lựa")
				.param("signedOn", "2025-02-20")
				.param("effectiveOn", "2025-03-01")
				.param("subjects[0].personId", String.valueOf(secretary))
				.param("subjects[0].unitId", String.valueOf(province))
				.param("subjects[0].titleCode", "CAN_SU"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		// a draft is not offered
		mvc.perform(get("/pick/decisions").param("q", number).with(TestUsers.officer(province)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + id + "\""))));
		mvc.perform(post(location + "/issue").with(TestUsers.officer(province)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/pick/decisions").param("q", number.toLowerCase()).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-picker-id=\"" + id + "\"")))
			.andExpect(content().string(containsString(number + ", 20/02/2025 — ")));
		mvc.perform(get("/pick/decisions").param("q", number).with(TestUsers.officer(outside)))
			.andExpect(content().string(not(containsString("data-picker-id=\"" + id + "\""))));
		// the amendment form names the decision it amends, never its id alone
		mvc.perform(get("/career/decisions/new").param("type", "AMENDMENT")
			.param("targetDecisionId", id)
			.with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + number + ", 20/02/2025 — ")))
			.andExpect(content().string(containsString("name=\"targetDecisionId\" value=\"" + id + "\"")));
	}

	@Test
	void aPopulationsConditionsAreChosenByNameAndShownAgain() throws Exception {
		String location = mvc
			.perform(post("/reports/populations").with(csrf())
				.with(TestUsers.officer(province))
				.param("name", "Nữ đảng viên " + k)
				.param("rootUnitId", String.valueOf(inside))
				.param("where", "")
				.param("cond", "GENDER:FEMALE", "PARTY:YES"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.indexOf("pop=") + 4);
		String html = mvc.perform(get("/reports/populations/" + id).with(TestUsers.officer(province)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<option value=\"GENDER:FEMALE\"[^>]*selected")
			.containsPattern("<option value=\"PARTY:YES\"[^>]*selected")
			.doesNotContainPattern("<option value=\"GENDER:MALE\"[^>]*selected")
			// the roots (issue 14: one or several) are chips of the several-unit picker
			.contains(">Xã Đông Thạnh " + k + " — Tỉnh Chọn Lựa " + k + "<")
			.contains("name=\"rootUnitIds\" value=\"" + inside + "\"")
			.doesNotContain("GENDER:FEMALE; PARTY:YES");
	}

	@Test
	void aPersonWithoutPostShowsADash() {
		assertThat(pickers.post(null, null, "Xã A")).isEqualTo("—");
		assertThat(pickers.post("BI_THU", null, "Xã A")).isEqualTo("Bí thư, Xã A");
		assertThat(pickers.post("BI_THU", "Bí thư Đảng ủy", null)).isEqualTo("Bí thư Đảng ủy");
	}

}
