package vn.canbo.reports.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.canbo.reports.SummaryReport;
import vn.canbo.shared.Scope;

/**
 * The parameters of a summary report, bound from the query string of its page and of its
 * downloads ({@code ?unitId=…&from=yyyy-MM-dd&to=…&asOf=…&issuer=…&number=…&place=…}).
 */
record SummaryQuery(Long unitId, LocalDate from, LocalDate to, LocalDate asOf, String issuer, String number,
		String place) {

	/** The page's defaults: from the first of January to today. */
	SummaryQuery withDefaultPeriod() {
		LocalDate today = LocalDate.now();
		return new SummaryQuery(unitId, from == null ? LocalDate.of(today.getYear(), 1, 1) : from,
				to == null ? today : to, asOf, issuer, number, place);
	}

	SummaryReport.Summary build(SummaryReport summaries, Scope scope) {
		return summaries.build(scope, unitId, from, to, asOf, issuer, number, place);
	}

	/** The query string of the downloads of the built report {@code s}. */
	String query(SummaryReport.Summary s) {
		return "unitId=" + s.unitId() + "&from=" + from + "&to=" + to + "&asOf=" + s.asOf() + param("issuer", issuer)
				+ param("number", number) + param("place", place);
	}

	private static String param(String k, String v) {
		return v == null || v.isBlank() ? "" : "&" + k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8);
	}

}
