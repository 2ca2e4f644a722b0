package vn.canbo.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditEntry;
import vn.canbo.audit.AuditFilter;
import vn.canbo.audit.AuditLog;
import vn.canbo.audit.AuditVerifier;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * The auditor's page: filter, page through, expand a row to see what changed, export to
 * Excel.
 */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditPageController {

	private final AuditLog audit;

	private final AuditExport export;

	private final AuditVerifier verifier;

	private final ObjectMapper json;

	AuditPageController(AuditLog audit, AuditExport export, AuditVerifier verifier, ObjectMapper json) {
		this.audit = audit;
		this.export = export;
		this.verifier = verifier;
		this.json = json;
	}

	/** A row of the page with its field-by-field difference. */
	public record Row(AuditEntry e, List<Change> changes) {
	}

	public record Change(String field, String before, String after, boolean changed) {
	}

	@GetMapping("/audit")
	String page(AuditFilter f, Scope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Model model) {
		PageResult<AuditEntry> result = audit.search(f, scope, page, size);
		model.addAttribute("filter", f);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.items().stream().map(e -> new Row(e, diff(e.before(), e.after()))).toList());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("verification", verifier.lastResult().orElse(null));
		String qs = query(f);
		model.addAttribute("exportHref", "/audit/export.xlsx" + (qs.isEmpty() ? "" : "?" + qs));
		String base = "/audit?" + (qs.isEmpty() ? "" : qs + "&") + "size=" + result.size() + "&page=";
		model.addAttribute("prevHref", base + (result.page() - 1));
		model.addAttribute("nextHref", base + (result.page() + 1));
		return "audit/index";
	}

	@GetMapping("/audit/export.xlsx")
	void exportXlsx(AuditFilter filter, Scope scope, HttpServletResponse response) {
		export.send(filter, scope, response);
	}

	/** The query string of the filter, for paging and export links. */
	static String query(AuditFilter f) {
		Map<String, Object> q = new LinkedHashMap<>();
		q.put("username", f.username());
		q.put("personId", f.personId());
		q.put("entityType", f.entityType());
		q.put("entityId", f.entityId());
		q.put("action", f.action());
		q.put("from", f.from());
		q.put("to", f.to());
		q.values().removeIf(Objects::isNull);
		StringBuilder sb = new StringBuilder();
		q.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&")
			.append(k)
			.append('=')
			.append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8)));
		return sb.toString();
	}

	/** Top-level fields of before and after, side by side. */
	List<Change> diff(String before, String after) {
		JsonNode b = parse(before);
		JsonNode a = parse(after);
		Set<String> fields = new LinkedHashSet<>();
		if (b != null && b.isObject()) {
			fields.addAll(b.propertyNames());
		}
		if (a != null && a.isObject()) {
			fields.addAll(a.propertyNames());
		}
		List<Change> out = new ArrayList<>();
		if (fields.isEmpty()) {
			if (b != null || a != null) {
				out.add(new Change("", text(b), text(a), !Objects.equals(b, a)));
			}
			return out;
		}
		for (String field : fields) {
			JsonNode bv = b != null && b.isObject() ? b.get(field) : null;
			JsonNode av = a != null && a.isObject() ? a.get(field) : null;
			out.add(new Change(field, text(bv), text(av), !Objects.equals(bv, av)));
		}
		return out;
	}

	private JsonNode parse(String s) {
		if (s == null) {
			return null;
		}
		try {
			return json.readTree(s);
		}
		catch (JacksonException e) {
			return json.getNodeFactory().stringNode(s);
		}
	}

	private static String text(JsonNode n) {
		if (n == null || n.isNull()) {
			return "";
		}
		return n.isValueNode() ? n.asString() : n.toString();
	}

}
