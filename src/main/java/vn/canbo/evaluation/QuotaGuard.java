package vn.canbo.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
	 * the save's changes applied).
	 */
	void problems(Campaign c, List<ScoreValidation.Update> updates, List<ScoreEntry> entries, List<FieldError> errors) {
		QuotaCounter.Plan plan = quota.plan(c);
		if (plan.rules().stream().noneMatch(r -> r.mode() == RuleMode.BLOCK)) {
			return;
		}
		Set<Long> exempt = new HashSet<>();
		Map<String, QuotaCounter.Tally> tallies = quota.tallies(plan, exempt);
		for (ScoreValidation.Update u : updates) {
			Subject s = u.subject();
			boolean ex = exempt.contains(s.id());
			plan.tally(tallies, s.regime(), s.unitId(), s.taskGroup()).add(s.rating(), ex, -1);
			plan.tally(tallies, s.regime(), s.unitId(), u.taskGroup()).add(u.rating(), ex, 1);
		}
		Map<Long, String> names = null;
		for (ScoreValidation.Update u : updates) {
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
