package vn.canbo.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Attachment;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.reports.ParagraphTemplates;
import vn.canbo.reports.SummaryExports;
import vn.canbo.reports.SummaryReport;
import vn.canbo.reports.TableExports;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * /reports/summary: the summary report's HTML preview (every figure links to the persons
 * or decisions behind it), /reports/summary/docx and /pdf; /reports/summary/templates:
 * the administrator edits the paragraph templates.
 */
@Controller
class SummaryPageController {

	private final SummaryReport summaries;

	private final SummaryExports exports;

	private final TableExports tables;

	private final ParagraphTemplates templates;

	private final AuditLog audit;

	SummaryPageController(SummaryReport summaries, SummaryExports exports, TableExports tables,
			ParagraphTemplates templates, AuditLog audit) {
		this.summaries = summaries;
		this.exports = exports;
		this.tables = tables;
		this.templates = templates;
		this.audit = audit;
	}

	@GetMapping("/reports/summary")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	String preview(SummaryQuery query, Scope scope, Model model) {
		SummaryQuery q = query.withDefaultPeriod();
		model.addAttribute("q", q);
		try {
			SummaryReport.Summary s = q.build(summaries, scope);
			model.addAttribute("s", s);
			model.addAttribute("query", q.query(s));
		}
		catch (ValidationException e) {
			model.addAttribute("errors", e.errors());
		}
		return "reports/summary";
	}

	/** The report as DOCX or PDF, as the address ends; the export is audited. */
	@GetMapping({ "/reports/summary/docx", "/reports/summary/pdf" })
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('EXPORT')")
	void export(SummaryQuery q, Scope scope, HttpServletRequest req, HttpServletResponse res) {
		boolean pdf = req.getRequestURI().endsWith("/pdf");
		String format = pdf ? "pdf" : "docx";
		SummaryReport.Summary s = q.build(summaries, scope);
		audit.record(AuditAction.EXPORT, "report_summary", String.valueOf(s.unitId()), null, null,
				Map.of("format", format, "from", q.from().toString(), "to", q.to().toString()));
		byte[] content = pdf ? exports.pdf(s, tables) : exports.docx(s);
		String name = Messages.text(Messages.VIETNAMESE, "reports.summary.fileName", s.unitName());
		Attachment.send(res, pdf ? Attachment.PDF : Attachment.DOCX, Attachment.folded(name, format), content);
	}

	@GetMapping("/reports/summary/templates")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	String templates(Model model) {
		model.addAttribute("templates", templates.list());
		return "reports/summary-templates";
	}

	@PostMapping("/reports/summary/templates/{code}")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	String saveTemplate(@PathVariable String code, @RequestParam String body, @RequestParam int version, Model model) {
		try {
			templates.save(code, body, version);
			return "redirect:/reports/summary/templates";
		}
		catch (ValidationException e) {
			model.addAttribute("templates", templates.list());
			model.addAttribute("errorCode", code);
			model.addAttribute("errorBody", body);
			model.addAttribute("errors", e.errors());
			return "reports/summary-templates";
		}
	}

}
