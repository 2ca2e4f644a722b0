package vn.canbo.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditEntry;
import vn.canbo.audit.AuditFilter;
import vn.canbo.audit.AuditLog;
import vn.canbo.audit.AuditVerifier;
import vn.canbo.shared.PageResult;

/** REST: the audit log for auditors (AUDIT_READ). */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditApiController {

	private final AuditLog audit;

	private final AuditExport export;

	private final AuditVerifier verifier;

	AuditApiController(AuditLog audit, AuditExport export, AuditVerifier verifier) {
		this.audit = audit;
		this.export = export;
		this.verifier = verifier;
	}

	@GetMapping
	PageResult<AuditEntry> search(AuditFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return audit.search(filter, page, size);
	}

	@GetMapping("/export.xlsx")
	void exportXlsx(AuditFilter filter, HttpServletResponse response) {
		export.send(filter, response);
	}

	/** Runs the chain verification now. */
	@GetMapping("/verification")
	AuditVerifier.Result verification() {
		return verifier.verify();
	}

}
