package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The remaining quotas (issue 15): the NĐ 48/2023 cap by the party-member ratio for the
 * subjects of NĐ 90/2020 at N = 0, 1, 4, 5, 9, 10, in BLOCK (grid save) and WARN
 * (finalisation needs a justification); party members grouped per grassroots Party
 * organisation; the collectives' quota and the exception for outstanding collectives.
 */
@SpringBootTest
class QuotaRulesTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	OutstandingCollectives outstanding;

	@Autowired
	RuleParameters params;

	@Autowired
	JdbcClient jdbc;

	private Map<Long, Subject> byPerson(long campaignId) {
		return campaigns.subjects(campaignId, Scope.all())
			.stream()
			.filter(s -> s.personId() != null)
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
	}

	private List<Long> persons(String name, PersonCategory category, long unitId, int n) {
		List<Long> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			out.add(fx.person(name + " " + (char) ('A' + i), category, unitId));
		}
		return out;
	}

	private static List<ScoreEntry> rate(Map<Long, Subject> s, List<Long> persons, Rating r) {
		return persons.stream().map(p -> EvaluationFixture.score(s.get(p).id(), null, r)).toList();
	}

	@ParameterizedTest
	@CsvSource({ "0,0", "1,0", "4,0", "5,1", "9,1", "10,2" })
	void nd48CapsPublicEmployeesAtTheFloorOfThePartyRatio(int goodCount, int allowed) {
		EvaluationFixture.Tree t = fx.tree();
		List<Long> good = persons("Lê Văn Viên Chức", PersonCategory.PUBLIC_EMPLOYEE, t.a().id(), goodCount);
		List<Long> excellent = persons("Lê Thị Xuất Sắc", PersonCategory.PUBLIC_EMPLOYEE, t.a().id(), allowed + 1);
		Campaign c = campaigns.open(EvaluationFixture.year("NĐ 48 N=" + goodCount, t.a().id(), 2025), Scope.all());
		Map<Long, Subject> s = byPerson(c.id());
		assertThat(s.get(excellent.get(0)).regime()).isEqualTo(Regime.ND_90_2020);
		List<ScoreEntry> grid = new ArrayList<>(rate(s, good, Rating.GOOD));
		grid.addAll(rate(s, excellent.subList(0, allowed), Rating.EXCELLENT));
		if (!grid.isEmpty()) {
			campaigns.record(c.id(), grid, Scope.all());
		}
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.rules()).extracting(QuotaCheck.Rule::code).contains("ND48");
		assertThat(q.groups()).singleElement().satisfies(g -> {
			assertThat(g.rule()).isEqualTo("ND48");
			assertThat(g.good()).isEqualTo(goodCount);
			assertThat(g.allowed()).isEqualTo(allowed);
			assertThat(g.excellent()).isEqualTo(allowed);
			assertThat(g.over()).isZero();
		});
		long last = s.get(excellent.get(allowed)).id();
		assertThatThrownBy(() -> campaigns.record(c.id(),
				List.of(EvaluationFixture.score(last, null, Rating.EXCELLENT)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(x -> {
						assertThat(x.field()).isEqualTo("entries[0].rating");
						assertThat(x.message()).contains("Lê Thị Xuất Sắc " + (char) ('A' + allowed))
							.contains("tối đa " + allowed)
							.contains("48/2023");
					}));
		assertThat(campaigns.subject(last, Scope.all()).rating()).isNull();
	}

	@Test
	void nd48AndTheNd335QuotaCountTheirOwnSubjects() {
		EvaluationFixture.Tree t = fx.tree();
		// 2026: a công chức is under NĐ 335 (STANDARD), a viên chức under NĐ 90 (ND48)
		List<Long> civil = persons("Phan Văn Công Chức", PersonCategory.CIVIL_SERVANT, t.a().id(), 5);
		List<Long> employees = persons("Phan Thị Viên Chức", PersonCategory.PUBLIC_EMPLOYEE, t.a().id(), 2);
		Campaign c = campaigns.open(EvaluationFixture.year("Hai quy định", t.a().id(), 2026), Scope.all());
		Map<Long, Subject> s = byPerson(c.id());
		campaigns.record(c.id(), rate(s, civil, Rating.GOOD), Scope.all());
		// five HTTNV công chức do not open a place for a viên chức
		assertThatThrownBy(
				() -> campaigns.record(c.id(), rate(s, employees.subList(0, 1), Rating.EXCELLENT), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("Phan Thị Viên Chức A").contains("48/2023")));
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.groups()).extracting(QuotaCheck.Group::rule).containsExactlyInAnyOrder("STANDARD", "ND48");
	}

	@Test
	void nd48InWarnModeNeedsAJustificationAtFinalisation() {
		LocalDate from = LocalDate.of(2071, 1, 1);
		if (params.get("eval.quota.nd48_pct", from.plusMonths(6)).mode() != RuleMode.WARN) {
			params.change("eval.quota.nd48_pct", new RuleParameters.Change("20", RuleMode.WARN,
					"Nghị định 48/2023/NĐ-CP (kiểm thử chế độ WARN)", from, null));
		}
		EvaluationFixture.Tree t = fx.tree();
		long good = fx.person("Võ Văn Tốt", PersonCategory.PUBLIC_EMPLOYEE, t.a().id());
		long excellent = fx.person("Võ Văn Giỏi", PersonCategory.PUBLIC_EMPLOYEE, t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("NĐ 48 cảnh báo", t.a().id(), 2071), Scope.all());
		Map<Long, Subject> s = byPerson(c.id());
		campaigns.record(c.id(), List.of(EvaluationFixture.score(s.get(good).id(), null, Rating.GOOD),
				EvaluationFixture.score(s.get(excellent).id(), null, Rating.EXCELLENT)), Scope.all());
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.warnExceeded()).isTrue();
		assertThat(q.blockExceeded()).isFalse();
		assertThatThrownBy(() -> campaigns.finalise(c.id(), new Finalisation(LocalDate.of(2072, 1, 5), "UBND xã", null),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(x -> {
						assertThat(x.field()).isEqualTo("quotaJustification");
						assertThat(x.message()).contains(t.a().name()).contains("48/2023");
					}));
		Campaign done = campaigns.finalise(c.id(),
				new Finalisation(LocalDate.of(2072, 1, 5), "UBND xã", "Đơn vị có thành tích xuất sắc"), Scope.all());
		assertThat(done.quotaJustification()).isEqualTo("Đơn vị có thành tích xuất sắc");
	}

	@Test
	void partyMembersAreCountedPerGrassrootsOrganisation() {
		EvaluationFixture.Tree t = fx.tree();
		String k = EvaluationFixture.key();
		UnitView hamlet = fx.units.create(new UnitService.NewUnit("EH-" + k, "Chi bộ thôn " + k, null, "UBND",
				AdminLevel.HAMLET, t.a().id(), EvaluationFixture.FOUNDED));
		UnitView dept = fx.units.create(new UnitService.NewUnit("ED-" + k, "Sở Thử " + k, null, "UBND",
				AdminLevel.PROVINCE, t.province().id(), EvaluationFixture.FOUNDED));
		UnitView office = fx.units.create(new UnitService.NewUnit("EO-" + k, "Phòng Thử " + k, null, "UBND",
				AdminLevel.PROVINCE, dept.id(), EvaluationFixture.FOUNDED));
		List<Long> commune = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			commune.add(member("Đinh Văn Xã " + (char) ('A' + i), t.a().id()));
		}
		for (int i = 0; i < 2; i++) {
			commune.add(member("Đinh Văn Thôn " + (char) ('A' + i), hamlet.id()));
		}
		long hamletExcellent = member("Đinh Thị Thôn Giỏi", hamlet.id());
		long deptGood = member("Đinh Văn Sở", dept.id());
		long officeExcellent = member("Đinh Thị Phòng Giỏi", office.id());
		fx.person("Đinh Văn Ngoài Đảng", t.a().id());
		Campaign c = campaigns.open(new NewCampaign("Đảng viên " + k, t.province().id(), PeriodKind.YEAR,
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CampaignKind.PARTY_MEMBER, null, null),
				Scope.all());
		Map<Long, Subject> s = byPerson(c.id());
		assertThat(s).hasSize(8);
		List<ScoreEntry> grid = new ArrayList<>(rate(s, commune, Rating.GOOD));
		// the hamlet's member: 5 HTTNV in the commune's organisation (3 + 2) allow one
		grid.addAll(rate(s, List.of(hamletExcellent, deptGood), Rating.GOOD));
		campaigns.record(c.id(), grid, Scope.all());
		campaigns.record(c.id(), rate(s, List.of(hamletExcellent), Rating.EXCELLENT), Scope.all());
		// the office belongs to the department's organisation: 1 HTTNV allows none
		assertThatThrownBy(
				() -> campaigns.record(c.id(), rate(s, List.of(officeExcellent), Rating.EXCELLENT), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.message()).contains("Đinh Thị Phòng Giỏi").contains(dept.name())));
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.grouping()).isEqualTo("GRASSROOTS_UNIT");
		assertThat(q.groups()).extracting(QuotaCheck.Group::unitId, QuotaCheck.Group::good, QuotaCheck.Group::excellent)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(t.a().id(), 5, 1),
					org.assertj.core.groups.Tuple.tuple(dept.id(), 1, 0));
	}

	private long member(String name, long unitId) {
		PersonData d = PeopleTestData.with(PersonData.basic(PersonCategory.CIVIL_SERVANT, name, Gender.MALE,
				PartialDate.of(LocalDate.of(1980, 2, 1))), "partyJoinedOn", LocalDate.of(2005, 5, 19));
		return fx.people
			.create(new NewPerson(d, Position.main(unitId, "CHUYEN_VIEN", null, LocalDate.of(2010, 1, 1)), null,
					List.of()), Scope.all())
			.id();
	}

	@Test
	void collectivesHaveAQuotaAndOutstandingOnesAreNotCounted() {
		EvaluationFixture.Tree t = fx.tree();
		Campaign c = campaigns.open(
				new NewCampaign("Tập thể " + EvaluationFixture.key(), t.province().id(), PeriodKind.YEAR,
						LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CampaignKind.COLLECTIVE, null, null),
				Scope.all());
		Map<Long, Subject> units = campaigns.subjects(c.id(), Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::evaluatedUnitId, Function.identity()));
		long a = units.get(t.a().id()).id();
		campaigns.record(c.id(),
				List.of(EvaluationFixture.score(units.get(t.province().id()).id(), null, Rating.GOOD),
						EvaluationFixture.score(units.get(t.b().id()).id(), null, Rating.GOOD),
						EvaluationFixture.score(a, null, Rating.EXCELLENT)),
				Scope.all());
		QuotaCheck q = campaigns.quota(c.id(), Scope.all());
		assertThat(q.rules()).singleElement().satisfies(r -> {
			assertThat(r.code()).isEqualTo("COLLECTIVE");
			assertThat(r.mode()).isEqualTo(RuleMode.WARN);
			assertThat(r.grouping()).isEqualTo("CAMPAIGN");
			assertThat(r.legalBasis()).contains("[U");
		});
		assertThat(q.groups()).singleElement().satisfies(g -> {
			assertThat(g.unitId()).isEqualTo(t.province().id());
			assertThat(g.good()).isEqualTo(2);
			assertThat(g.allowed()).isZero();
			assertThat(g.over()).isEqualTo(1);
		});
		assertThatThrownBy(() -> outstanding.record(a, true, "  ", Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
				.satisfies(x -> assertThat(x.field()).isEqualTo("justification")));
		assertThatThrownBy(() -> outstanding.record(a, true, "Thành tích xuất sắc", Scope.of(t.b().id())))
			.isInstanceOf(vn.canbo.shared.NotFoundException.class);
		outstanding.record(a, true, "Dẫn đầu phong trào thi đua toàn tỉnh", Scope.all());
		assertThat(outstanding.of(c.id(), Scope.all())).containsEntry(a, "Dẫn đầu phong trào thi đua toàn tỉnh");
		assertThat(campaigns.quota(c.id(), Scope.all()).groups()).singleElement().satisfies(g -> {
			assertThat(g.excellent()).isZero();
			assertThat(g.exempt()).isEqualTo(1);
			assertThat(g.over()).isZero();
		});
		outstanding.record(a, false, null, Scope.all());
		assertThat(campaigns.quota(c.id(), Scope.all()).over()).isEqualTo(1);
		outstanding.record(a, true, "Dẫn đầu phong trào thi đua toàn tỉnh", Scope.all());
		Campaign done = campaigns.finalise(c.id(), new Finalisation(LocalDate.of(2026, 1, 10), "UBND tỉnh", null),
				Scope.all());
		assertThat(done.quotaJustification()).isNull();
		assertThatThrownBy(() -> outstanding.record(a, false, null, Scope.all()))
			.isInstanceOf(ValidationException.class);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'evaluation_subject' and entity_id = ?
				and after::text like '%outstanding%'""").param(String.valueOf(a)).query(Integer.class).single())
			.isEqualTo(3);
	}

	@Test
	void outstandingIsOnlyForCollectives() {
		EvaluationFixture.Tree t = fx.tree();
		long p = fx.person("Hồ Văn Cá Nhân", t.a().id());
		Campaign c = campaigns.open(EvaluationFixture.year("Cá nhân", t.a().id(), 2025), Scope.all());
		long s = byPerson(c.id()).get(p).id();
		assertThatThrownBy(() -> outstanding.record(s, true, "Xuất sắc", Scope.all())).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::message)
					.singleElement()
					.satisfies(m -> assertThat(m).contains("Hồ Văn Cá Nhân")));
	}

	@Test
	void grassrootsOfAUnitFromTheTree() {
		UnitView p = new UnitView(1, "P", "Tỉnh", null, "DIA_BAN", AdminLevel.PROVINCE, null, null, null);
		UnitView x = new UnitView(2, "X", "Xã", null, "DIA_BAN", AdminLevel.COMMUNE, 1L, null, null);
		UnitView u = new UnitView(3, "U", "UBND xã", null, "UBND", AdminLevel.COMMUNE, 2L, null, null);
		UnitView d = new UnitView(4, "D", "Sở", null, "SO", AdminLevel.PROVINCE, 1L, null, null);
		UnitView o = new UnitView(5, "O", "Phòng", null, "PHONG", AdminLevel.PROVINCE, 4L, null, null);
		assertThat(OrgGrassrootsUnits.of(1, 3, List.of(p, x, u))).isEqualTo(2);
		assertThat(OrgGrassrootsUnits.of(1, 5, List.of(p, d, o))).isEqualTo(4);
		assertThat(OrgGrassrootsUnits.of(1, 4, List.of(p, d))).isEqualTo(4);
		assertThat(OrgGrassrootsUnits.of(1, 1, List.of(p))).isEqualTo(1);
		assertThat(OrgGrassrootsUnits.of(3, 3, List.of(p, x, u))).isEqualTo(3);
		assertThat(OrgGrassrootsUnits.of(2, 3, List.of(p, x, u))).isEqualTo(2);
	}

}
