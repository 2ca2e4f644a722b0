package vn.canbo.people;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;

/**
 * How the writes of a dossier are recorded in the audit log: a dossier (entity type
 * {@code person}) with only its changed fields, a history entry (entity type = its table)
 * with the row as stored. Used by {@link DossierWrites} and {@link HistoryEntries}.
 */
@Component
class DossierAudit {

	private final AuditLog audit;

	private final ObjectMapper json;

	private final HistoryRows history;

	DossierAudit(AuditLog audit, ObjectMapper json, HistoryRows history) {
		this.audit = audit;
		this.json = json;
		this.history = history;
	}

	/** An event about the dossier {@code entityId} (or a batch of dossiers). */
	void person(AuditAction action, String entityId, Long personId, Object before, Object after) {
		audit.record(action, "person", entityId, personId, before, after);
	}

	/**
	 * Records an update of the dossier fields: only the changed fields, before and after.
	 */
	@SuppressWarnings("unchecked")
	void changedFields(long id, PersonData before, PersonData after) {
		Map<String, Object> b = json.convertValue(before, Map.class);
		Map<String, Object> a = json.convertValue(after, Map.class);
		Map<String, Object> changedBefore = new LinkedHashMap<>();
		Map<String, Object> changedAfter = new LinkedHashMap<>();
		Set<String> keys = new LinkedHashSet<>(b.keySet());
		keys.addAll(a.keySet());
		for (String k : keys) {
			if (!Objects.equals(b.get(k), a.get(k))) {
				changedBefore.put(k, b.get(k));
				changedAfter.put(k, a.get(k));
			}
		}
		person(AuditAction.UPDATE, String.valueOf(id), id, changedBefore, changedAfter);
	}

	/** A history row as stored (JSON of every column), for the audit trail. */
	JsonNode row(HistoryKind<?> kind, long id) {
		return history.json(kind, id).map(json::readTree).orElse(null);
	}

	/**
	 * Records a change of a history entry (entity type = its table, e.g.
	 * {@code person_position}, with the person's id): {@code before} as given,
	 * {@code after} the row as stored now (for a correction: the replacement, whose
	 * {@code replaces_id} names the corrected row; for a deletion: the row with its
	 * deleted_at and reason).
	 */
	void entry(AuditAction action, HistoryKind<?> kind, long personId, long entryId, JsonNode before) {
		audit.record(action, kind.table(), String.valueOf(entryId), personId, before, row(kind, entryId));
	}

}
