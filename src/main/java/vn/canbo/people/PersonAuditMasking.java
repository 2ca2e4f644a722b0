package vn.canbo.people;

import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.canbo.audit.AuditRedaction;
import vn.canbo.security.Masking;

/**
 * The before/after of audit events as a user without SENSITIVE_READ may see them, with
 * the dossier's own masking: the sensitive dossier fields ({@link DossierFields}, in
 * camelCase or as columns in snake_case, at any depth) are masked — the national ID as in
 * the dossier ({@link Masking#maskNationalId}), the others by {@link Masking#sensitive} —
 * and so are family members' political history and every field of a history note (arrest,
 * former regime, foreign relations) but its bookkeeping columns.
 */
@Component
class PersonAuditMasking implements AuditRedaction {

	static final Set<String> POLITICAL_HISTORY = Set.of("politicalHistory", "political_history");

	static final Set<String> BOOKKEEPING = Set.of("id", "person_id", "personId", "replaces_id", "created_at",
			"created_by", "deleted_at", "deleted_by", "delete_reason");

	private final ObjectMapper json;

	PersonAuditMasking(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public String visible(String entityType, String text) {
		if (Masking.canSeeSensitive()) {
			return text;
		}
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (JacksonException notJson) {
			return text;
		}
		boolean wholeEntry = HistoryKind.HISTORY_NOTE.table().equals(entityType);
		return json.writeValueAsString(mask(node, wholeEntry));
	}

	private JsonNode mask(JsonNode node, boolean wholeEntry) {
		if (node instanceof ObjectNode o) {
			for (String field : Set.copyOf(o.propertyNames())) {
				JsonNode v = o.get(field);
				if (v == null || v.isNull()) {
					continue;
				}
				String camel = camel(field);
				if ("nationalId".equals(camel) && v.isString()) {
					o.put(field, Masking.maskNationalId(v.asString()));
				}
				else if (DossierFields.sensitive(camel) || POLITICAL_HISTORY.contains(field)
						|| (wholeEntry && !BOOKKEEPING.contains(field))) {
					o.put(field, Masking.sensitive(v.isValueNode() ? v.asString() : v.toString()));
				}
				else {
					o.set(field, mask(v, false));
				}
			}
		}
		else if (node instanceof ArrayNode a) {
			for (int i = 0; i < a.size(); i++) {
				a.set(i, mask(a.get(i), false));
			}
		}
		return node;
	}

	/** {@code national_id → nationalId}. */
	static String camel(String name) {
		StringBuilder sb = new StringBuilder(name.length());
		boolean up = false;
		for (char c : name.toCharArray()) {
			if (c == '_') {
				up = true;
			}
			else {
				sb.append(up ? Character.toUpperCase(c) : c);
				up = false;
			}
		}
		return sb.toString();
	}

}
