package vn.canbo.reports;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Scope;

/**
 * SPI for the summary report: a module contributes sentences with their drill-down
 * (targets: each programme indicator's achievement). Implementations compute within the
 * scope; {@code unitId} is the report's unit.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface SummarySection {

	List<Line> lines(Scope scope, long unitId, LocalDate from, LocalDate to, LocalDate asOf);

	/**
	 * {@code label}: what the sentence is about; {@code text}: the sentence;
	 * {@code link}: its drill-down or null.
	 */
	record Line(String label, String text, String link) {
	}

}
