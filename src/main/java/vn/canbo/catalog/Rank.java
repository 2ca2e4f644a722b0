package vn.canbo.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A civil-service rank (ngạch) or professional title with its pay table (NĐ 204/2004):
 * the coefficient (hệ số lương) of each step (bậc) 1..n and the months between regular
 * step raises (24 or 36; 0 = none).
 */
public record Rank(String code, String name, String payTable, List<BigDecimal> coefficients, int raiseMonths) {

	public Rank {
		coefficients = List.copyOf(coefficients);
	}

	/**
	 * Reads a RANK entry: attributes payTable, coefficients ("2.34,2.67,…" by step) and
	 * raiseMonths.
	 * @throws NumberFormatException when the stored attributes are not numbers
	 * (administration prevents it)
	 */
	public static Rank of(CatalogItem item) {
		String cs = item.attribute("coefficients");
		List<BigDecimal> coefficients = cs == null ? List.of()
				: Arrays.stream(cs.split(","))
					.map(String::strip)
					.filter(v -> !v.isEmpty())
					.map(BigDecimal::new)
					.toList();
		String months = item.attribute("raiseMonths");
		return new Rank(item.code(), item.name(), item.attribute("payTable"), coefficients,
				months == null || months.isBlank() ? 0 : Integer.parseInt(months.strip()));
	}

	/** Number of steps (bậc). */
	public int steps() {
		return coefficients.size();
	}

	/** The coefficient of a step counted from 1; empty outside 1..steps(). */
	public Optional<BigDecimal> coefficient(int step) {
		return step >= 1 && step <= coefficients.size() ? Optional.of(coefficients.get(step - 1)) : Optional.empty();
	}

	/**
	 * True on the last step: no regular raise, only the seniority allowance above the
	 * last step.
	 */
	public boolean isLastStep(int step) {
		return step == coefficients.size();
	}
}
