package vn.canbo.career.web;

import java.time.LocalDate;
import vn.canbo.career.DecisionFilter;
import vn.canbo.career.DecisionStatus;
import vn.canbo.career.DecisionType;

/**
 * The filter fields of the decision list page and of its Excel export (bound from the
 * query string).
 */
record DecisionListQuery(DecisionType type, DecisionStatus status, LocalDate from, LocalDate to, String q,
		Long unitId) {

	DecisionFilter filter() {
		return new DecisionFilter(type, status, from, to, null, q, unitId);
	}

}
