package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Diễn biến lương: ngạch (rankCode, catalog RANK), bậc, hệ số, % hưởng, phụ cấp thâm niên
 * vượt khung, phụ cấp chức vụ, lương theo vị trí việc làm; valid over [validFrom,
 * validTo). One row at a time.
 */
@org.springframework.modulith.NamedInterface("api")
public record Salary(Long id, String rankCode, Integer step, BigDecimal coefficient, BigDecimal percent,
		BigDecimal seniorityAllowancePct, BigDecimal positionAllowance, String otherAllowances,
		BigDecimal jobPositionSalary, LocalDate validFrom, LocalDate validTo, String decisionNumber,
		LocalDate decisionDate) {

	public static Salary of(String rankCode, int step, BigDecimal coefficient, LocalDate validFrom) {
		return new Salary(null, rankCode, step, coefficient, null, null, null, null, null, validFrom, null, null, null);
	}

	public boolean validOn(LocalDate d) {
		return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
	}
}
