package vn.canbo.people;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;

/**
 * Who looked at whom: every opening of a full dossier is recorded in the audit trail
 * ({@link AuditAction#VIEW}), and additionally {@link AuditAction#VIEW_SENSITIVE} when
 * its sensitive fields (ethnicity, religion, health, national ID, family members'
 * political history, history notes) were shown unmasked. Called by every controller that
 * shows a dossier (REST GET /api/v1/persons/{id}, the dossier page) after the scoped read
 * succeeded.
 */
@Component
public class DossierViews {

	/** What VIEW_SENSITIVE names as viewed. */
	static final String SENSITIVE_FIELDS = "ethnicity,religion,health,nationalId,family.politicalHistory,historyNotes";

	private final AuditLog audit;

	DossierViews(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Records that the current user opened the dossier {@code personId};
	 * {@code sensitiveShown}: unmasked.
	 */
	@Transactional
	public void recordView(long personId, boolean sensitiveShown) {
		String id = String.valueOf(personId);
		audit.recordView("person", id, personId, "dossier");
		if (sensitiveShown) {
			audit.recordView("person", id, personId, SENSITIVE_FIELDS);
		}
	}

}
