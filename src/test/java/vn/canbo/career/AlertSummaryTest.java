package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The dashboard's alert slot: loaded from the career module, limited to the user's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AlertSummaryTest {

	@Autowired
	CareerFixture fx;

	@Autowired
	Alerts alerts;

	@Autowired
	MockMvc mvc;

	@Test
	void summaryShowsTheScopesAlertsOnly() throws Exception {
		CareerFixture.Tree t = fx.tree();
		// someone in A whose retirement is near, whatever today is: born 61 years ago
		// (men reach the statutory age
		// between 61 and 62 years in 2026–2028, so the notice date falls inside a year of
		// today)
		LocalDate born = LocalDate.now().minusYears(61).minusMonths(4).withDayOfMonth(1);
		long a = fx.person("Tạ Văn Hưu", Gender.MALE, PartialDate.of(born), t.a().id(), 9, LocalDate.of(2020, 1, 1));
		int window = 400;
		boolean due = alerts.list(Scope.of(t.a().id()), LocalDate.now(), window, Alerts.Kind.RETIREMENT)
			.stream()
			.anyMatch(x -> x.personId() == a);
		assertThat(due).as("retirement alert within %d days", window).isTrue();

		String dashboard = mvc.perform(get("/").with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("hx-get=\"/career/alerts/summary\"");

		String forA = mvc.perform(get("/career/alerts/summary").with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String forB = mvc.perform(get("/career/alerts/summary").with(TestUsers.officer(t.b().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forA).contains("career-alerts");
		assertThat(forB).contains("career-alerts").doesNotContain("Tạ Văn Hưu");
		mvc.perform(get("/career/alerts/summary").with(TestUsers.as(Role.AUDITOR, t.a().id())))
			.andExpect(status().isForbidden());
	}

}
