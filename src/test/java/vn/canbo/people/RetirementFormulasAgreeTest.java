package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.canbo.rules.Retirement;
import vn.canbo.shared.PartialDate;

/** PeopleStatistics' copy of the NĐ 135/2020 formula gives the same ages and dates as vn.canbo.rules.Retirement. */
class RetirementFormulasAgreeTest {

    @Test
    void statisticsAndRulesAgreeForBirthYears1955To2010() {
        for (Gender g : Gender.values()) {
            boolean male = g == Gender.MALE;
            for (int y = 2000; y <= 2080; y++) {
                assertThat(PeopleStatistics.statutoryMonths(male, y)).as("%s %s", g, y)
                        .isEqualTo(Retirement.statutoryAgeMonths(g, y));
            }
            for (YearMonth b = YearMonth.of(1955, 1); b.getYear() <= 2010; b = b.plusMonths(1)) {
                assertThat(PeopleStatistics.pensionStart(male, b)).as("%s %s", g, b)
                        .isEqualTo(Retirement.of(g, PartialDate.ofMonth(b.getYear(), b.getMonthValue())).retirementDate());
            }
        }
    }
}
