package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Scope first: a campaign is visible when its root unit is in the user's scope (today or
 * on the period's last day); a subject when the unit it is evaluated in is. Anything else
 * does not exist (404).
 */
@Component
class CampaignAccess {

	private final CampaignRows rows;

	private final Units units;

	CampaignAccess(CampaignRows rows, Units units) {
		this.rows = rows;
		this.units = units;
	}

	Campaign campaign(long id, Scope scope) {
		return named(visible(rows.campaign(id, Map.of()), id, scope));
	}

	/** The campaign for a save: in the scope, without its counts nor its unit's name. */
	Campaign campaignForSave(long id, Scope scope) {
		return visible(rows.campaignUncounted(id), id, scope);
	}

	private Campaign visible(java.util.Optional<Campaign> found, long id, Scope scope) {
		return found.filter(x -> inScope(x.rootUnitId(), x.periodTo(), scope))
			.orElseThrow(() -> new NotFoundException(
					Messages.text("evaluation.error.campaignNotFound", String.valueOf(id))));
	}

	boolean inScope(long unitId, LocalDate on, Scope scope) {
		return scope.unrestricted() || units.inScope(unitId, scope, LocalDate.now())
				|| units.inScope(unitId, scope, on);
	}

	/** The scope's units today and on the date; null = unrestricted. */
	Set<Long> scopeUnits(Scope scope, LocalDate on) {
		if (scope.unrestricted()) {
			return null;
		}
		Set<Long> ids = new HashSet<>(units.subtreeIds(scope.rootUnitIds(), LocalDate.now()));
		ids.addAll(units.subtreeIds(scope.rootUnitIds(), on));
		return ids;
	}

	/** The subject, if its campaign and its unit are in the scope. */
	Subject subject(long subjectId, Scope scope) {
		NotFoundException missing = new NotFoundException(
				Messages.text("evaluation.error.subjectNotFound", String.valueOf(subjectId)));
		Subject s = rows.subject(subjectId).orElseThrow(() -> missing);
		Campaign c = rows.campaign(s.campaignId(), Map.of()).orElseThrow(() -> missing);
		if (!inScope(c.rootUnitId(), c.periodTo(), scope) || !inScope(s.unitId(), c.periodTo(), scope)) {
			throw missing;
		}
		return named(List.of(s), c.periodTo()).get(0);
	}

	/** The names of units on the date (or their latest name). */
	Map<Long, String> unitNames(Collection<Long> ids, LocalDate on) {
		return units.namesOn(ids, on);
	}

	Campaign named(Campaign c) {
		String name = unitNames(List.of(c.rootUnitId()), c.periodTo()).get(c.rootUnitId());
		return new Campaign(c.id(), c.name(), c.rootUnitId(), name, c.periodKind(), c.periodFrom(), c.periodTo(),
				c.kind(), c.categories(), c.deadline(), c.status(), c.subjectCount(), c.ratedCount(), c.decidedOn(),
				c.authority(), c.quotaJustification(), c.finalisedAt(), c.finalisedBy(), c.createdAt(), c.createdBy());
	}

	/** Fills the unit names (and, for a unit subject, its name). */
	List<Subject> named(List<Subject> subjects, LocalDate on) {
		Map<Long, String> names = unitNames(subjects.stream().map(Subject::unitId).distinct().toList(), on);
		return subjects.stream()
			.map(s -> new Subject(s.id(), s.campaignId(), s.personId(), s.evaluatedUnitId(),
					s.personId() == null ? names.get(s.unitId()) : s.name(), s.unitId(), names.get(s.unitId()),
					s.taskGroup(), s.category(), s.regime(), s.commonScore(), s.taskScore(), s.score(), s.rating(),
					s.disqualifiers(), s.disciplineOnRecord(), s.finalRating(), s.steps()))
			.toList();
	}

}
