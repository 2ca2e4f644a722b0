package vn.canbo.career.web;

import java.time.LocalDate;
import vn.canbo.career.Alerts;

/**
 * The alert list's query of the page and of its Excel export: from a date (today by
 * default) for a number of days (the default window when missing or not positive), of one
 * kind or all; the page of the list (from 0; the export takes every alert).
 */
record AlertWindow(LocalDate from, Integer days, Alerts.Kind kind, Integer page) {

	/** Rows per page of the alert page. */
	static final int PAGE_SIZE = 100;

	int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}

	LocalDate start() {
		return from == null ? LocalDate.now() : from;
	}

	int window(Alerts alerts) {
		return days == null || days <= 0 ? alerts.defaultWindowDays(start()) : days;
	}

}
