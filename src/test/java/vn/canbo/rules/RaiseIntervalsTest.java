package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;

/**
 * Issue 13, point 4: the regular raise interval of each seeded rank, from the
 * effective-dated parameters (TT 08/2013 Art. 2.1.a), not the catalog's raiseMonths.
 */
@SpringBootTest
@Transactional
class RaiseIntervalsTest {

	static final LocalDate BEFORE = LocalDate.of(2021, 7, 31);

	static final LocalDate CHANGE = LocalDate.of(2021, 8, 1);

	static final LocalDate NOW = LocalDate.of(2026, 3, 1);

	@Autowired
	RuleChecks checks;

	@Autowired
	RuleParameters params;

	@Autowired
	Catalogs catalogs;

	int interval(String code, LocalDate on) {
		return checks.interval(catalogs.rank(code).orElseThrow(), on);
	}

	static Rank rank(String code, String table, int raiseMonths) {
		return new Rank(code, "Thử", table, List.of(BigDecimal.ONE, BigDecimal.TEN), raiseMonths);
	}

	@Test
	void canSuIsOnTheCaoDangTableSinceTt02Of2021() {
		assertThat(interval("01.004", NOW)).isEqualTo(36);
		assertThat(interval("01.004", CHANGE)).isEqualTo(36);
		assertThat(interval("01.004", BEFORE)).isEqualTo(24);
		RaiseIntervals.Interval i = RaiseIntervals.of(params, catalogs.rank("01.004").orElseThrow(), NOW);
		assertThat(i.source()).isEqualTo(RaiseIntervals.Source.TABLE);
		assertThat(i.key()).isEqualTo("salary.step_months_high");
	}

	@Test
	void everySeededRank() {
		for (LocalDate on : List.of(LocalDate.of(2015, 1, 1), BEFORE, CHANGE, NOW)) {
			// trung cấp on table A0: an override
			assertThat(interval("06.032", on)).as("06.032 %s", on).isEqualTo(24);
			for (String code : List.of("01.001", "01.002", "01.003", "06.031", "V.07.03.29", "V.07.03.28",
					"V.08.01.03")) {
				assertThat(interval(code, on)).as("%s %s", code, on).isEqualTo(36);
			}
			for (String code : List.of("01.005", "V.08.05.13", "01.011")) {
				assertThat(interval(code, on)).as("%s %s", code, on).isEqualTo(24);
			}
		}
		assertThat(RaiseIntervals.of(params, catalogs.rank("06.032").orElseThrow(), NOW).source())
			.isEqualTo(RaiseIntervals.Source.RANK);
	}

	@Test
	void tablesAndTheirGroupsNotTheCatalogAttribute() {
		for (String t : List.of("A3.1", "A3.2", "A2", "A2.1", "A2.2", "A1", "A0", "a1")) {
			assertThat(checks.interval(rank("X", t, 24), NOW)).as(t).isEqualTo(36);
		}
		for (String t : List.of("B", "C", "C1", "C2", "C3", "Bảng 4")) {
			assertThat(checks.interval(rank("X", t, 36), NOW)).as(t).isEqualTo(24);
		}
		// a table in no group, or none: the high interval, said so
		for (String t : new String[] { "Chức danh", "A10", "", null }) {
			RaiseIntervals.Interval i = RaiseIntervals.of(params, rank("X", t, 24), NOW);
			assertThat(i.months()).as(t).isEqualTo(36);
			assertThat(i.source()).as(t).isEqualTo(RaiseIntervals.Source.DEFAULT);
		}
	}

	@Test
	void parametersChangeWithTheirDates() {
		LocalDate from = LocalDate.of(2030, 1, 1);
		params.change("salary.step_months_low",
				new RuleParameters.Change("30", RuleMode.BLOCK, "Thử nghiệm", from, null));
		params.change("salary.step_rank_groups", new RuleParameters.Change(
				"06.032:low, 01.003:low, bad, :high, 01.001:high", RuleMode.BLOCK, "Thử nghiệm", from, null));
		assertThat(interval("06.032", from.minusDays(1))).isEqualTo(24);
		assertThat(interval("06.032", from)).isEqualTo(30);
		assertThat(interval("01.003", from.minusDays(1))).isEqualTo(36);
		assertThat(interval("01.003", from)).isEqualTo(30);
		assertThat(interval("01.001", from)).isEqualTo(36);
		assertThat(interval("01.005", from)).isEqualTo(30);
	}

	/** The regular raise of a cán sự is due 36 months after the step began. */
	@Test
	void regularRaiseOfCanSu() {
		SubjectFacts f = new SubjectFacts(1L, "Lê Thị Hoa", Gender.FEMALE, PartialDate.ofYear(1990),
				PersonCategory.CIVIL_SERVANT, List.of());
		Rank canSu = catalogs.rank("01.004").orElseThrow();
		LocalDate from = LocalDate.of(2023, 1, 1);
		RuleResult early = checks.regularRaise(f, canSu, 2, from, 3, from.plusMonths(24), List.of());
		assertThat(early.blocks()).isTrue();
		assertThat(early.message()).contains("36 tháng", "Thông tư 08/2013/TT-BNV");
		assertThat(checks.regularRaise(f, canSu, 2, from, 3, from.plusMonths(36).minusDays(1), List.of()).blocks())
			.isTrue();
		assertThat(checks.regularRaise(f, canSu, 2, from, 3, from.plusMonths(36), List.of()).passed()).isTrue();
		Rank ktvTrungCap = catalogs.rank("06.032").orElseThrow();
		assertThat(checks.regularRaise(f, ktvTrungCap, 2, from, 3, from.plusMonths(24), List.of()).passed()).isTrue();
		assertThat(checks.regularRaise(f, ktvTrungCap, 2, from, 3, from.plusMonths(24), List.of()).key())
			.isEqualTo("salary.step_months_low");
	}

}
