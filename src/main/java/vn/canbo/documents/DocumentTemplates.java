package vn.canbo.documents;

import vn.canbo.shared.Messages;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.ValidationException;

/**
 * Mẫu văn bản: editable Word templates of decision documents (quyết định bổ nhiệm, điều
 * động, luân chuyển, nâng lương, nghỉ hưu…) filled with poi-tl tags
 * ({@code {{personName}}}, see {@link DecisionPlaceholders}) from a map. Defaults are
 * seeded from {@code classpath:documents/templates/*.docx}; an administrator may download
 * a template, edit it in Word and upload it again (validated: a real .docx, at most
 * {@link #MAX_BYTES}, only known tags). Every version is kept in
 * {@code document_template_version}.
 */
@Service
public class DocumentTemplates {

	/** Largest accepted template. */
	public static final int MAX_BYTES = 1024 * 1024; // = Spring's default multipart limit

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	DocumentTemplates(JdbcClient jdbc, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	// ---- reading
	// ---------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<DocumentTemplate> list() {
		return jdbc.sql(
				"select code, name, decision_types, version, built_in, updated_by, updated_at, length(content) as size "
						+ "from document_template order by name")
			.query(DocumentTemplates::row)
			.list();
	}

	@Transactional(readOnly = true)
	public DocumentTemplate get(String code) {
		return jdbc.sql(
				"select code, name, decision_types, version, built_in, updated_by, updated_at, length(content) as size "
						+ "from document_template where code = ?")
			.param(code)
			.query(DocumentTemplates::row)
			.optional()
			.orElseThrow(() -> new NotFoundException(Messages.text("documents.error.noTemplate", code)));
	}

	/** The .docx bytes of the current version. */
	@Transactional(readOnly = true)
	public byte[] content(String code) {
		return jdbc.sql("select content from document_template where code = ?")
			.param(code)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new NotFoundException(Messages.text("documents.error.noTemplate", code)));
	}

	/**
	 * The template serving a decision type (e.g.
	 * {@link DecisionPlaceholders#APPOINTMENT}), if any.
	 */
	@Transactional(readOnly = true)
	public Optional<DocumentTemplate> forDecisionType(String decisionType) {
		return jdbc
			.sql("select code, name, decision_types, version, built_in, updated_by, updated_at, length(content) as size "
					+ "from document_template where :type = any(string_to_array(decision_types, ',')) order by code limit 1")
			.param("type", decisionType)
			.query(DocumentTemplates::row)
			.optional();
	}

	// ---- filling
	// ---------------------------------------------------------------------------------------------

	/**
	 * Fills a template with the values of {@code data} (keys of
	 * {@link DecisionPlaceholders}); returns the .docx.
	 */
	@Transactional(readOnly = true)
	public byte[] fill(String code, Map<String, ?> data) {
		return fillBytes(content(code), data);
	}

	/**
	 * The filled template as PDF (its paragraphs and tables laid out in HTML, embedded
	 * Noto Serif fonts).
	 */
	@Transactional(readOnly = true)
	public byte[] fillPdf(String code, Map<String, ?> data) {
		return DocxHtml.pdf(fill(code, data));
	}

	/**
	 * The decision document of a decision type, filled from the map, as DOCX or PDF;
	 * audited as an export of the person's record. No template for the type →
	 * {@link NotFoundException}.
	 */
	@Transactional
	public byte[] decision(String decisionType, Map<String, ?> data, DocumentFormat format, Long personId) {
		DocumentTemplate t = forDecisionType(decisionType).orElseThrow(() -> new NotFoundException(
				Messages.text("documents.error.noDecisionTemplate", String.valueOf(decisionType))));
		byte[] docx = fill(t.code(), data);
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("document", "DECISION");
		what.put("template", t.code());
		what.put("templateVersion", t.version());
		what.put("decisionNumber", data == null ? null : data.get("decisionNumber"));
		what.put("format", (format == null ? DocumentFormat.DOCX : format).extension());
		audit.record(AuditAction.EXPORT, "decision-document",
				String.valueOf(data == null ? null : data.get("decisionNumber")), personId, null, what);
		return format == DocumentFormat.PDF ? DocxHtml.pdf(docx) : docx;
	}

	/**
	 * A document of a template type other than a decision (e.g.
	 * {@link DecisionPlaceholders#EVALUATION_FORM}), filled from the map, as DOCX or PDF;
	 * audited as an export of {@code entity}/{@code entityId} (and of the person's record
	 * when {@code personId} is given). No template for the type →
	 * {@link NotFoundException}.
	 */
	@Transactional
	public byte[] document(String templateType, Map<String, ?> data, DocumentFormat format, String entity,
			String entityId, Long personId) {
		DocumentTemplate t = forDecisionType(templateType).orElseThrow(() -> new NotFoundException(
				Messages.text("documents.error.noDecisionTemplate", String.valueOf(templateType))));
		byte[] docx = fill(t.code(), data);
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("document", templateType);
		what.put("template", t.code());
		what.put("templateVersion", t.version());
		what.put("format", (format == null ? DocumentFormat.DOCX : format).extension());
		audit.record(AuditAction.EXPORT, entity, entityId, personId, null, what);
		return format == DocumentFormat.PDF ? DocxHtml.pdf(docx) : docx;
	}

	static byte[] fillBytes(byte[] template, Map<String, ?> data) {
		Map<String, Object> model = new LinkedHashMap<>();
		if (data != null) {
			// a Boolean stays one: the section {{?withProposer}}…{{/withProposer}} shows
			// or
			// drops its paragraphs
			data.forEach((k, v) -> model.put(k, v instanceof Collection<?> c ? rows(c)
					: v == null ? null : v instanceof Map<?, ?> || v instanceof Boolean ? v : String.valueOf(v)));
		}
		// {{tableRows}} in a table row repeats the row below it once per element
		// (issue 17: the planning list), its cells naming the element's keys as [key]
		com.deepoove.poi.config.Configure config = com.deepoove.poi.config.Configure.builder()
			.bind(DecisionPlaceholders.TABLE_ROWS, new com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy())
			.build();
		try (XWPFTemplate t = XWPFTemplate.compile(new ByteArrayInputStream(template), config).render(model);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			t.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A list of strings becomes a list of {text: …} for the {{?bases}}…{{/bases}}
	 * sections.
	 */
	private static List<Object> rows(Collection<?> c) {
		List<Object> out = new ArrayList<>(c.size());
		for (Object o : c) {
			out.add(o instanceof Map<?, ?> ? o : Map.of(DecisionPlaceholders.TEXT, String.valueOf(o)));
		}
		return out;
	}

	// ---- administration
	// --------------------------------------------------------------------------------------

	/**
	 * Replaces a template's content with an uploaded .docx (new version; the old one is
	 * kept). Rejects anything that is not a Word 2007+ document, larger than
	 * {@link #MAX_BYTES}, or using unknown tags.
	 */
	@Transactional
	public DocumentTemplate replace(String code, byte[] docx) {
		DocumentTemplate before = get(code);
		validate(docx);
		String user = currentUser.username();
		int version = jdbc
			.sql("update document_template set content = ?, version = version + 1, built_in = false, "
					+ "updated_by = ?, updated_at = now() where code = ? returning version")
			.params(docx, user, code)
			.query(Integer.class)
			.single();
		jdbc.sql(
				"insert into document_template_version (code, version, content, updated_by, updated_at) values (?, ?, ?, ?, now())")
			.params(code, version, docx, user)
			.update();
		DocumentTemplate after = get(code);
		audit.record(AuditAction.UPDATE, "document-template", code, null,
				Map.of("version", before.version(), "size", before.size()),
				Map.of("version", after.version(), "size", after.size()));
		return after;
	}

	/** Puts the shipped default back as a new version. */
	@Transactional
	public DocumentTemplate resetToDefault(String code) {
		DefaultTemplates.Default d = DefaultTemplates.ALL.stream()
			.filter(x -> x.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Messages.text("documents.error.noDefault", code)));
		DocumentTemplate t = replace(code, classpath(d));
		jdbc.sql("update document_template set built_in = true where code = ?").param(code).update();
		return get(t.code());
	}

	/**
	 * Checks an uploaded template: not empty, at most {@link #MAX_BYTES}, a .docx (not
	 * .doc, not another file renamed), and every tag known (see
	 * {@link DecisionPlaceholders}). Errors name the field {@code file}.
	 */
	public static void validate(byte[] docx) {
		if (docx == null || docx.length == 0) {
			throw new ValidationException("file", Messages.text("documents.error.noFile"));
		}
		if (docx.length > MAX_BYTES) {
			throw new ValidationException("file", Messages.text("documents.error.tooLarge",
					String.valueOf(docx.length / 1024), String.valueOf(MAX_BYTES / 1024)));
		}
		if (docx.length >= 8 && (docx[0] & 0xff) == 0xD0 && (docx[1] & 0xff) == 0xCF) {
			throw new ValidationException("file", Messages.text("documents.error.doc"));
		}
		if (docx.length < 4 || docx[0] != 'P' || docx[1] != 'K' || docx[2] != 3 || docx[3] != 4) {
			throw new ValidationException("file", Messages.text("documents.error.notDocx"));
		}
		Set<String> tags;
		try {
			tags = tags(docx);
		}
		catch (RuntimeException e) {
			throw new ValidationException("file", Messages.text("documents.error.badDocx"));
		}
		List<String> unknown = tags.stream().filter(t -> !DecisionPlaceholders.names().contains(t)).toList();
		if (!unknown.isEmpty()) {
			throw new ValidationException(List.of(new FieldError("file",
					Messages.text("documents.error.unknownTags",
							String.join(", ", unknown.stream().map(u -> "{{" + u + "}}").toList())),
					String.join(",", unknown))));
		}
	}

	/**
	 * The tag names used in a .docx (sections by their name, e.g. "bases", and the tags
	 * inside them).
	 */
	public static Set<String> tags(byte[] docx) {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFTemplate t = XWPFTemplate.compile(doc)) {
			Set<String> names = new LinkedHashSet<>();
			collect(t.getElementTemplates(), names);
			return names;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void collect(List<MetaTemplate> ts, Set<String> names) {
		for (MetaTemplate m : ts) {
			if (m instanceof BlockTemplate b) {
				names.add(b.getStartMark().getTagName());
				collect(b.getTemplates(), names);
			}
			else if (m instanceof ElementTemplate e) {
				names.add(e.getTagName());
			}
		}
	}

	// ---- seeding
	// ---------------------------------------------------------------------------------------------

	/**
	 * Inserts the shipped defaults that are not in the table yet and brings the built-in
	 * ones nobody edited up to the shipped version (idempotent, safe to run
	 * concurrently).
	 */
	@Transactional
	public void seedDefaults() {
		for (DefaultTemplates.Default d : DefaultTemplates.ALL) {
			byte[] content = classpath(d);
			int n = jdbc.sql(
					"insert into document_template (code, name, decision_types, content, version, built_in, updated_by) "
							+ "values (?, ?, ?, ?, 1, true, 'system') on conflict (code) do nothing")
				.params(d.code(), d.name(), String.join(",", d.decisionTypes()), content)
				.update();
			if (n == 1) {
				jdbc.sql("insert into document_template_version (code, version, content, updated_by, updated_at) "
						+ "values (?, 1, ?, 'system', now()) on conflict do nothing")
					.params(d.code(), content)
					.update();
			}
			else {
				// a template nobody edited (built in) follows the shipped default
				jdbc.sql("update document_template set content = ?, version = version + 1, updated_by = 'system', "
						+ "updated_at = now() where code = ? and built_in and content <> ? returning version")
					.params(content, d.code(), content)
					.query(Integer.class)
					.optional()
					.ifPresent(v -> jdbc
						.sql("insert into document_template_version (code, version, content, updated_by, updated_at) "
								+ "values (?, ?, ?, 'system', now()) on conflict do nothing")
						.params(d.code(), v, content)
						.update());
			}
		}
	}

	static byte[] classpath(DefaultTemplates.Default d) {
		try (InputStream in = DocumentTemplates.class.getResourceAsStream(d.resource())) {
			if (in == null) {
				throw new IllegalStateException("Missing default template " + d.resource());
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static DocumentTemplate row(ResultSet rs, int n) throws SQLException {
		String types = rs.getString("decision_types");
		Timestamp at = rs.getTimestamp("updated_at");
		return new DocumentTemplate(rs.getString("code"), rs.getString("name"),
				types == null || types.isBlank() ? List.of() : Arrays.asList(types.split(",")), rs.getInt("version"),
				rs.getBoolean("built_in"), rs.getString("updated_by"), at == null ? null : at.toInstant(),
				rs.getInt("size"));
	}

}
