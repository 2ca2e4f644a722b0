package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.shared.PartialDate;

/**
 * Issue 13, point 7: each parameter has the history of its texts, and a check cites the
 * version in force on the decision's reference date, on both sides of each change.
 */
@SpringBootTest
@Transactional
class RuleHistoryTest {

	@Autowired
	RuleChecks checks;

	@Autowired
	RuleParameters params;

	@Autowired
	Catalogs catalogs;

	static final SubjectFacts MAN = new SubjectFacts(1L, "Nguyễn Văn An", Gender.MALE, PartialDate.ofMonth(1975, 3),
			PersonCategory.CIVIL_SERVANT, List.of());

	static LocalDate day(int y, int m, int d) {
		return LocalDate.of(y, m, d);
	}

	/** APP-09: QĐ 105 (2017) → QĐ 80 (18/8/2022) → QĐ 377 (8/10/2025). */
	@Test
	void appointmentCitesThePartyTextInForce() {
		assertThat(checks.disciplineWait(MAN, day(2022, 9, 1)).get(0).legalBasis()).contains("Quy định 80-QĐ/TW")
			.doesNotContain("377");
		assertThat(checks.disciplineWait(MAN, day(2026, 3, 1)).get(0).message()).contains("Căn cứ: Quy định 377-QĐ/TW")
			.doesNotContain("80-QĐ/TW");
		assertThat(checks.disciplineWait(MAN, day(2022, 8, 17)).get(0).legalBasis()).contains("105-QĐ/TW");
		assertThat(checks.disciplineWait(MAN, day(2022, 8, 18)).get(0).legalBasis()).contains("80-QĐ/TW");
		assertThat(checks.disciplineWait(MAN, day(2025, 10, 7)).get(0).legalBasis()).contains("80-QĐ/TW");
		assertThat(checks.disciplineWait(MAN, day(2025, 10, 8)).get(0).legalBasis()).contains("377-QĐ/TW");
		for (String k : List.of("reappoint.notice_working_days", "appoint.after_discipline_months.cach_chuc")) {
			assertThat(params.get(k, day(2025, 10, 7)).legalBasis()).as(k).doesNotContain("377");
			assertThat(params.get(k, day(2025, 10, 8)).legalBasis()).as(k).contains("Quy định 377-QĐ/TW");
		}
		// the values do not change with the texts
		assertThat(params.intValue("appoint.after_discipline_months.cach_chuc", day(2022, 1, 1))).isEqualTo(60);
	}

	/** ROT-01: QĐ 98 → QĐ 65 (28/4/2022) → + NĐ 170/2025 Art. 48 (1/7/2025). */
	@Test
	void rotationCitesTheTextInForce() {
		LocalDate to = day(2030, 1, 1);
		assertThat(checks.rotationDuration(MAN, day(2022, 4, 27), to).legalBasis()).contains("98-QĐ/TW")
			.doesNotContain("65-QĐ/TW");
		assertThat(checks.rotationDuration(MAN, day(2022, 4, 28), to).legalBasis()).contains("Quy định 65-QĐ/TW")
			.doesNotContain("170/2025");
		assertThat(checks.rotationDuration(MAN, day(2025, 6, 30), to).legalBasis()).doesNotContain("170/2025");
		assertThat(checks.rotationDuration(MAN, day(2025, 7, 1), to).legalBasis()).contains("170/2025");
		// ROT-03: NĐ 138/2020 Art. 56 until NĐ 170/2025 took effect
		assertThat(checks.rotationRemaining(MAN, day(2025, 6, 30)).legalBasis())
			.isEqualTo("Nghị định 138/2020/NĐ-CP Điều 56");
		assertThat(checks.rotationRemaining(MAN, day(2025, 7, 1)).legalBasis()).contains("Nghị định 170/2025");
	}

	/**
	 * RET-02: Luật CBCC 2008 Art. 60 alone until QĐ 727/QĐ-BNV took effect (9/7/2025).
	 */
	@Test
	void retirementCitesQd727OnlyFromItsDate() {
		SubjectFacts old = new SubjectFacts(2L, "Trần Văn Bình", Gender.MALE, PartialDate.ofMonth(1962, 6),
				PersonCategory.CIVIL_SERVANT, List.of());
		LocalDate signed = day(2020, 1, 1);
		assertThat(checks.retirementTiming(old, day(2025, 7, 8), signed).get(0).legalBasis())
			.isEqualTo("Luật CBCC 2008 Điều 60");
		assertThat(checks.retirementTiming(old, day(2025, 7, 9), signed).get(0).legalBasis()).contains("727/QĐ-BNV");
		assertThat(params.get("appoint.term_months", day(2025, 6, 30)).legalBasis()).contains("138/2020")
			.doesNotContain("170/2025");
		assertThat(params.get("appoint.term_months", day(2025, 7, 1)).legalBasis()).contains("170/2025");
	}

	/** SAL-01: TT 08/2013 alone until TT 03/2021 amended it. */
	@Test
	void salaryCitesTt03Of2021OnlyFromItsDate() {
		var rank = catalogs.rank("01.003").orElseThrow();
		assertThat(checks.regularRaise(MAN, rank, 1, day(2018, 1, 1), 2, day(2021, 8, 14), List.of()).legalBasis())
			.contains("08/2013")
			.doesNotContain("03/2021");
		assertThat(checks.regularRaise(MAN, rank, 1, day(2018, 8, 1), 2, day(2021, 8, 15), List.of()).legalBasis())
			.contains("03/2021");
	}

	/**
	 * No version cites a text before the text took effect; versions of a key do not
	 * overlap and leave no gap.
	 */
	@Test
	void noVersionCitesATextBeforeItExisted() {
		Map<String, LocalDate> texts = Map.of("377-QĐ/TW", day(2025, 10, 8), "170/2025", day(2025, 7, 1), "727/QĐ-BNV",
				day(2025, 7, 9), "03/2021/TT-BNV", day(2021, 8, 15), "65-QĐ/TW", day(2022, 4, 28), "80-QĐ/TW",
				day(2022, 8, 18), "02/2021/TT-BNV", day(2021, 8, 1), "Quy định 50-QĐ/TW", day(2021, 12, 27));
		Map<String, List<RuleParameter>> all = params.versions(day(2026, 1, 1));
		assertThat(all).containsKey("reappoint.notice_working_days");
		all.forEach((key, versions) -> {
			for (RuleParameter v : versions) {
				texts.forEach((text, from) -> {
					if (v.legalBasis().contains(text)) {
						assertThat(v.effectiveFrom()).as("%s from %s cites %s", key, v.effectiveFrom(), text)
							.isAfterOrEqualTo(from);
					}
				});
			}
			for (int i = 1; i < versions.size(); i++) {
				assertThat(versions.get(i - 1).effectiveTo()).as(key).isEqualTo(versions.get(i).effectiveFrom());
			}
		});
	}

	/** Values regulations.md marks [U] say so. */
	@Test
	void unconfirmedValuesAreMarked() {
		assertThat(params.history("reappoint.extend_to_retirement_if_remaining_lt"))
			.allMatch(RuleParameter::unconfirmed);
		assertThat(params.get("salary.early_raise_quota_pct", day(2026, 1, 1)).unconfirmed()).isTrue();
		assertThat(params.get("salary.early_raise_quota_pct", day(2020, 1, 1)).unconfirmed()).isFalse();
		assertThat(params.get("appoint.min_remaining_months_first_or_higher", day(2026, 1, 1)).unconfirmed()).isFalse();
	}

}
