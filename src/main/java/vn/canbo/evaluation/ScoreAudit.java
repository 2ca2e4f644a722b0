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

	/** The columns of a row of a multi-row save's event. */
	static final List<String> COLUMNS = List.of("subjectId", "personId", "commonScore", "taskScore", "score", "rating",
			"degradation", "disciplined", "unitCorruption", "taskGroup");

	/**
	 * A save of one row is one event of the subject (with its person); a save of several
	 * rows (a grid, an import batch) is one event of the campaign naming every subject
	 * with its values before and after, as the people module's bulk writes do, so that
	 * 60,000 imported scores append a few links to the audit chain, not 60,000. Its rows
	 * are arrays in the order of {@link #COLUMNS} (named once per event), before and
	 * after in the same order: a third of the JSON of a map per subject, which the audit
	 * serialises, normalises through jsonb and hashes (issue 15, the import benchmark).
	 */
	void saved(Campaign c, List<ScoreValidation.Update> updates) {
		if (updates.size() == 1) {
			ScoreValidation.Update u = updates.get(0);
			Subject s = u.subject();
			audit.record(AuditAction.UPDATE, "evaluation_subject", String.valueOf(s.id()), s.personId(), values(s),
					values(u));
			return;
		}
		List<List<Object>> before = new ArrayList<>(updates.size());
		List<List<Object>> after = new ArrayList<>(updates.size());
		for (ScoreValidation.Update u : updates) {
			Subject s = u.subject();
			before.add(row(s, s.commonScore(), s.taskScore(), s.score(), s.rating(), s.disqualifiers(), s.taskGroup()));
			after.add(row(s, u.common(), u.task(), u.score(), u.rating(), u.disqualifiers(), u.taskGroup()));
		}
		Map<String, Object> b = new LinkedHashMap<>();
		b.put("columns", COLUMNS);
		b.put("subjects", before);
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("scores", updates.size());
		a.put("columns", COLUMNS);
		a.put("subjects", after);
		audit.record(AuditAction.UPDATE, "evaluation_campaign", String.valueOf(c.id()), null, b, a);
	}

	private static List<Object> row(Subject s, BigDecimal common, BigDecimal task, BigDecimal score, Rating r,
			Disqualifiers d, String group) {
		Disqualifiers x = d == null ? Disqualifiers.NONE : d;
		return java.util.Arrays.asList(s.id(), s.personId(), common, task, score, r == null ? null : r.name(),
				x.degradation(), x.disciplined(), x.unitCorruption(), group);
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
