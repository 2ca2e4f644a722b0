package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.Gender;
import vn.canbo.rules.Retirement;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * A person past the retirement date without an issued retirement decision stays alerted,
 * as overdue ("quá hạn"), until the decision is issued (issue 13, point 2).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OverdueRetirementTest {

	/** A woman born 06/1969 reaches 57 in 06/2026 and retires on 1/7/2026. */
	static final LocalDate RETIRES = LocalDate.of(2026, 7, 1);

	@Autowired
	CareerFixture fx;

	@Autowired
	Alerts alerts;

	@Autowired
	DecisionService decisions;

	@Autowired
	MockMvc mvc;

	/** The person's retirement alerts (either kind when {@code kind} is null). */
	private List<Alerts.Alert> of(long id, LocalDate from, int days, Alerts.Kind kind, Scope scope) {
		return alerts.list(scope, from, days, kind)
			.stream()
			.filter(a -> a.personId() == id)
			.filter(a -> a.kind() == Alerts.Kind.RETIREMENT || a.kind() == Alerts.Kind.RETIREMENT_OVERDUE)
			.toList();
	}

	@Test
	void overdueFromTheRetirementDateUntilADecisionIsIssued() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Phan Thị Quá", Gender.FEMALE, PartialDate.ofMonth(1969, 6), t.a().id(), 9,
				LocalDate.of(2020, 1, 1));
		assertThat(Retirement.of(Gender.FEMALE, PartialDate.ofMonth(1969, 6)).retirementDate()).isEqualTo(RETIRES);
		Scope a = Scope.of(t.a().id());

		// due the day before: a retirement alert, not overdue; on the retirement date
		// itself (the first day no longer in post, when the reports count the person as
		// "đủ tuổi nghỉ hưu") without a decision: overdue (issue 20, point 14)
		assertThat(of(id, RETIRES.minusDays(1), 1, null, a)).extracting(Alerts.Alert::kind)
			.containsExactly(Alerts.Kind.RETIREMENT);
		assertThat(of(id, RETIRES, 1, null, a)).extracting(Alerts.Alert::kind)
			.containsExactly(Alerts.Kind.RETIREMENT_OVERDUE);
		// due yesterday, no decision: overdue, in any window, the shortest too
		LocalDate dayAfter = RETIRES.plusDays(1);
		assertThat(of(id, dayAfter, 1, null, a)).singleElement().satisfies(x -> {
			assertThat(x.kind()).isEqualTo(Alerts.Kind.RETIREMENT_OVERDUE);
			assertThat(x.dueDate()).isEqualTo(RETIRES);
			assertThat(x.draftType()).isEqualTo(DecisionType.RETIREMENT);
			assertThat(x.detail()).startsWith("Quá hạn").contains("01/07/2026");
		});
		assertThat(of(id, dayAfter, 1, Alerts.Kind.RETIREMENT, a)).isEmpty();
		assertThat(of(id, dayAfter, 1, Alerts.Kind.RETIREMENT_OVERDUE, a)).hasSize(1);
		// years later still
		assertThat(of(id, LocalDate.of(2030, 1, 1), 30, null, a)).extracting(Alerts.Alert::kind)
			.containsExactly(Alerts.Kind.RETIREMENT_OVERDUE);
		// not in another scope
		assertThat(of(id, dayAfter, 1, null, Scope.of(t.b().id()))).isEmpty();
		// counted in the summary counts and shown in its own colour
		assertThat(alerts.page(a, dayAfter, 1, null, 0, 10).counts()).containsEntry(Alerts.Kind.RETIREMENT_OVERDUE, 1L);
		mvc.perform(get("/api/v1/alerts").param("from", dayAfter.toString())
			.param("days", "1")
			.with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.RETIREMENT_OVERDUE").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("RETIREMENT_OVERDUE"));
		String page = mvc
			.perform(get("/career/alerts").param("from", dayAfter.toString())
				.param("days", "1")
				.with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("table-danger alert-overdue", "Phan Thị Quá", "text-bg-danger",
				"Quá hạn nghỉ hưu (chưa có quyết định): 1");
		// the draft from an overdue alert is a retirement decision
		assertThat(alerts.draft(Alerts.Kind.RETIREMENT_OVERDUE, id, null, null, RETIRES, Scope.all()).type())
			.isEqualTo(DecisionType.RETIREMENT);

		// an issued retirement decision ends it (a draft does not)
		Decision d = decisions.create(CareerFixture.draft(DecisionType.RETIREMENT, RETIRES, DecisionSubject.person(id)),
				Scope.all());
		assertThat(of(id, dayAfter, 1, null, a)).hasSize(1);
		decisions.issue(d.id(), null, Scope.all());
		assertThat(of(id, dayAfter, 1, null, a)).isEmpty();
		assertThat(of(id, LocalDate.of(2030, 1, 1), 30, null, a)).isEmpty();
		// and, while still in post before the date, the notice alert too
		assertThat(of(id, RETIRES.minusMonths(2), 1, null, a)).isEmpty();
	}

}
