package vn.canbo.org;

import java.time.LocalDate;

/**
 * The decision behind a restructuring (quyết định): effective date (ngày hiệu lực,
 * required), number (số quyết định), date signed, issuing authority (cơ quan ban hành)
 * and a free note.
 */
public record Decision(LocalDate effectiveDate, String number, LocalDate date, String issuer, String note) {

	public static Decision on(LocalDate effectiveDate, String number) {
		return new Decision(effectiveDate, number, null, null, null);
	}
}
