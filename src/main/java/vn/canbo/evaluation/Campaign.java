package vn.canbo.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.canbo.people.PersonCategory;

/**
 * Đợt đánh giá. {@code year} is the year of {@code periodTo}. Once FINALISED,
 * {@code decidedOn}/{@code authority} are the decision of the competent authority and
 * {@code quotaJustification} the recorded reason for an HTXSNV count above the quota
 * (WARN mode).
 */
@org.springframework.modulith.NamedInterface("api")
public record Campaign(long id, String name, long rootUnitId, String rootUnitName, PeriodKind periodKind,
		LocalDate periodFrom, LocalDate periodTo, CampaignKind kind, Set<PersonCategory> categories, LocalDate deadline,
		CampaignStatus status, int subjectCount, int ratedCount, LocalDate decidedOn, String authority,
		String quotaJustification, Instant finalisedAt, String finalisedBy, Instant createdAt, String createdBy) {

	public int year() {
		return periodTo.getYear();
	}

	public boolean finalised() {
		return status == CampaignStatus.FINALISED;
	}

}
