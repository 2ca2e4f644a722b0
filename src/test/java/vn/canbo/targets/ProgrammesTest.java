package vn.canbo.targets;

import vn.canbo.reports.KnownDataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.reports.Dashboard;
import vn.canbo.reports.Figures;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Achievement.Status;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Kind;

/**
 * Programmes on the known dataset (12 persons as of 30/6/2026, 5 women; commune A 7
 * persons, 3 women).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammesTest {

	static final LocalDate D = KnownDataset.D;

	@Autowired
	Programmes programmes;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Dashboard dashboard;

	@Autowired
	Figures figures;

	@Autowired
	MockMvc mvc;

	KnownDataset data;

	Programme province;

	Programme communeA;

	Indicator women;

	Indicator admitted;

	Indicator residential;

	Indicator communeAdmitted;

	@BeforeAll
	void setUp() {
		data = new KnownDataset(units, people);
		String k = UUID.randomUUID().toString().substring(0, 8);
		Scope all = Scope.all();
		province = programmes.save(new Programme(null, "NQ-" + k, "Nghị quyết về công tác cán bộ", "Tỉnh ủy Mẫu",
				data.province.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, 0, null), all);
		women = programmes.saveIndicator(
				province.id(), new Indicator(null, "NU", "Tỷ lệ nữ", Kind.RATIO, Direction.AT_LEAST,
						new BigDecimal("15"), "PEOPLE_WOMEN", null, null, null, false, null, null, "PEOPLE_WOMEN", 1),
				all);
		admitted = programmes
			.saveIndicator(province.id(),
					new Indicator(null, "KN", "Kết nạp đảng viên", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST,
							new BigDecimal("1116"), null, null, null, null, true, "kết nạp", "đảng viên", null, 2),
					all);
		residential = programmes.saveIndicator(province.id(),
				new Indicator(null, "KN_KDC", "Kết nạp ở khu dân cư", Kind.SHARE, Direction.AT_LEAST,
						new BigDecimal("40"), null, null, null, null, true, null, "đảng viên", null, 3),
				all);
		programmes.recordValue(province.id(), admitted.id(), data.communeA.id(), LocalDate.of(2025, 3, 1), 600, null,
				"Báo cáo Ban Tổ chức", all);
		programmes.recordValue(province.id(), admitted.id(), data.communeB.id(), LocalDate.of(2025, 6, 1), 610, null,
				"Báo cáo Ban Tổ chức", all);
		programmes.recordValue(province.id(), residential.id(), data.communeA.id(), LocalDate.of(2025, 6, 1), 17, 40L,
				"Báo cáo", all);

		communeA = programmes.save(new Programme(null, "KH-A-" + k, "Kế hoạch xã An", "Đảng ủy xã An",
				data.communeA.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, 0, null), all);
		communeAdmitted = programmes.saveIndicator(communeA.id(),
				new Indicator(null, "KN", "Kết nạp", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST, new BigDecimal("10"),
						null, null, null, null, true, "kết nạp", "đảng viên", null, 1, Indicator.Wording.AGAINST_TARGET,
						null),
				all);
		programmes.saveIndicator(communeA.id(), new Indicator(null, "NU", "Tỷ lệ nữ", Kind.RATIO, Direction.AT_LEAST,
				new BigDecimal("50"), "PEOPLE_WOMEN", null, null, null, false, null, null, null, 2), all);
		programmes.recordValue(communeA.id(), communeAdmitted.id(), data.communeA.id(), LocalDate.of(2025, 5, 1), 5,
				null, "Đảng ủy xã An", all);
		// a value recorded by the province for commune B on commune A's programme must
		// not reach commune A's officers
		programmes.recordValue(communeA.id(), communeAdmitted.id(), data.communeB.id(), LocalDate.of(2025, 5, 1), 100,
				null, "Tỉnh", all);
	}

	Achievement of(List<Achievement> list, Indicator i) {
		return list.stream().filter(a -> a.indicator().id().equals(i.id())).findFirst().orElseThrow();
	}

	@Test
	void eachKindWithItsPhrase() {
		Scope scope = Scope.of(data.province.id());
		List<Achievement> a = programmes.achievements(province.id(), LocalDate.of(2025, 12, 31), scope);
		Achievement count = of(a, admitted);
		assertThat(count.phrase()).isEqualTo("kết nạp 1.210 đảng viên, vượt 8,42% kế hoạch");
		assertThat(count.status()).isEqualTo(Status.VUOT);
		assertThat(count.difference()).isEqualByComparingTo("8.42");
		Achievement share = of(a, residential);
		assertThat(share.phrase()).isEqualTo("17/40 đảng viên, đạt 42,5%, vượt 2,5% so với chỉ tiêu");

		List<Achievement> atD = programmes.achievements(province.id(), D, scope);
		Achievement ratio = of(atD, women);
		assertThat(ratio.count()).isEqualTo(5);
		assertThat(ratio.of()).isEqualTo(12);
		assertThat(ratio.phrase()).isEqualTo("5/12 đồng chí, đạt 41,67%, vượt 26,67% so với chỉ tiêu");
		assertThat(ratio.drillDown()).startsWith("/reports/persons?root=" + data.province.id()).contains("cd=GENDER");
	}

	@Test
	void achievementAsOfTwoDates() {
		Scope scope = Scope.of(data.province.id());
		// 1/4/2025: only commune A's 600 were recorded
		Achievement early = of(programmes.achievements(province.id(), LocalDate.of(2025, 4, 1), scope), admitted);
		assertThat(early.phrase()).isEqualTo("kết nạp 600 đảng viên, đạt 53,76% kế hoạch");
		assertThat(early.status()).isEqualTo(Status.CHUA_DAT);
		// 30/6/2025: the person who left on 1/1/2026 (a woman) still counts: 6/13
		Achievement w2025 = of(programmes.achievements(province.id(), LocalDate.of(2025, 6, 30), scope), women);
		assertThat(w2025.count()).isEqualTo(6);
		assertThat(w2025.of()).isEqualTo(13);
		assertThat(w2025.phrase()).isEqualTo("6/13 đồng chí, đạt 46,15%, vượt 31,15% so với chỉ tiêu");
	}

	@Test
	void scopeLimitsProgrammesAndValues() {
		Scope a = Scope.of(data.communeA.id());
		assertThatThrownBy(() -> programmes.get(province.id(), a)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> programmes.get(communeA.id(), Scope.of(data.communeB.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(programmes.list(a, 0, 100)).extracting(Programme::id)
			.contains(communeA.id())
			.doesNotContain(province.id());
		List<Achievement> mine = programmes.achievements(communeA.id(), D, a);
		assertThat(of(mine, communeAdmitted).count()).isEqualTo(5);
		assertThat(of(mine, communeAdmitted).phrase()).isEqualTo("kết nạp 5 đảng viên, đạt 50% chỉ tiêu");
		assertThat(mine.get(1).count()).isEqualTo(3);
		assertThat(mine.get(1).of()).isEqualTo(7);
		// the province sees both communes' values
		assertThat(of(programmes.achievements(communeA.id(), D, Scope.of(data.province.id())), communeAdmitted).count())
			.isEqualTo(105);
		// recording for a unit outside the scope is refused, naming the field
		assertThatThrownBy(() -> programmes.recordValue(communeA.id(), communeAdmitted.id(), data.communeB.id(), D, 1,
				null, "x", a))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("unitId"));
	}

	@Test
	void dashboardShowsTheWomenTarget() {
		Dashboard.View v = dashboard.view(Scope.of(data.province.id()), D);
		Dashboard.Ratio w = v.ratios().stream().filter(r -> r.code().equals("PEOPLE_WOMEN")).findFirst().orElseThrow();
		assertThat(w.target()).isNotNull();
		assertThat(w.target().percent()).isEqualByComparingTo("15");
		assertThat(w.met()).isTrue();
	}

	@Test
	void invalidIndicatorsAreRejectedNamingTheField() {
		assertThatThrownBy(() -> programmes.saveIndicator(province.id(),
				new Indicator(null, "X", "X", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST, BigDecimal.TEN, null, null,
						null, null, false, null, null, null, 0),
				Scope.all()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(vn.canbo.shared.FieldError::field)
				.contains("figureCode"));
		assertThatThrownBy(() -> programmes.saveIndicator(province.id(),
				new Indicator(null, "Y", "Y", Kind.RATIO, Direction.AT_LEAST, new BigDecimal("150"), "PEOPLE_WOMEN",
						null, null, null, false, null, null, null, 0),
				Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> programmes
			.save(new Programme(null, "", "", null, data.province.id(), D, D.minusDays(1), null, 0, null), Scope.all()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(vn.canbo.shared.FieldError::field)
				.contains("code", "title", "periodTo"));
	}

	@Test
	void careerFiguresAreOffered() {
		assertThat(figures.definitions()).extracting(f -> f.code())
			.contains("CAREER_APPOINTMENT", "CAREER_TRANSFER", "CAREER_MOVEMENTS",
					"CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND");
		Indicator appointed = programmes.saveIndicator(province.id(),
				new Indicator(null, "BN", "Bổ nhiệm", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST, new BigDecimal("2"),
						"CAREER_APPOINTMENT", null, null, null, false, "bổ nhiệm", "đồng chí", null, 9,
						Indicator.Wording.AGAINST_TARGET, null),
				Scope.all());
		Achievement a = of(programmes.achievements(province.id(), D, Scope.of(data.province.id())), appointed);
		assertThat(a.count()).isZero();
		assertThat(a.phrase()).isEqualTo("bổ nhiệm 0 đồng chí, đạt 0% chỉ tiêu");
		assertThat(a.drillDown()).startsWith("/career/decisions?type=APPOINTMENT");
		programmes.deleteIndicator(province.id(), appointed.id(), Scope.all());
	}

	@Test
	void pagesAndApiRespectScope() throws Exception {
		mvc.perform(get("/targets/" + province.id()).param("date", "2025-12-31")
			.with(TestUsers.officer(data.province.id())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("kết nạp 1.210 đảng viên, vượt 8,42% kế hoạch")));
		mvc.perform(get("/targets/" + province.id()).with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/targets").with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(communeA.code())));
		mvc.perform(get("/api/v1/programmes/" + communeA.id() + "/achievements").param("date", D.toString())
			.with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].count").value(5));
		mvc.perform(get("/api/v1/programmes/" + province.id()).with(TestUsers.officer(data.communeB.id())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/targets/new").with(TestUsers.officer(data.province.id()))).andExpect(status().isOk());
		// a manual value for a unit outside the officer's scope is refused on the page,
		// with the message
		mvc.perform(post("/targets/" + communeA.id() + "/indicators/" + communeAdmitted.id() + "/values")
			.param("unitId", String.valueOf(data.communeB.id()))
			.param("value", "3")
			.param("source", "x")
			.with(csrf())
			.with(TestUsers.officer(data.communeA.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ngoài phạm vi quản lý")));
		// the home page shows the women ratio against the programme's target; another
		// scope has no target
		mvc.perform(get("/").param("date", D.toString()).with(TestUsers.officer(data.province.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("≥ 15,00%")));
		mvc.perform(get("/").param("date", D.toString()).with(TestUsers.officer(data.communeB.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("≥ 15,00%"))));
	}

}
