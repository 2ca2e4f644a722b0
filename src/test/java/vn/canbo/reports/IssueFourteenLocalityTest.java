package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canbo.reports.IssueFourteenLocality.D;
import static vn.canbo.reports.IssueFourteenLocality.FROM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.canbo.career.DecisionType;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.IssueFourteenLocality.Held;
import vn.canbo.shared.Scope;
import vn.canbo.targets.Achievement;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Kind;
import vn.canbo.targets.Indicator.Wording;
import vn.canbo.targets.Programme;

/**
 * Issue 14, "Done when": a locality built through the import templates alone
 * ({@link IssueFourteenLocality}: units, persons, decisions, post endings), whose report
 * sentences cover each kind of group of the issue — a level-restricted group, a
 * kind-of-unit group, a key-post decision count, a chosen set of decision types, a
 * concurrent-post count, a share without target and a plan overrun — checked word for
 * word. Every expected number is worked out from the fixture's lists
 * ({@link IssueFourteenLocalityRules}), never copied from the output.
 */
class IssueFourteenLocalityTest extends IssueFourteenLocalitySupport {

	static final String COMMITTEE_TYPES = "TRANSFER+ASSIGNMENT+APPOINTMENT+REAPPOINTMENT+NOMINATION+DESIGNATION+ENDORSEMENT";

	/**
	 * The committee's whole set as an indicator's figure (98 characters in its _PERSONS
	 * form: target_indicator's figure codes were varchar(80) until V12_3).
	 */
	static final String PLAN_TYPES = COMMITTEE_TYPES;

	static final String KEY_TYPES = "ELECTION+APPOINTMENT+REAPPOINTMENT+DESIGNATION";

	@Test
	void aLevelRestrictedGroupTheCitysHeadsAndDeputies() {
		Set<String> expected = rules.persons(rules::cityLeader);
		assertThat(ids(leaders)).isEqualTo(rules.ids(expected));
		long women = expected.stream().filter(p -> !IssueFourteenLocality.person(p).male()).count();
		long party = expected.stream().filter(p -> IssueFourteenLocality.person(p).party()).count();
		assertThat(render(
				"Toàn thành phố có [(${fig['PEOPLE_HEADCOUNT']})] trưởng, phó phòng, ban, ngành, đoàn thể "
						+ "thành phố và tương đương, trong đó nữ [(${fig['PEOPLE_WOMEN']})] đồng chí (chiếm "
						+ "[(${fig['PEOPLE_WOMEN'].pct1})]), đảng viên [(${fig['PEOPLE_PARTY']})] đồng chí.",
				request(leaders, Map.of())))
			.isEqualTo("Toàn thành phố có " + expected.size() + " trưởng, phó phòng, ban, ngành, đoàn thể thành phố "
					+ "và tương đương, trong đó nữ " + women + " đồng chí (chiếm " + pct(women, expected.size(), 1)
					+ "), đảng viên " + party + " đồng chí.");
	}

	/**
	 * The same saved groups as of earlier dates: the deputy head whose post ended on
	 * 1/10/2024 is still there, the specialist appointed on 1/11/2024 not yet; the ward's
	 * deputy chair retired on 1/8/2024 is still a commune cadre in July.
	 */
	@Test
	void theGroupsAsOfEarlierDates() {
		LocalDate september = LocalDate.of(2024, 9, 30);
		IssueFourteenLocalityRules then = new IssueFourteenLocalityRules(city, september);
		assertThat(then.persons(then::cityLeader)).contains("ppNV")
			.doesNotContain("cvNV")
			.isNotEqualTo(rules.persons(rules::cityLeader));
		assertThat(ids(leaders, september)).isEqualTo(rules.ids(then.persons(then::cityLeader)));
		LocalDate july = LocalDate.of(2024, 7, 31);
		IssueFourteenLocalityRules july31 = new IssueFourteenLocalityRules(city, july);
		assertThat(july31.persons(july31::communeCadre)).contains("pctA");
		assertThat(ids(communeCadres, july)).isEqualTo(rules.ids(july31.persons(july31::communeCadre)));
	}

	@Test
	void aLevelRestrictedGroupTheCommunesFullTimeCadres() {
		Set<String> expected = rules.persons(rules::communeCadre);
		assertThat(ids(communeCadres)).isEqualTo(rules.ids(expected));
		long women = expected.stream().filter(p -> !IssueFourteenLocality.person(p).male()).count();
		assertThat(render(
				"Cán bộ chuyên trách xã, phường có [(${fig['PEOPLE_HEADCOUNT']})] đồng chí, trong đó nữ "
						+ "[(${fig['PEOPLE_WOMEN']})] đồng chí, chiếm [(${fig['PEOPLE_WOMEN'].pct1})].",
				request(communeCadres, Map.of())))
			.isEqualTo("Cán bộ chuyên trách xã, phường có " + expected.size() + " đồng chí, trong đó nữ " + women
					+ " đồng chí, chiếm " + pct(women, expected.size(), 1) + ".");
	}

	@Test
	void aKindOfUnitGroup() {
		Set<String> expected = rules.persons(rules::frontOrMass);
		assertThat(ids(frontAndMass)).isEqualTo(rules.ids(expected));
		assertThat(render("Cán bộ, công chức Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội: "
				+ "[(${fig['PEOPLE_HEADCOUNT']})] đồng chí.", request(frontAndMass, Map.of())))
			.isEqualTo("Cán bộ, công chức Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội: " + expected.size()
					+ " đồng chí.");
	}

	@Test
	void aKeyPostDecisionCount() {
		Set<DecisionType> types = IssueFourteenLocalityRules.types(KEY_TYPES);
		long keyPosts = rules.occurrences(types, true);
		Population area = Population.adHoc(city.unitIds.get("C"), null, null, D);
		String body = "Trong năm, đã bầu, bổ nhiệm, bổ nhiệm lại, chỉ định [(${fig['CAREER_SET:" + KEY_TYPES
				+ "']})] lượt các chức danh lãnh đạo chủ chốt ở thành phố và các xã, phường.";
		assertThat(render(body, request(area, Map.of("KEY_POST", List.of("YES")))))
			.isEqualTo("Trong năm, đã bầu, bổ nhiệm, bổ nhiệm lại, chỉ định " + keyPosts
					+ " lượt các chức danh lãnh đạo chủ " + "chốt ở thành phố và các xã, phường.");
		// the filter is what makes the number: without it every post is counted
		assertThat(figures.compute("CAREER_SET:" + KEY_TYPES, request(area, Map.of())).orElseThrow().count())
			.isEqualTo(rules.occurrences(types, false))
			.isGreaterThan(keyPosts);
	}

	@Test
	void aChosenSetOfDecisionTypesPersonsAndOccurrencesWithoutTheRetirement() {
		Set<DecisionType> types = IssueFourteenLocalityRules.types(COMMITTEE_TYPES);
		Population area = Population.adHoc(city.unitIds.get("C"), null, null, D);
		String body = "Ban Thường vụ Thành ủy đã ban hành quyết định điều động, phân công, bổ nhiệm, bổ nhiệm lại, "
				+ "giới thiệu ứng cử, chỉ định, chuẩn y đối với [(${fig['CAREER_SET_PERSONS:" + COMMITTEE_TYPES
				+ "']})] cán bộ ([(${fig['CAREER_SET:" + COMMITTEE_TYPES + "']})] lượt).";
		assertThat(render(body, request(area, Map.of())))
			.isEqualTo("Ban Thường vụ Thành ủy đã ban hành quyết định điều động, phân công, bổ nhiệm, bổ nhiệm lại, "
					+ "giới thiệu ứng cử, chỉ định, chuẩn y đối với " + rules.personsConcerned(types) + " cán bộ ("
					+ rules.occurrences(types, false) + " lượt).");
		// the summary's grouped phrase, the retirement apart
		assertThat(paragraphs(summary(), "MOVEMENTS")).containsExactly(
				"Từ ngày 01/01/2024 đến ngày 31/12/2024, " + "đã thực hiện " + rules.movementPhrase() + " lượt.");
	}

	@Test
	void aConcurrentPostCount() {
		int communes = rules.communes().size();
		assertThat(paragraphs(summary(), "CONCURRENT")).containsExactly("Đến ngày 31/12/2024, "
				+ rules.communesWhere("BI_THU", "CHU_TICH_HDND", D) + "/" + communes + " xã, phường có Bí thư Đảng ủy "
				+ "đồng thời là Chủ tịch HĐND; " + rules.communesWhere("BI_THU", "CHU_TICH_UBND", D) + "/" + communes
				+ " xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch UBND.");
		// as of a later date: xã Cẩm's Bí thư elected Chủ tịch HĐND in February 2025
		LocalDate march = LocalDate.of(2025, 3, 1);
		assertThat(rules.communesWhere("BI_THU", "CHU_TICH_HDND", march))
			.isGreaterThan(rules.communesWhere("BI_THU", "CHU_TICH_HDND", D));
		assertThat(paragraphs(summary(LocalDate.of(2025, 1, 1), march), "CONCURRENT"))
			.containsExactly("Đến ngày 01/03/2025, " + rules.communesWhere("BI_THU", "CHU_TICH_HDND", march) + "/"
					+ communes + " xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch HĐND; "
					+ rules.communesWhere("BI_THU", "CHU_TICH_UBND", march) + "/" + communes
					+ " xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch UBND.");
	}

	/**
	 * The headcount sentence (point 2): the label true of its number, the levels named as
	 * they were in 2024.
	 */
	@Test
	void theHeadcountSentence() {
		Set<String> all = rules.persons(rules::inCity);
		long cbccvc = all.stream()
			.filter(p -> rules.category(p, PersonCategory.CADRE, PersonCategory.CIVIL_SERVANT,
					PersonCategory.PUBLIC_EMPLOYEE))
			.count();
		long nonSpecialised = all.stream().filter(p -> rules.category(p, PersonCategory.NON_SPECIALISED)).count();
		long contract = all.stream().filter(p -> rules.category(p, PersonCategory.CONTRACT)).count();
		long district = all.stream().filter(p -> rules.level(p).equals("DISTRICT")).count();
		long commune = all.stream().filter(p -> rules.level(p).equals("COMMUNE")).count();
		assertThat(paragraphs(summary(), "HEADCOUNT"))
			.containsExactly("Toàn thành phố hiện có " + cbccvc + " cán bộ, công chức, viên chức, " + nonSpecialised
					+ " người hoạt động không chuyên trách và " + contract + " lao động hợp đồng, trong đó cấp huyện "
					+ district + " đồng chí, cấp xã " + commune + " đồng chí.");
	}

	@Test
	void aShareWithoutTargetAndAPlanOverrun() {
		Programme p = programmes.save(new Programme(null, "E14-" + city.k, "Nghị quyết công tác cán bộ năm 2024",
				"Thành ủy Lam", city.unitIds.get("C"), FROM, D, null, 0, null), Scope.all());
		Indicator share = programmes.saveIndicator(p.id(),
				new Indicator(null, "NU", "Tỷ lệ nữ lãnh đạo phòng, ban, ngành, đoàn thể", Kind.RATIO,
						Direction.AT_LEAST, null, null, null, leaders.id(), leaderWomen.id(), false, null, "đồng chí",
						null, 1, Wording.SHARE_ONLY, 1),
				Scope.all());
		long plan = 7;
		Indicator overrun = programmes.saveIndicator(p.id(),
				new Indicator(null, "DD", "Điều động, bổ nhiệm cán bộ", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST,
						BigDecimal.valueOf(plan), "CAREER_SET:" + PLAN_TYPES, null, null, null, false,
						"điều động, bổ nhiệm, giới thiệu ứng cử, chỉ định", "lượt cán bộ", null, 2,
						Wording.AGAINST_PLAN, 2),
				Scope.all());
		Set<String> lead = rules.persons(rules::cityLeader);
		long women = lead.stream().filter(x -> !IssueFourteenLocality.person(x).male()).count();
		String sharePhrase = women + "/" + lead.size() + " đồng chí, chiếm " + pct(women, lead.size(), 1);
		long done = rules.occurrences(IssueFourteenLocalityRules.types(PLAN_TYPES), false);
		assertThat(done).isGreaterThan(plan);
		String overrunPhrase = "điều động, bổ nhiệm, giới thiệu ứng cử, chỉ định " + done + " lượt cán bộ, vượt "
				+ pct(done - plan, plan, 2) + " kế hoạch";
		List<Achievement> a = programmes.achievements(p.id(), D, Scope.all());
		assertThat(a).filteredOn(x -> x.indicator().id().equals(share.id()))
			.singleElement()
			.satisfies(x -> assertThat(x.phrase()).isEqualTo(sharePhrase))
			.satisfies(x -> assertThat(x.status()).isEqualTo(Achievement.Status.KHONG_CO_CHI_TIEU));
		assertThat(a).filteredOn(x -> x.indicator().id().equals(overrun.id()))
			.singleElement()
			.satisfies(x -> assertThat(x.phrase()).isEqualTo(overrunPhrase))
			.satisfies(x -> assertThat(x.status()).isEqualTo(Achievement.Status.VUOT));
		// and printed so in the city's summary report
		assertThat(paragraphs(summary(), "TARGETS")).containsExactly("Kết quả thực hiện các chỉ tiêu:",
				"- Tỷ lệ nữ lãnh đạo phòng, ban, ngành, đoàn thể (E14-" + city.k + "): " + sharePhrase + ".",
				"- Điều động, bổ nhiệm cán bộ (E14-" + city.k + "): " + overrunPhrase + ".");
	}

	/**
	 * The dossiers the templates wrote are what the lists say: every person's posts held
	 * on the report's date (unit, title, main or concurrent), after the decisions and the
	 * post endings, and the city's headcount.
	 */
	@Test
	void theDossiersAreWhatTheListsSay() {
		Map<String, List<Held>> held = IssueFourteenLocalityRules.held();
		held.forEach((k, posts) -> {
			Set<String> expected = posts.stream()
				.filter(h -> h.on(D))
				.map(h -> city.unitIds.get(h.unit()) + "|" + h.title() + "|" + h.concurrent())
				.collect(Collectors.toSet());
			Set<String> actual = people.get(city.personIds.get(k), D, Scope.all())
				.positions()
				.stream()
				.filter(x -> !x.validFrom().isAfter(D) && (x.validTo() == null || x.validTo().isAfter(D)))
				.map(x -> x.unitId() + "|" + x.titleCode() + "|" + Boolean.TRUE.equals(x.concurrent()))
				.collect(Collectors.toSet());
			assertThat(actual).as(k).isEqualTo(expected);
		});
		assertThat(rules.ids(rules.persons(rules::inCity)))
			.isEqualTo(ids(Population.adHoc(city.unitIds.get("C"), null, null, D)));
	}

}
