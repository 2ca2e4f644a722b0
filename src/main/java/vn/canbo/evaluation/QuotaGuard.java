package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.canbo.rules.RuleMode;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/** The HTXSNV quota as a check of a grid save (BLOCK mode). */
@Component
class QuotaGuard {

	private final QuotaCounter quota;

	private final CampaignAccess access;

	QuotaGuard(QuotaCounter quota, CampaignAccess access) {
		this.quota = quota;
		this.access = access;
	}

	/**
	 * BLOCK mode: an HTXSNV set by this save in a group that would then be over the quota
	 * is refused (counted from the stored ratings with the save's changes applied, and
	 * the {@code pending} rows of an import's earlier batches, to which the accepted rows
	 * are then added).
	 */
	void problems(Campaign c, List<ScoreValidation.Update> updates, List<ScoreEntry> entries, PendingRatings pending,
			List<FieldError> errors) {
		if (c.kind() == CampaignKind.COLLECTIVE || updates.isEmpty()) {
			return;
		}
		// the groups lie within units: only the units of the save are counted
		QuotaCheck q = quota.check(c, updates.stream().map(u -> u.subject().unitId()).collect(Collectors.toSet()),
				Map.of());
		if (q.mode() != RuleMode.BLOCK) {
			return;
		}
		Map<String, int[]> counts = new HashMap<>();
		q.groups()
			.forEach(g -> counts.put(QuotaCounter.groupKey(g.unitId(), g.taskGroup(), q.grouping()),
					new int[] { g.excellent(), g.good() }));
		if (pending != null) {
			pending.counts.forEach((key, n) -> {
				int[] m = counts.computeIfAbsent(key, k -> new int[2]);
				m[0] += n[0];
				m[1] += n[1];
			});
		}
		for (ScoreValidation.Update u : updates) {
			delta(counts, u, q.grouping());
		}
		Map<Long, String> names = null;
		List<ScoreValidation.Update> accepted = new ArrayList<>();
		for (ScoreValidation.Update u : updates) {
			Subject s = u.subject();
			int[] n = counts.get(QuotaCounter.groupKey(s.unitId(), u.taskGroup(), q.grouping()));
			int allowed = QuotaCheck.allowed(q.pct(), n[1]);
			if (u.rating() == Rating.EXCELLENT && n[0] > allowed
					&& (s.rating() != Rating.EXCELLENT || !Objects.equals(s.taskGroup(), u.taskGroup()))) {
				if (names == null) {
					names = access.unitNames(updates.stream().map(x -> x.subject().unitId()).distinct().toList(),
							c.periodTo());
				}
				errors.add(new FieldError("entries[" + indexOf(entries, s) + "].rating",
						Messages.text("evaluation.error.quotaExceeded", s.name(), names.get(s.unitId()),
								u.taskGroup() == null || "UNIT".equals(q.grouping())
										? Messages.text("evaluation.quota.noGroup") : u.taskGroup(),
								allowed, q.pct(), n[1], n[0]),
						Rating.EXCELLENT.code()));
			}
			else {
				accepted.add(u);
			}
		}
		if (pending != null) {
			accepted.forEach(u -> delta(pending.counts, u, q.grouping()));
		}
	}

	/** The change a row makes to the counts: its stored rating out, its new one in. */
	private static void delta(Map<String, int[]> counts, ScoreValidation.Update u, String grouping) {
		Subject s = u.subject();
		add(counts, QuotaCounter.groupKey(s.unitId(), s.taskGroup(), grouping), s.rating(), -1);
		add(counts, QuotaCounter.groupKey(s.unitId(), u.taskGroup(), grouping), u.rating(), 1);
	}

	private static void add(Map<String, int[]> counts, String key, Rating r, int delta) {
		int[] n = counts.computeIfAbsent(key, k -> new int[2]);
		if (r == Rating.EXCELLENT) {
			n[0] += delta;
		}
		else if (r == Rating.GOOD) {
			n[1] += delta;
		}
	}

	private static int indexOf(List<ScoreEntry> entries, Subject s) {
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
