package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canbo.rules.RuleMode;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/** The HTXSNV quotas as a check of a grid save (rules in BLOCK mode). */
@Component
class QuotaGuard {

	private final QuotaCounter quota;

	private final CampaignAccess access;

	QuotaGuard(QuotaCounter quota, CampaignAccess access) {
		this.quota = quota;
		this.access = access;
	}

	/**
	 * BLOCK mode: an HTXSNV set by this save in a group whose rule is in BLOCK mode and
	 * that would then be over its quota is refused (counted from the stored ratings with
	 * the save's changes applied, and the {@code pending} rows of an import's earlier
	 * batches, to which the rows accepted here are then added).
	 */
	void problems(Campaign c, List<ScoreValidation.Update> updates, List<ScoreEntry> entries, PendingRatings pending,
			List<FieldError> errors) {
		if (updates.isEmpty()) {
			return;
		}
		QuotaCounter.Plan plan = quota.plan(c);
		if (plan.rules().stream().noneMatch(r -> r.mode() == RuleMode.BLOCK)) {
			return;
		}
		Set<Long> exempt = new HashSet<>();
		// the groups of the units the save touches (groups spanning units: all)
		Set<Long> units = updates.stream().map(u -> u.subject().unitId()).collect(Collectors.toSet());
		Map<String, QuotaCounter.Tally> tallies = quota.tallies(plan, exempt, units);
		if (pending != null) {
			pending.apply(plan, tallies, plan.withinUnits() ? units : null);
		}
		List<PendingRatings.Change> changes = new ArrayList<>();
		for (ScoreValidation.Update u : updates) {
			Subject s = u.subject();
			PendingRatings.Change change = new PendingRatings.Change(s.regime(), s.unitId(), s.taskGroup(), s.rating(),
					u.taskGroup(), u.rating(), exempt.contains(s.id()));
			change.apply(plan, tallies);
			changes.add(change);
		}
		Map<Long, String> names = null;
		for (int i = 0; i < updates.size(); i++) {
			ScoreValidation.Update u = updates.get(i);
			Subject s = u.subject();
			QuotaCounter.Tally n = plan.tally(tallies, s.regime(), s.unitId(), u.taskGroup());
			int allowed = n.allowed();
			if (n.rule.mode() == RuleMode.BLOCK && u.rating() == Rating.EXCELLENT && !exempt.contains(s.id())
					&& n.excellent > allowed
					&& (s.rating() != Rating.EXCELLENT || !Objects.equals(s.taskGroup(), u.taskGroup()))) {
				if (names == null) {
					names = access.unitNames(tallies.values().stream().map(t -> t.unitId).distinct().toList(),
							c.periodTo());
				}
				errors.add(new FieldError("entries[" + indexOf(entries, s) + "].rating",
						Messages.text("evaluation.error.quotaExceeded", s.name(), names.get(n.unitId),
								n.taskGroup == null ? Messages.text("evaluation.quota.noGroup") : n.taskGroup, allowed,
								n.rule.pct(), n.base(), n.excellent) + QuotaCounter.basis(n.rule),
						Rating.EXCELLENT.code()));
			}
			else if (pending != null) {
				pending.add(changes.get(i));
			}
		}
	}

	static int indexOf(List<ScoreEntry> entries, Subject s) {
		for (int i = 0; i < entries.size(); i++) {
			ScoreEntry e = entries.get(i);
			if (e != null && (Long.valueOf(s.id()).equals(e.subjectId())
					|| e.subjectId() == null && s.personId() != null && s.personId().equals(e.personId()))) {
				return i;
			}
		}
		return -1;
	}

}
