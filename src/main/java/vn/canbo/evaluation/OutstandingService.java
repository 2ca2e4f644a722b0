package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/** The exceptions for outstanding collectives (table evaluation_outstanding, V13_3). */
@Service
class OutstandingService implements OutstandingCollectives {

	private static final int MAX_JUSTIFICATION = 2000;

	private final JdbcClient jdbc;

	private final CampaignRows rows;

	private final CampaignAccess access;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	OutstandingService(JdbcClient jdbc, CampaignRows rows, CampaignAccess access, AuditLog audit,
			CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> of(long campaignId, Scope scope) {
		Campaign c = access.campaign(campaignId, scope);
		Set<Long> units = access.scopeUnits(scope, c.periodTo());
		Map<Long, String> out = new LinkedHashMap<>();
		jdbc.sql("""
				select o.subject_id, o.justification, s.unit_id from evaluation_outstanding o
				join evaluation_subject s on s.id = o.subject_id where s.campaign_id = ? order by o.subject_id""")
			.param(campaignId)
			.query(rs -> {
				if (units == null || units.contains(rs.getLong("unit_id"))) {
					out.put(rs.getLong("subject_id"), rs.getString("justification"));
				}
			});
		return out;
	}

	@Override
	@Transactional
	public Subject record(long subjectId, boolean outstanding, String justification, Scope scope) {
		Subject s = access.subject(subjectId, scope);
		rows.lockStatus(s.campaignId());
		Campaign c = access.campaign(s.campaignId(), scope);
		List<FieldError> errors = new ArrayList<>();
		CampaignService.requireOpen(c, errors);
		if (c.kind() != CampaignKind.COLLECTIVE) {
			errors.add(new FieldError("outstanding",
					Messages.text("evaluation.error.outstandingNotCollective", s.name()), subjectId));
		}
		if (s.finalRating()) {
			errors.add(new FieldError("outstanding", Messages.text("evaluation.error.final", s.name()), subjectId));
		}
		String text = justification == null || justification.isBlank() ? null : justification.strip();
		if (outstanding && text == null) {
			errors.add(new FieldError("justification",
					Messages.text("evaluation.error.outstandingJustificationRequired", s.name())));
		}
		else if (text != null && text.length() > MAX_JUSTIFICATION) {
			errors.add(new FieldError("justification",
					Messages.text("evaluation.error.outstandingJustificationTooLong", s.name(), MAX_JUSTIFICATION)));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String before = jdbc.sql("select justification from evaluation_outstanding where subject_id = ?")
			.param(subjectId)
			.query(String.class)
			.optional()
			.orElse(null);
		String user = currentUser.username();
		if (outstanding) {
			jdbc.sql("""
					insert into evaluation_outstanding (subject_id, justification, recorded_by) values (?, ?, ?)
					on conflict (subject_id) do update set justification = excluded.justification,
					    recorded_at = now(), recorded_by = excluded.recorded_by""")
				.params(subjectId, text, user)
				.update();
		}
		else {
			jdbc.sql("delete from evaluation_outstanding where subject_id = ?").param(subjectId).update();
		}
		audit.record(AuditAction.UPDATE, "evaluation_subject", String.valueOf(subjectId), null, value(before),
				value(outstanding ? text : null));
		return access.subject(subjectId, scope);
	}

	private static Map<String, Object> value(String justification) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("outstanding", justification != null);
		m.put("outstandingJustification", justification);
		return m;
	}

}
