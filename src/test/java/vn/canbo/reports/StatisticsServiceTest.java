package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringResult;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitSpec;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.rules.Retirement;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Every dimension on a known dataset of 12 persons (see KnownDataset), compared exactly.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsServiceTest {

	static final LocalDate D = KnownDataset.D;

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

	KnownDataset data;

	Population pop;

	@BeforeAll
	void dataset() {
		data = new KnownDataset(units, people);
		pop = Population.adHoc(data.province.id(), null, null, D);
	}

	/** value key → count in the total row of a one-dimension pivot. */
	private Map<String, Long> counts(Dim dim) {
		StatisticsTable t = stats.pivot(pop, D, dim, Dim.TOTAL, Map.of(), Scope.all());
		Map<String, Long> m = new LinkedHashMap<>();
		for (StatisticsTable.Row r : t.rows()) {
			if (r.total() > 0) {
				m.put(r.key(), r.total());
			}
		}
		assertThat(t.grandTotal()).isEqualTo(12);
		return m;
	}

	@Test
	void everyDimensionOnTheKnownDataset() {
		assertThat(counts(Dim.TOTAL)).containsExactly(Map.entry("ALL", 12L));
		assertThat(counts(Dim.GENDER)).containsExactly(Map.entry("MALE", 7L), Map.entry("FEMALE", 5L));
		assertThat(counts(Dim.AGE_BAND_PARTY)).containsExactly(Map.entry("18-30", 3L), Map.entry("31-35", 2L),
				Map.entry("36-40", 2L), Map.entry("46-50", 1L), Map.entry("51-55", 2L), Map.entry("56-60", 1L),
				Map.entry(">60", 1L));
		assertThat(counts(Dim.AGE_BAND_CIVIL)).containsExactly(Map.entry("<=30", 3L), Map.entry("31-40", 4L),
				Map.entry("41-50", 1L), Map.entry("51-60", 2L), Map.entry(">60", 1L), Map.entry("HUU", 1L));
		assertThat(counts(Dim.MINORITY)).containsExactly(Map.entry("KINH", 9L), Map.entry("MINORITY", 3L));
		assertThat(counts(Dim.ETHNICITY)).containsOnly(Map.entry("01", 9L), Map.entry("02", 1L), Map.entry("03", 1L),
				Map.entry("04", 1L));
		assertThat(counts(Dim.RELIGION)).containsOnly(Map.entry("00", 8L), Map.entry("01", 1L), Map.entry("02", 1L),
				Map.entry("03", 1L), Map.entry("", 1L));
		assertThat(counts(Dim.HAS_RELIGION)).containsExactly(Map.entry("YES", 3L), Map.entry("NO", 9L));
		assertThat(counts(Dim.PARTY)).containsExactly(Map.entry("YES", 8L), Map.entry("NO", 4L));
		assertThat(counts(Dim.PROFESSIONAL)).containsExactly(Map.entry("TRUNG_CAP", 1L), Map.entry("CAO_DANG", 1L),
				Map.entry("DAI_HOC", 6L), Map.entry("THAC_SI", 2L), Map.entry("TIEN_SI", 1L), Map.entry("", 1L));
		assertThat(counts(Dim.POLITICAL_THEORY)).containsExactly(Map.entry("SO_CAP", 2L), Map.entry("TRUNG_CAP", 2L),
				Map.entry("CAO_CAP", 2L), Map.entry("CU_NHAN", 1L), Map.entry("", 5L));
		assertThat(counts(Dim.STATE_MANAGEMENT)).containsExactly(Map.entry("CHUYEN_VIEN", 3L),
				Map.entry("CHUYEN_VIEN_CHINH", 2L), Map.entry("CHUYEN_VIEN_CAO_CAP", 1L), Map.entry("", 6L));
		assertThat(counts(Dim.FOREIGN_LANGUAGE)).containsExactly(Map.entry("BAC_2", 1L), Map.entry("BAC_3", 2L),
				Map.entry("BAC_4", 1L), Map.entry("", 8L));
		assertThat(counts(Dim.IT)).containsExactly(Map.entry("A", 1L), Map.entry("B", 1L), Map.entry("CO_BAN", 2L),
				Map.entry("NANG_CAO", 1L), Map.entry("", 7L));
		assertThat(counts(Dim.RANK_GROUP)).containsExactly(Map.entry("CVCC", 1L), Map.entry("CVC", 2L),
				Map.entry("CV", 5L), Map.entry("CS", 1L), Map.entry("NV", 1L), Map.entry("", 2L));
		assertThat(counts(Dim.CATEGORY)).containsExactly(Map.entry("CADRE", 4L), Map.entry("CIVIL_SERVANT", 5L),
				Map.entry("PUBLIC_EMPLOYEE", 1L), Map.entry("NON_SPECIALISED", 1L), Map.entry("CONTRACT", 1L));
		assertThat(counts(Dim.TITLE_GROUP)).containsOnly(Map.entry("CAP_UY", 4L), Map.entry("THUONG_VU", 2L),
				Map.entry("CHU_CHOT", 3L), Map.entry("NGUOI_DUNG_DAU", 3L), Map.entry("CAP_PHO", 1L),
				Map.entry("TRUONG_PHO_PHONG", 1L), Map.entry("DOAN_THE", 1L), Map.entry("CONG_CHUC_XA", 1L),
				Map.entry("CHUYEN_MON", 5L), Map.entry("", 1L));
		assertThat(counts(Dim.UNIT)).containsOnly(Map.entry(String.valueOf(data.ubndA.id()), 6L),
				Map.entry(String.valueOf(data.duA.id()), 1L), Map.entry(String.valueOf(data.ubndB.id()), 5L));
		assertThat(counts(Dim.SUBUNIT)).containsExactly(Map.entry(String.valueOf(data.communeA.id()), 7L),
				Map.entry(String.valueOf(data.communeB.id()), 5L));
		assertThat(counts(Dim.ADMIN_LEVEL)).containsExactly(Map.entry("COMMUNE", 12L));
		assertThat(counts(Dim.UNIT_TYPE)).containsOnly(Map.entry("UBND", 11L), Map.entry("DANG_UY_XA", 1L));
		assertThat(stats.averageAge(pop, D, Map.of(), Scope.all())).isEqualByComparingTo("41.1");
	}

	@Test
	void twoDimensionsWithPercentagesAndTotals() {
		StatisticsTable t = stats.pivot(pop, D, Dim.SUBUNIT, Dim.GENDER, Map.of(), Scope.all());
		assertThat(t.rows()).extracting(StatisticsTable.Row::label)
			.containsExactly(data.communeA.name(), data.communeB.name());
		StatisticsTable.Row a = t.rows().get(0);
		assertThat(a.total()).isEqualTo(7);
		StatisticsTable.Cell womenA = a.cells().get(1);
		assertThat(womenA.count()).isEqualTo(3);
		assertThat(womenA.pctOfRow()).isEqualByComparingTo("42.86"); // 3/7 = 42,857…
																		// half-up
		assertThat(womenA.pctOfTotal()).isEqualByComparingTo("25.00"); // 3/12
		assertThat(Formats.percent(womenA.pctOfRow())).isEqualTo("42,86%");
		assertThat(t.total().cells().get(1).count()).isEqualTo(5);
		assertThat(t.total().cells().get(1).pctOfTotal()).isEqualByComparingTo("41.67");
		assertThat(t.grandTotal()).isEqualTo(12);
		// a filter narrows every cell
		StatisticsTable party = stats.pivot(pop, D, Dim.SUBUNIT, Dim.GENDER, Map.of(Dim.PARTY, List.of("YES")),
				Scope.all());
		assertThat(party.grandTotal()).isEqualTo(8);
		// multi-valued dimension × gender: persons counted once per total
		StatisticsTable tg = stats.pivot(pop, D, Dim.TITLE_GROUP, Dim.GENDER, Map.of(), Scope.all());
		assertThat(tg.grandTotal()).isEqualTo(12);
		StatisticsTable.Row capUy = tg.rows().stream().filter(r -> r.key().equals("CAP_UY")).findFirst().orElseThrow();
		assertThat(capUy.total()).isEqualTo(4);
		assertThat(capUy.cells().get(1).count()).isEqualTo(2);
		assertThat(tg.total().cells().get(1).count()).isEqualTo(5);
	}

	@Test
	void standardHomeAffairsLayout() {
		StatisticsTable t = stats.layout("NOI_VU_SLCL", pop, D, null, Scope.all());
		List<Long> total = t.total().cells().stream().map(StatisticsTable.Cell::count).toList();
		// Tổng, Nữ, DTTS, TG, ĐV, ≤30, 31-40, 41-50, 51-60, >60, hưu, TS, ThS, ĐH, CĐ,
		// TC, SC, CC-CN, TC, SC, CVCC, CVC, CV, CS, NN, TH
		assertThat(total).containsExactly(12L, 5L, 3L, 3L, 8L, 3L, 4L, 1L, 2L, 1L, 1L, 1L, 2L, 6L, 1L, 1L, 0L, 3L, 2L,
				2L, 1L, 2L, 3L, 0L, 4L, 5L);
		assertThat(t.rows()).hasSize(2);
		StatisticsTable.Row b = t.rows().get(1);
		assertThat(b.total()).isEqualTo(5);
		assertThat(b.cells().get(1).count()).isEqualTo(2);
		assertThat(b.cells().get(1).pctOfRow()).isEqualByComparingTo("40.00");
		assertThat(t.columns().get(1).group()).isEqualTo("Trong đó");
		// rows by category instead
		StatisticsTable byCat = stats.layout("NOI_VU_SLCL", pop, D, Dim.CATEGORY, Scope.all());
		assertThat(
				byCat.rows().stream().collect(Collectors.toMap(StatisticsTable.Row::key, StatisticsTable.Row::total)))
			.containsEntry("CADRE", 4L)
			.containsEntry("CIVIL_SERVANT", 5L);
	}

	@Test
	void partyLayoutWithAverageAges() {
		StatisticsTable t = stats.layout("DANG_THONG_KE", pop, D, null, Scope.all());
		int avg = 0;
		while (!t.columns().get(avg).average()) {
			avg++;
		}
		assertThat(t.total().cells().get(avg).value()).isEqualByComparingTo("41.1"); // 493
																						// /
																						// 12
		assertThat(t.rows().get(0).cells().get(avg).value()).isEqualByComparingTo("42.00"); // 294
																							// /
																							// 7
		assertThat(t.rows().get(1).cells().get(avg).value()).isEqualByComparingTo("39.80"); // 199
																							// /
																							// 5
		assertThat(t.total().cells().subList(4, 12).stream().map(StatisticsTable.Cell::count).toList())
			.containsExactly(3L, 2L, 2L, 0L, 1L, 2L, 1L, 1L);
	}

	@Test
	void populationOfABodyAndSavedDefinitions() {
		Population bch = Population.adHoc(data.province.id(), "DANG_UY_XA",
				new Population.Conditions(null, List.of("CAP_UY"), null), D);
		StatisticsTable t = stats.pivot(bch, D, Dim.TOTAL, Dim.GENDER, Map.of(), Scope.all());
		assertThat(t.grandTotal()).isEqualTo(4);
		assertThat(t.total().cells().get(1).pctOfTotal()).isEqualByComparingTo("50.00");
		Population chuChot = Population.adHoc(data.province.id(), null,
				new Population.Conditions(null, List.of("CHU_CHOT"), null), D);
		assertThat(stats.count(chuChot, D, Map.of(), Scope.all())).isEqualTo(3);
		Population women = Population.adHoc(data.province.id(), null,
				new Population.Conditions(List.of("CADRE"), null, Map.of("GENDER", List.of("FEMALE"))), D);
		assertThat(stats.count(women, D, Map.of(), Scope.all())).isEqualTo(2);

		Population saved = populations.save(new Population(null, "T" + UUID.randomUUID().toString().substring(0, 6),
				"Ban Chấp hành xã (thử)", data.province.id(), "DANG_UY_XA",
				new Population.Conditions(null, List.of("CAP_UY"), null), D, null, 0), Scope.all());
		assertThat(populations.get(saved.id()).conditions().titleGroups()).containsExactly("CAP_UY");
		assertThat(stats.count(populations.get(saved.id()), null, Map.of(), Scope.all())).isEqualTo(4);
		assertThatThrownBy(() -> populations.save(
				new Population(null, null, " ", data.province.id(), "KHONG_CO",
						new Population.Conditions(List.of("X"), List.of("Y"), null), D, null, 0),
				Scope.of(data.communeA.id())))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(vn.canbo.shared.FieldError::field)
				.contains("name", "rootUnitId", "unitTypeCode", "conditions.categories", "conditions.titleGroups"));
	}

	@Test
	void drillDownListsThePersonsBehindACell() {
		var page = stats.persons(pop, D,
				Map.of(Dim.SUBUNIT, List.of(String.valueOf(data.communeA.id())), Dim.GENDER, List.of("FEMALE")),
				Scope.all(), 0, 50);
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).extracting(PersonRow::fullName)
			.containsExactlyInAnyOrder("An Hai", "An Bốn", "An Bảy");
		var layoutCell = stats.persons(pop, D, Map.of(Dim.PROFESSIONAL, List.of("TIEN_SI", "TSKH")), Scope.all(), 0,
				50);
		assertThat(layoutCell.items()).extracting(PersonRow::fullName).containsExactly("An Sáu");
		var tg = stats.persons(pop, D, Map.of(Dim.TITLE_GROUP, List.of("CAP_UY")), Scope.all(), 0, 2);
		assertThat(tg.total()).isEqualTo(4);
		assertThat(tg.items()).hasSize(2);
	}

	@Test
	void scopeLimitsEveryNumberAndHidesOtherUnits() {
		Scope a = Scope.of(data.communeA.id());
		Population mine = Population.adHoc(null, null, null, D);
		StatisticsTable t = stats.pivot(mine, D, Dim.UNIT, Dim.GENDER, Map.of(), a);
		assertThat(t.grandTotal()).isEqualTo(7);
		// the province as root is outside the scope of A
		assertThatThrownBy(() -> stats.pivot(pop, D, Dim.UNIT, Dim.GENDER, Map.of(), a))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> stats.persons(mine, D, Map.of(Dim.UNIT, List.of(String.valueOf(data.ubndB.id()))), a, 0, 10))
			.isInstanceOf(NotFoundException.class);
		assertThat(stats.persons(mine, D, Map.of(Dim.GENDER, List.of("FEMALE")), a, 0, 50).total()).isEqualTo(3);
	}

	@Test
	void asOfAcrossARestructuring() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView q = units.create(new UnitService.NewUnit("RQ-" + k, "Tỉnh Gộp " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView x = units.create(new UnitService.NewUnit("RX-" + k, "UBND xã X " + k, null, "UBND", AdminLevel.COMMUNE,
				q.id(), founded));
		UnitView y = units.create(new UnitService.NewUnit("RY-" + k, "UBND xã Y " + k, null, "UBND", AdminLevel.COMMUNE,
				q.id(), founded));
		for (int i = 0; i < 5; i++) {
			UnitView u = i < 3 ? x : y;
			people.create(new NewPerson(
					KnownDataset.data("Người " + List.of("Một", "Hai", "Ba", "Bốn", "Năm").get(i),
							i % 2 == 0 ? Gender.MALE : Gender.FEMALE, "1985-01-0" + (i + 1), "01", "00", null, null,
							PersonCategory.CIVIL_SERVANT),
					Position.main(u.id(), "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2015, 1, 1)), null, List.of()),
					Scope.all());
		}
		LocalDate merged = LocalDate.of(2025, 7, 1);
		RestructuringResult r = restructurings.merge(new RestructuringService.Merge(List.of(x.id(), y.id()), null,
				new UnitSpec("RZ-" + k, "UBND xã Z " + k, null, "UBND", AdminLevel.COMMUNE, q.id()),
				Decision.on(merged, "01/NQ-UBTVQH"), null), Scope.all());
		long z = r.created().get(0).id();
		Population p = Population.adHoc(q.id(), null, null, null);

		StatisticsTable before = stats.pivot(p, merged.minusDays(1), Dim.UNIT, Dim.TOTAL, Map.of(), Scope.all());
		assertThat(
				before.rows().stream().collect(Collectors.toMap(StatisticsTable.Row::key, StatisticsTable.Row::total)))
			.containsOnly(Map.entry(String.valueOf(x.id()), 3L), Map.entry(String.valueOf(y.id()), 2L));
		StatisticsTable after = stats.pivot(p, merged, Dim.SUBUNIT, Dim.GENDER, Map.of(), Scope.all());
		assertThat(after.rows()).extracting(StatisticsTable.Row::key).containsExactly(String.valueOf(z));
		assertThat(after.rows().get(0).total()).isEqualTo(5);
		assertThat(after.rows().get(0).cells().get(1).count()).isEqualTo(2);
		// an officer of the new commune sees, as of before the merger, the persons of its
		// predecessors
		assertThat(stats.count(Population.adHoc(null, null, null, null), merged.minusDays(1), Map.of(), Scope.of(z)))
			.isEqualTo(5);
	}

	@Test
	void roundingAndSeparators() {
		assertThat(StatisticsService.percent(1, 8)).isEqualByComparingTo("12.50");
		assertThat(StatisticsService.percent(1, 3)).isEqualByComparingTo("33.33");
		assertThat(StatisticsService.percent(2, 3)).isEqualByComparingTo("66.67");
		assertThat(StatisticsService.percent(1, 200_000)).isEqualByComparingTo("0.00"); // 0,0005
																						// →
																						// 0,00
		assertThat(StatisticsService.percent(1, 40_000)).isEqualByComparingTo("0.00"); // 0,0025
																						// →
																						// 0,00
		assertThat(StatisticsService.percent(1, 16)).isEqualByComparingTo("6.25");
		assertThat(StatisticsService.percent(6, 37)).isEqualByComparingTo("16.22");
		assertThat(StatisticsService.percent(5, 0)).isNull();
		assertThat(Formats.percent(StatisticsService.percent(300, 1759))).isEqualTo("17,06%");
		assertThat(Formats.number(1759)).isEqualTo("1.759");
		assertThat(PersonCounts.average(493, 12)).isEqualByComparingTo(new BigDecimal("41.1"));
	}

	@Test
	void retirementAgeCutOff() {
		// man born 10/1964 → 61y6m → pension from 1/5/2026; woman born 01/1968 → 56y4m →
		// from 1/6/2024
		assertThat(Retirement.retirementDate(Gender.MALE, java.time.YearMonth.of(1964, 10)))
			.isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(Retirement.retirementDate(Gender.FEMALE, java.time.YearMonth.of(1968, 1)))
			.isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(Retirement.retiredIfBornBefore(Gender.MALE, LocalDate.of(2026, 5, 1)))
			.isEqualTo(LocalDate.of(1964, 11, 1));
		assertThat(Retirement.retiredIfBornBefore(Gender.MALE, LocalDate.of(2026, 4, 30)))
			.isEqualTo(LocalDate.of(1964, 10, 1));
	}

}
