package vn.canbo.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A civil-service rank (ngạch) or professional title with its pay table (NĐ 204/2004): the coefficient
 * (hệ số lương) of each step (bậc) 1..n and the months between regular step raises (24 or 36; 0 = none).
 */
public record Rank(String code, String name, String payTable, List<BigDecimal> coefficients, int raiseMonths) {

    public Rank {
        coefficients = List.copyOf(coefficients);
    }

    /** Number of steps (bậc). */
    public int steps() {
        return coefficients.size();
    }

    /** The coefficient of a step counted from 1; empty outside 1..steps(). */
    public Optional<BigDecimal> coefficient(int step) {
        return step >= 1 && step <= coefficients.size() ? Optional.of(coefficients.get(step - 1)) : Optional.empty();
    }

    /** True on the last step: no regular raise, only the seniority allowance above the last step. */
    public boolean isLastStep(int step) {
        return step == coefficients.size();
    }
}
