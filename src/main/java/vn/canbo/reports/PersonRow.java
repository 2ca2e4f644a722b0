package vn.canbo.reports;

import java.time.LocalDate;

/** A person behind a cell (drill-down). */
public record PersonRow(long id, String fullName, String gender, LocalDate birthDate, long unitId, String titleCode,
		String titleText, String category) {
}
