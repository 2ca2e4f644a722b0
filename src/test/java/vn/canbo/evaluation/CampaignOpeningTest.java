package vn.canbo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Opening a campaign: who is listed (categories, movers by the LAST_DAY rule, leavers,
 * other trees), in which unit, with which regime (by category and date) and task group;
 * the scope of campaigns and subjects.
 */
@SpringBootTest
class CampaignOpeningTest {

	@Autowired
	EvaluationFixture fx;

	@Autowired
	Campaigns campaigns;

	@Autowired
	EvaluationRules rules;

	@Test
	void regimeByCategoryAndDate() {
		assertThat(rules.regime(CampaignKind.INDIVIDUAL, PersonCategory.CIVIL_SERVANT, LocalDate.of(2025, 12, 31)))
			.isEqualTo(Regime.ND_90_2020);
		assertThat(rules.regime(CampaignKind.INDIVIDUAL, PersonCategory.CIVIL_SERVANT, LocalDate.of(2026, 1, 1)))
			.isEqualTo(Regime.ND_335_2025);
		assertThat(rules.regime(CampaignKind.INDIVIDUAL, PersonCategory.CADRE, LocalDate.of(2026, 1, 1)))
			.isEqualTo(Regime.ND_90_2020);
		assertThat(rules.regime(CampaignKind.INDIVIDUAL, PersonCategory.PUBLIC_EMPLOYEE, LocalDate.of(2026, 6, 1)))
			.isEqualTo(Regime.ND_90_2020);
		assertThat(rules.regime(CampaignKind.PARTY_MEMBER, PersonCategory.CIVIL_SERVANT, LocalDate.of(2026, 6, 1)))
			.isEqualTo(Regime.QD_366_2025);
		assertThat(rules.regime(CampaignKind.COLLECTIVE, null, LocalDate.of(2026, 6, 1))).isEqualTo(Regime.QD_366_2025);
	}

	@Test
	void openingListsThePersonsOfThePeriodWhereTheMoversRuleSays() {
		EvaluationFixture.Tree t = fx.tree();
		EvaluationFixture.Tree other = fx.tree();
		long stays = fx.person("Lò Thị Ở", t.a().id());
		long employee = fx.person("Lò Thị Viên", PersonCategory.PUBLIC_EMPLOYEE, t.a().id());
		long contract = fx.person("Lò Thị Hợp", PersonCategory.CONTRACT, t.a().id());
		long mover = fx.person("Lò Thị Chuyển", t.a().id());
		fx.move(mover, t.b().id(), LocalDate.of(2026, 7, 1));
		long leaver = fx.person("Lò Thị Nghỉ", t.b().id());
		fx.move(leaver, 0, LocalDate.of(2026, 4, 1));
		long leftBefore = fx.person("Lò Thị Trước", t.b().id());
		fx.move(leftBefore, 0, LocalDate.of(2026, 1, 1));
		long outward = fx.person("Lò Thị Đi", t.a().id());
		fx.move(outward, other.a().id(), LocalDate.of(2026, 12, 31));
		long inward = fx.person("Lò Thị Đến", other.a().id());
		fx.move(inward, t.b().id(), LocalDate.of(2026, 12, 31));

		Campaign c = campaigns.open(EvaluationFixture.year("Đánh giá năm 2026", t.province().id(), 2026),
				Scope.of(t.province().id()));
		Map<Long, Subject> byPerson = campaigns.subjects(c.id(), Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
		assertThat(byPerson.keySet()).containsExactlyInAnyOrder(stays, employee, mover, leaver, inward);
		assertThat(c.subjectCount()).isEqualTo(5);
		assertThat(byPerson.get(stays).unitId()).isEqualTo(t.a().id());
		assertThat(byPerson.get(stays).unitName()).isEqualTo(t.a().name());
		assertThat(byPerson.get(stays).name()).isEqualTo("Lò Thị Ở");
		assertThat(byPerson.get(mover).unitId()).isEqualTo(t.b().id());
		assertThat(byPerson.get(leaver).unitId()).isEqualTo(t.b().id());
		assertThat(byPerson.get(inward).unitId()).isEqualTo(t.b().id());
		assertThat(byPerson.get(stays).regime()).isEqualTo(Regime.ND_335_2025);
		assertThat(byPerson.get(employee).regime()).isEqualTo(Regime.ND_90_2020);
		assertThat(byPerson.get(stays).taskGroup()).isEqualTo("CHUYEN_MON");
		assertThat(byPerson.get(stays).rating()).isNull();
		assertThat(byPerson).doesNotContainKey(contract);

		Campaign c2025 = campaigns.open(EvaluationFixture.year("Đánh giá năm 2025", t.province().id(), 2025),
				Scope.all());
		Map<Long, Subject> in2025 = campaigns.subjects(c2025.id(), Scope.all())
			.stream()
			.collect(Collectors.toMap(Subject::personId, Function.identity()));
		assertThat(in2025.keySet()).contains(stays, leftBefore, outward).doesNotContain(inward);
		assertThat(in2025.get(stays).regime()).isEqualTo(Regime.ND_90_2020);
	}

	@Test
	void categoriesAndCollectiveCampaigns() {
		EvaluationFixture.Tree t = fx.tree();
		fx.person("Mai Văn Công", t.a().id());
		long employee = fx.person("Mai Văn Viên", PersonCategory.PUBLIC_EMPLOYEE, t.a().id());
		Campaign onlyEmployees = campaigns.open(new NewCampaign("Viên chức " + EvaluationFixture.key(), t.a().id(),
				PeriodKind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CampaignKind.INDIVIDUAL,
				Set.of(PersonCategory.PUBLIC_EMPLOYEE), null), Scope.all());
		assertThat(campaigns.subjects(onlyEmployees.id(), Scope.all())).extracting(Subject::personId)
			.containsExactly(employee);
		Campaign units = campaigns.open(
				new NewCampaign("Tập thể " + EvaluationFixture.key(), t.province().id(), PeriodKind.YEAR,
						LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CampaignKind.COLLECTIVE, null, null),
				Scope.all());
		assertThat(campaigns.subjects(units.id(), Scope.all())).extracting(Subject::evaluatedUnitId)
			.containsExactlyInAnyOrder(t.province().id(), t.a().id(), t.b().id());
		assertThat(campaigns.subjects(units.id(), Scope.all())).extracting(Subject::regime)
			.containsOnly(Regime.QD_366_2025);
	}

	@Test
	void badCampaignsAndScope() {
		EvaluationFixture.Tree t = fx.tree();
		assertThatThrownBy(() -> campaigns.open(new NewCampaign(" ", null, null, LocalDate.of(2026, 12, 31),
				LocalDate.of(2026, 1, 1), null, null, null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(vn.canbo.shared.FieldError::field)
						.containsExactlyInAnyOrder("name", "rootUnitId", "periodKind", "kind", "periodTo"));
		assertThatThrownBy(() -> campaigns.open(EvaluationFixture.year("Ngoài phạm vi", t.province().id(), 2026),
				Scope.of(t.a().id())))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).field()).isEqualTo("rootUnitId"));

		long inA = fx.person("Hà Văn Trong", t.a().id());
		long inB = fx.person("Hà Văn Ngoài", t.b().id());
		Campaign province = campaigns.open(EvaluationFixture.year("Tỉnh", t.province().id(), 2026), Scope.all());
		Campaign commune = campaigns.open(EvaluationFixture.year("Xã", t.a().id(), 2026), Scope.of(t.a().id()));
		Scope onlyA = Scope.of(t.a().id());
		assertThatThrownBy(() -> campaigns.get(province.id(), onlyA)).isInstanceOf(NotFoundException.class);
		assertThat(campaigns.get(commune.id(), onlyA).rootUnitName()).isEqualTo(t.a().name());
		assertThat(campaigns.list(onlyA)).extracting(Campaign::id).contains(commune.id()).doesNotContain(province.id());
		Subject b = campaigns.subjects(province.id(), Scope.all())
			.stream()
			.filter(s -> s.personId() == inB)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> campaigns.subject(b.id(), onlyA)).isInstanceOf(NotFoundException.class);
		assertThat(campaigns.subjects(province.id(), Scope.of(t.province().id()))).extracting(Subject::personId)
			.containsExactlyInAnyOrder(inA, inB);
		// the campaign of the province is not the commune's: 404 even for a subject of
		// the commune
		assertThatThrownBy(() -> campaigns.subject(b.id(), Scope.of(t.b().id()))).isInstanceOf(NotFoundException.class);
		assertThat(campaigns.subject(b.id(), Scope.of(t.province().id())).personId()).isEqualTo(inB);
	}

}
