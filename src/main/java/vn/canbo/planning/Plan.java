package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan (quy hoạch): unit, term, kind, the approving decision (number, date, issuer),
 * the titles planned with their candidates (removed ones included, history).
 */
@org.springframework.modulith.NamedInterface("api")
public record Plan(long id, long unitId, String unitName, PlanningTerm term, PlanKind kind, String decisionNumber,
		LocalDate decidedOn, String issuer, String note, List<Title> titles) {

	/** A title planned from a day, with its candidates. */
	@org.springframework.modulith.NamedInterface("api")
	public record Title(String titleCode, String titleName, LocalDate addedOn, List<Candidate> candidates) {

		public long activeCount() {
			return candidates.stream().filter(c -> c.removedOn() == null).count();
		}

	}

}
