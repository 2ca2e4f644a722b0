package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.reports.Criterion.and;
import static vn.canbo.reports.Criterion.in;
import static vn.canbo.reports.Criterion.not;
import static vn.canbo.reports.Criterion.or;
import static vn.canbo.reports.Criterion.position;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 14, point 1: populations as conditions over any dimension, combined with
 * and/or/not, over several subtrees — the issue's own groups on
 * {@link PopulationFixture}, compared as exact sets of persons.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationCriterionTest {

	static final LocalDate D = PopulationFixture.D;

	@Autowired
	StatisticsService stats;

	@Autowired
	Populations populations;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	RestructuringService restructurings;

	PopulationFixture f;

	@BeforeAll
	void fixture() {
		f = new PopulationFixture(units, people);
	}

	private static Population pop(List<Long> roots, Criterion c) {
		return new Population(null, null, "Thử", roots, null, null, c, D, null, 0);
	}

	private Population city(Criterion c) {
		return pop(List.of(f.city.id()), c);
	}

	/** The persons of a population (the drill-down), checked against its count. */
	private Set<Long> ids(Population p, LocalDate d, Scope scope) {
		Set<Long> ids = stats.persons(p, d, Map.of(), scope, 0, 200)
			.items()
			.stream()
			.map(PersonRow::id)
			.collect(Collectors.toSet());
		assertThat(stats.count(p, d, Map.of(), scope)).isEqualTo(ids.size());
		return ids;
	}

	private Set<Long> ids(Population p) {
		return ids(p, D, Scope.all());
	}

	@Test
	void headsAndDeputiesOfTheCitysOfficesMassOrganisationsAndEquivalent() {
		Criterion a = position(in("ADMIN_LEVEL", List.of("DISTRICT")), in("LEADER", List.of("YES")),
				in("UNIT_KIND", List.of("STATE", "MASS", "PUBLIC_SERVICE", "FRONT")));
		// the mass organisation's and the PSU's leaders, and a concurrent leader post;
		// not the commune leaders, not the Party secretary, not the specialists
		assertThat(ids(city(a))).containsExactlyInAnyOrder(f.truongPhong, f.phoPhong, f.chuTichHoiC, f.giamDocPsu,
				f.chuTichUbndC, f.kiemNhiem);
	}

	@Test
	void fullTimeCommuneCadres() {
		Criterion b = and(in("CATEGORY", List.of("CADRE")), in("ADMIN_LEVEL", List.of("COMMUNE")));
		assertThat(ids(city(b))).containsExactlyInAnyOrder(f.chuTichX, f.biThuX, f.chuTichHoiX, f.phoChuTichY);
		// the category alone takes in the city-level cadres
		assertThat(ids(city(in("CATEGORY", List.of("CADRE"))))).contains(f.chuTichHoiC, f.chuTichUbndC, f.biThuC);
	}

	@Test
	void orAndNot() {
		assertThat(ids(city(or(in("KEY_POST", List.of("YES")), in("UNIT_KIND", List.of("MASS"))))))
			.containsExactlyInAnyOrder(f.chuTichUbndC, f.biThuC, f.chuTichX, f.biThuX, f.phoChuTichY, f.chuTichHoiC,
					f.chuTichHoiX);
		assertThat(ids(city(not(in("CATEGORY", List.of("CADRE")))))).containsExactlyInAnyOrder(f.truongPhong,
				f.phoPhong, f.chuyenVien, f.giamDocPsu, f.kiemNhiem, f.congChucX);
		assertThat(ids(city(and(in("LEADER", List.of("YES")), not(in("UNIT_KIND", List.of("PARTY", "STATE")))))))
			.containsExactlyInAnyOrder(f.chuTichHoiC, f.giamDocPsu, f.chuTichHoiX);
		assertThat(ids(city(in("LEADER", List.of("NO"))))).containsExactlyInAnyOrder(f.chuyenVien, f.kiemNhiem,
				f.congChucX);
		// a person dimension and a unit dimension in one OR, NOT of an OR
		assertThat(ids(city(not(or(in("GENDER", List.of("MALE")), in("ADMIN_LEVEL", List.of("COMMUNE")))))))
			.containsExactlyInAnyOrder(f.phoPhong, f.chuyenVien, f.chuTichHoiC);
		assertThat(ids(city(in("UNIT_TYPE", List.of("PHONG", "SU_NGHIEP"))))).containsExactlyInAnyOrder(f.truongPhong,
				f.phoPhong, f.chuyenVien, f.giamDocPsu);
		assertThat(ids(city(in("TITLE_GROUP", List.of("TRUONG_PHO_PHONG"))))).containsExactlyInAnyOrder(f.truongPhong,
				f.phoPhong);
		assertThat(ids(city(in("SUBTREE", List.of(String.valueOf(f.ubndC.id())))))).containsExactlyInAnyOrder(
				f.truongPhong, f.phoPhong, f.chuyenVien, f.giamDocPsu, f.chuTichUbndC, f.kiemNhiem);
	}

	@Test
	void severalSubtrees() {
		assertThat(ids(pop(List.of(f.communeX.id(), f.communeY.id()), null))).containsExactlyInAnyOrder(f.chuTichX,
				f.congChucX, f.biThuX, f.chuTichHoiX, f.phoChuTichY);
		assertThat(ids(pop(List.of(f.communeX.id(), f.communeY.id()), in("LEADER", List.of("YES")))))
			.containsExactlyInAnyOrder(f.chuTichX, f.biThuX, f.chuTichHoiX, f.phoChuTichY);
		// the concurrent post at the mass organisation does not bring its holder in: the
		// main position decides whose subtree a person is in
		assertThat(ids(pop(List.of(f.hoiPnC.id(), f.psu.id()), null))).containsExactlyInAnyOrder(f.chuTichHoiC,
				f.giamDocPsu);
		// one row per root
		StatisticsTable t = stats.pivot(pop(List.of(f.communeX.id(), f.communeY.id()), null), D, Dim.SUBUNIT,
				Dim.GENDER, Map.of(), Scope.all());
		assertThat(t.rows().stream().collect(Collectors.toMap(StatisticsTable.Row::key, StatisticsTable.Row::total)))
			.containsOnly(Map.entry(String.valueOf(f.communeX.id()), 4L),
					Map.entry(String.valueOf(f.communeY.id()), 1L));
		// within the scope of both communes; a scope of one of them cannot count both
		assertThat(ids(pop(List.of(f.communeX.id(), f.communeY.id()), null), D,
				Scope.of(f.communeX.id(), f.communeY.id())))
			.hasSize(5);
	}

	@Test
	void aConcurrentPostCountsOnlyInsideAPositionCondition() {
		Criterion leaders = in("UNIT_KIND", List.of("MASS"));
		// outside POSITION: the main position only
		assertThat(ids(city(and(leaders, in("ADMIN_LEVEL", List.of("DISTRICT")), in("LEADER", List.of("YES"))))))
			.containsExactly(f.chuTichHoiC);
		assertThat(ids(city(position(leaders, in("ADMIN_LEVEL", List.of("DISTRICT")), in("LEADER", List.of("YES"))))))
			.containsExactlyInAnyOrder(f.chuTichHoiC, f.kiemNhiem);
		assertThat(ids(city(position(in("POSITION_KIND", List.of("CONCURRENT")))))).containsExactly(f.kiemNhiem);
		assertThat(ids(
				city(position(in("POSITION_KIND", List.of("MAIN")), leaders, in("ADMIN_LEVEL", List.of("DISTRICT"))))))
			.containsExactly(f.chuTichHoiC);
		assertThat(ids(city(in("POSITION_KIND", List.of("CONCURRENT"))))).isEmpty();
		// all leaves of a POSITION node hold for one and the same position: the
		// concurrent post is a mass organisation's, his main post is not a leader's
		assertThat(ids(city(position(in("UNIT_KIND", List.of("STATE")), in("TITLE", List.of("PHO_CHU_TICH_HOI"))))))
			.isEmpty();
	}

	@Test
	void everyErrorOfADefinitionAtOnce() {
		Criterion bad = and(in("KHONG_CO", List.of("X")), in("ADMIN_LEVEL", List.of("TINH")),
				new Criterion(Criterion.Op.NOT, null, null,
						List.of(in("GENDER", List.of("MALE")), in("GENDER", List.of("FEMALE")))),
				position(in("GENDER", List.of("MALE"))), in("UNIT", List.of("999999999")), in("TITLE_GROUP", List.of()),
				new Criterion(Criterion.Op.OR, null, null, List.of()));
		assertThatThrownBy(() -> populations
			.save(new Population(null, null, " ", List.of(f.city.id()), null, null, bad, D, null, 0), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("name", "criterion.of[0].dim", "criterion.of[1].values",
								"criterion.of[2].of", "criterion.of[3].of[0].dim", "criterion.of[4].values",
								"criterion.of[5].values", "criterion.of[6].of"));
		// the engine refuses an unsaved one the same way (never a silent 0)
		assertThatThrownBy(() -> stats.count(city(in("UNIT_KIND", List.of("CHUA_CO"))), D, Map.of(), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("criterion.values"));
		// a unit outside the editor's scope
		assertThatThrownBy(() -> populations.save(
				new Population(null, null, "Ngoài", List.of(f.communeX.id()), null, null,
						in("SUBTREE", List.of(String.valueOf(f.communeY.id()))), D, null, 0),
				Scope.of(f.communeX.id())))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("criterion.values"));
	}

	@Test
	void aLeafOnAHiddenFieldIsRefusedToWhoCannotSeeIt() {
		Criterion ethnicity = and(in("LEADER", List.of("YES")), in("ETHNICITY", List.of("01")));
		Population p = new Population(null, null, "Lãnh đạo người Kinh", List.of(f.city.id()), null, null, ethnicity, D,
				null, 0);
		var reader = new org.springframework.security.authentication.TestingAuthenticationToken("reader", "x",
				"REPORT_READ", "UNIT_WRITE", "UNIT_READ", "PERSON_READ");
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(reader);
		try {
			assertThatThrownBy(() -> populations.save(p, Scope.all()))
				.isInstanceOf(vn.canbo.shared.HiddenFieldException.class);
			assertThatThrownBy(() -> stats.count(p, D, Map.of(), Scope.all()))
				.isInstanceOf(vn.canbo.shared.HiddenFieldException.class);
			assertThatThrownBy(() -> Populations.requireVisible(p))
				.isInstanceOf(vn.canbo.shared.HiddenFieldException.class);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		// who sees the field counts by it
		assertThat(ids(p)).containsExactlyInAnyOrder(f.truongPhong, f.phoPhong, f.chuTichHoiC, f.giamDocPsu,
				f.chuTichUbndC, f.biThuC, f.chuTichX, f.biThuX, f.chuTichHoiX, f.phoChuTichY);
	}

	@Test
	void savedWithItsRootsAndCriterionAndHiddenOutsideTheScope() {
		Criterion b = and(in("CATEGORY", List.of("CADRE")), in("ADMIN_LEVEL", List.of("COMMUNE")));
		Population saved = populations.save(new Population(null, null, "Cán bộ chuyên trách xã",
				List.of(f.communeX.id(), f.communeY.id()), null, null, b, D, null, 0), Scope.all());
		Population read = populations.get(saved.id());
		assertThat(read.rootUnitIds()).containsExactly(f.communeX.id(), f.communeY.id());
		assertThat(read.criterion()).isEqualTo(b);
		assertThat(read.rootUnitId()).isNull();
		assertThat(ids(read)).containsExactlyInAnyOrder(f.chuTichX, f.biThuX, f.chuTichHoiX, f.phoChuTichY);
		// one root outside the scope: the population does not exist for that user
		Scope onlyX = Scope.of(f.communeX.id());
		assertThatThrownBy(() -> populations.get(saved.id(), onlyX)).isInstanceOf(NotFoundException.class);
		assertThat(populations.list(onlyX)).extracting(Population::id).doesNotContain(saved.id());
		assertThatThrownBy(() -> stats.count(read, D, Map.of(), onlyX)).isInstanceOf(NotFoundException.class);
		assertThat(populations.get(saved.id(), Scope.of(f.communeX.id(), f.communeY.id())).id()).isEqualTo(saved.id());
		assertThat(populations.writable(read, Scope.of(f.city.id()))).isTrue();
		assertThat(populations.writable(read, onlyX)).isFalse();
		// updated: the roots and criterion follow
		Population changed = populations.save(new Population(saved.id(), null, read.name(), List.of(f.communeY.id()),
				null, null, null, D, null, read.version()), Scope.all());
		assertThat(changed.rootUnitIds()).containsExactly(f.communeY.id());
		assertThat(changed.rootUnitId()).isEqualTo(f.communeY.id());
		assertThat(changed.criterion()).isNull();
	}

	@Test
	void asOfADateBeforeARestructuringTheTreeOfThatDate() {
		UnitView district = f.unit("C2", "Huyện Hai", "DIA_BAN", AdminLevel.DISTRICT, f.province);
		UnitView centre = f.unit("T2", "Trung tâm Dịch vụ", "SU_NGHIEP", AdminLevel.DISTRICT, district);
		long director = f.person("Giám Đốc Hai", Gender.FEMALE, PersonCategory.PUBLIC_EMPLOYEE, centre, "GIAM_DOC");
		LocalDate changed = LocalDate.of(2026, 3, 1);
		restructurings.rename(new RestructuringService.Rename(centre.id(), centre.name(), null, "PHONG",
				Decision.on(changed, "12/QĐ-UBND")), Scope.all());
		Population psuLeaders = pop(List.of(district.id()),
				position(in("UNIT_KIND", List.of("PUBLIC_SERVICE")), in("LEADER", List.of("YES"))));
		assertThat(ids(psuLeaders, changed.minusDays(1), Scope.all())).containsExactly(director);
		assertThat(ids(psuLeaders, changed, Scope.all())).isEmpty();
		assertThat(ids(pop(List.of(district.id()), in("UNIT_TYPE", List.of("PHONG"))), changed, Scope.all()))
			.containsExactly(director);
		assertThat(
				ids(pop(List.of(district.id()), in("UNIT_TYPE", List.of("PHONG"))), changed.minusDays(1), Scope.all()))
			.isEmpty();
	}

}
