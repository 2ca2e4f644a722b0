package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.TestUsers;

/**
 * Issue 14, point 4: the figures API applies f= filters, takes a unit subtree, an as-of
 * date and a period, and says what it used (over the known dataset: 12 persons on
 * 30/6/2026, 5 women; commune A: 7 persons, 3 women; 8 party members, 3 of them women).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	KnownDataset data;

	@BeforeAll
	void dataset() {
		data = new KnownDataset(units, people);
	}

	private String url(String code, long unitId) {
		return "/api/v1/reports/figures/" + code + "?unitId=" + unitId + "&date=2026-06-30";
	}

	@Test
	void filtersChangeTheNumberAndTheBasisSaysWhatWasUsed() throws Exception {
		long p = data.province.id();
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p)).with(TestUsers.officer(p)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(12));
		// before: the filter was ignored (12)
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p) + "&f=GENDER:FEMALE").with(TestUsers.officer(p)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(5))
			.andExpect(jsonPath("$.basis.filters.GENDER[0]").value("FEMALE"))
			.andExpect(jsonPath("$.basis.asOf").value("2026-06-30"))
			.andExpect(jsonPath("$.basis.unitIds[0]").value(p))
			.andExpect(jsonPath("$.drillDown").value("f=GENDER%3AFEMALE"))
			// a state on the date: no period
			.andExpect(r -> {
				var from = new tools.jackson.databind.ObjectMapper().readTree(r.getResponse().getContentAsString())
					.path("basis")
					.path("from");
				assertThat(from.isMissingNode() || from.isNull()).isTrue();
			});
		mvc.perform(get(url("PEOPLE_HEADCOUNT", data.communeA.id()) + "&f=GENDER:FEMALE").with(TestUsers.officer(p)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(3))
			.andExpect(jsonPath("$.basis.unitIds[0]").value(data.communeA.id()));
		// a ratio under a filter: women among the party members
		mvc.perform(get(url("PEOPLE_WOMEN", p) + "&f=PARTY:YES").with(TestUsers.officer(p)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(3))
			.andExpect(jsonPath("$.of").value(8))
			.andExpect(jsonPath("$.percent").value(37.5));
		// the same dimension in the figure and the filter: both
		mvc.perform(get(url("PEOPLE_WOMEN", p) + "&f=GENDER:MALE").with(TestUsers.officer(p)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(0))
			.andExpect(jsonPath("$.of").value(7));
	}

	@Test
	void aFilterAFigureCannotApplyIsRefused() throws Exception {
		long p = data.province.id();
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p) + "&f=DECISION_TYPE:APPOINTMENT").with(TestUsers.officer(p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("f"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Số liệu PEOPLE_HEADCOUNT không lọc được theo DECISION_TYPE"));
		// KEY_POST is a dimension of the statistics since populations have it (issue 14,
		// point 1): it applies
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p) + "&f=KEY_POST:YES").with(TestUsers.officer(p)))
			.andExpect(status().isOk());
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p) + "&f=GENDER").with(TestUsers.officer(p)))
			.andExpect(status().isBadRequest());
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p) + "&from=hôm qua").with(TestUsers.officer(p)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		// a unit outside the scope
		mvc.perform(get(url("PEOPLE_HEADCOUNT", p)).with(TestUsers.officer(data.communeB.id())))
			.andExpect(status().isNotFound());
	}

}
