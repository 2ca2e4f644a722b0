package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;

/** The audit events of grid saves (and import batches) of scores. */
@Component
class ScoreAudit {

	private final AuditLog audit;

	ScoreAudit(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * A save of one row is one event of the subject (with its person); a save of several
	 * rows (a grid, an import batch) is one event of the campaign naming every subject
	 * with its values before and after, as the people module's bulk writes do, so that
	 * 60,000 imported scores append a few links to the audit chain, not 60,000.
	 */
	void saved(Campaign c, List<ScoreValidation.Update> updates) {
		if (updates.size() == 1) {
			ScoreValidation.Update u = updates.get(0);
			Subject s = u.subject();
			audit.record(AuditAction.UPDATE, "evaluation_subject", String.valueOf(s.id()), s.personId(), values(s),
					values(u));
			return;
		}
		List<Map<String, Object>> changes = new ArrayList<>();
		for (ScoreValidation.Update u : updates) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("subjectId", u.subject().id());
			m.put("personId", u.subject().personId());
			m.put("before", values(u.subject()));
			m.put("after", values(u));
			changes.add(m);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("scores", updates.size());
		after.put("subjects", changes);
		audit.record(AuditAction.UPDATE, "evaluation_campaign", String.valueOf(c.id()), null, null, after);
	}

	private static Map<String, Object> values(Subject s) {
		return values(s.commonScore(), s.taskScore(), s.score(), s.rating(), s.disqualifiers(), s.taskGroup());
	}

	private static Map<String, Object> values(ScoreValidation.Update u) {
		return values(u.common(), u.task(), u.score(), u.rating(), u.disqualifiers(), u.taskGroup());
	}

	private static Map<String, Object> values(BigDecimal common, BigDecimal task, BigDecimal score, Rating r,
			Disqualifiers d, String group) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("commonScore", common);
		m.put("taskScore", task);
		m.put("score", score);
		m.put("rating", r == null ? null : r.name());
		m.put("disqualifiers", d);
		m.put("taskGroup", group);
		return m;
	}

}
