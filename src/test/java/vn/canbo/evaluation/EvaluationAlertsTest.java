package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.career.Alerts;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * The evaluation's alerts in career's alert list (SPI {@code rules.ModuleAlerts}, issue
 * 15): a campaign past its deadline (the day after it, not on it; gone once finalised), a
 * quota group over its quota in an OPEN campaign (WARN mode), a party member rated KHTNV
 * in two consecutive PARTY_MEMBER years (xóa tên; one year, or a year between, is not
 * enough); each only in the scope; on the alert page with a link and no draft.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationAlertsTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Alerts alerts;

	@Autowired
	RuleParameters params;

	@Autowired
	MockMvc mvc;

	private Map<Long, Subject> subjects(long campaignId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
	}

	private List<Alerts.Alert> of(Scope scope, LocalDate on, Alerts.Kind kind, String title) {
		return alerts.list(scope, on, 30, kind).stream().filter(a -> a.personName().equals(title)).toList();
	}

	@Test
	void campaignPastItsDeadlineUntilFinalised() throws Exception {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Vi Văn Hạn", t.a().id());
		Campaign c = campaigns.open(new NewCampaign("Đánh giá quá hạn " + EvaluationFixture.key(), t.a().id(),
				PeriodKind.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), CampaignKind.INDIVIDUAL, null,
				LocalDate.of(2025, 1, 31)), Scope.all());
		Scope a = Scope.of(t.a().id());
		assertThat(of(a, LocalDate.of(2025, 1, 31), Alerts.Kind.CAMPAIGN_OVERDUE, c.name())).isEmpty();
		assertThat(of(a, LocalDate.of(2025, 2, 1), Alerts.Kind.CAMPAIGN_OVERDUE, c.name())).singleElement()
			.satisfies(x -> {
				assertThat(x.dueDate()).isEqualTo(LocalDate.of(2025, 1, 31));
				assertThat(x.href()).isEqualTo("/evaluations/" + c.id());
				assertThat(x.draftType()).isNull();
				assertThat(x.detail()).contains("31/01/2025", "0/1");
			});
		assertThat(of(Scope.of(t.b().id()), LocalDate.of(2025, 2, 1), Alerts.Kind.CAMPAIGN_OVERDUE, c.name()))
			.isEmpty();
		String page = mvc
			.perform(get("/career/alerts").param("from", "01/02/2025")
				.param("kind", "CAMPAIGN_OVERDUE")
				.with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(c.name(), "href=\"/evaluations/" + c.id() + "\"");
		campaigns.record(c.id(), List.of(EvaluationFixture.score(subjects(c.id()).get(p).id(), "75", null)),
				Scope.all());
		campaigns.finalise(c.id(), new Finalisation(LocalDate.of(2025, 2, 5), "Chủ tịch UBND xã", null), Scope.all());
		assertThat(of(a, LocalDate.of(2025, 2, 6), Alerts.Kind.CAMPAIGN_OVERDUE, c.name())).isEmpty();
	}

	@Test
	void quotaExceededInAnOpenCampaign() {
		LocalDate from = LocalDate.of(2041, 1, 1);
		synchronized (RuleParameters.class) {
			if (params.get("eval.quota.excellent_pct", from.plusMonths(6)).mode() != RuleMode.WARN) {
				params.change("eval.quota.excellent_pct", new RuleParameters.Change("20", RuleMode.WARN,
						"Nghị định 335/2025/NĐ-CP (thử nghiệm: chế độ cảnh báo)", from, null));
			}
		}
		EvaluationFixture.Tree t = fx.tree();
		long p1 = fx.person("Vi Thị Giỏi", t.a().id());
		long p2 = fx.person("Vi Thị Tốt", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Tỷ lệ", t.a().id(), 2041), Scope.all());
		Map<Long, Subject> s = subjects(c.id());
		campaigns.record(c.id(), List.of(EvaluationFixture.parts(s.get(p1).id(), "28", "65", Rating.EXCELLENT),
				EvaluationFixture.parts(s.get(p2).id(), "25", "50", Rating.GOOD)), Scope.all());
		LocalDate on = LocalDate.of(2042, 1, 10);
		assertThat(of(Scope.of(t.a().id()), on, Alerts.Kind.QUOTA_EXCEEDED, c.name())).singleElement().satisfies(x -> {
			assertThat(x.unitId()).isEqualTo(t.a().id());
			assertThat(x.detail()).contains("CHUYEN_MON");
		});
		assertThat(of(Scope.of(t.b().id()), on, Alerts.Kind.QUOTA_EXCEEDED, c.name())).isEmpty();
		// within the quota: no alert
		campaigns.record(c.id(), List.of(EvaluationFixture.parts(s.get(p1).id(), "28", "60", Rating.GOOD)),
				Scope.all());
		assertThat(of(Scope.of(t.a().id()), on, Alerts.Kind.QUOTA_EXCEEDED, c.name())).isEmpty();
	}

	@Test
	void partyMemberTwoConsecutiveYearsOfKhtnv() {
		EvaluationFixture.Tree t = fx.tree();
		long both = QuarterRollupTest.partyMember(fx, "Vi Văn Hai Năm", t.a().id());
		long gap = QuarterRollupTest.partyMember(fx, "Vi Văn Năm Đầu", t.a().id());
		long last = QuarterRollupTest.partyMember(fx, "Vi Văn Năm Sau", t.a().id());
		for (int y : List.of(2024, 2025)) {
			Campaign c = campaigns.open(
					new NewCampaign("Đảng viên " + y + " " + EvaluationFixture.key(), t.a().id(), PeriodKind.YEAR,
							LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), CampaignKind.PARTY_MEMBER, null, null),
					Scope.all());
			Map<Long, Subject> s = subjects(c.id());
			campaigns.record(c.id(),
					List.of(EvaluationFixture.score(s.get(both).id(), "40", null),
							EvaluationFixture.score(s.get(gap).id(), y == 2024 ? "40" : "60", null),
							EvaluationFixture.score(s.get(last).id(), y == 2024 ? "60" : "40", null)),
					Scope.all());
			campaigns.finalise(c.id(), new Finalisation(LocalDate.of(y + 1, 1, 10), "Chi bộ", null), Scope.all());
		}
		LocalDate on = LocalDate.of(2026, 2, 1);
		List<Alerts.Alert> found = alerts.list(Scope.of(t.a().id()), on, 30, Alerts.Kind.PARTY_REMOVAL)
			.stream()
			.filter(a -> List.of(both, gap, last).contains(a.personId()))
			.toList();
		assertThat(found).singleElement().satisfies(x -> {
			assertThat(x.personId()).isEqualTo(both);
			assertThat(x.detail()).contains("2024, 2025");
			assertThat(x.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
			assertThat(x.href()).isEqualTo("/evaluations/persons/" + both);
		});
		assertThat(alerts.list(Scope.of(t.b().id()), on, 30, Alerts.Kind.PARTY_REMOVAL))
			.noneMatch(a -> a.personId() == both);
		// three years on, the streak is no longer the latest
		assertThat(alerts.list(Scope.of(t.a().id()), LocalDate.of(2028, 2, 1), 30, Alerts.Kind.PARTY_REMOVAL))
			.noneMatch(a -> a.personId() == both);
	}

}
