package vn.canbo.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import vn.canbo.shared.Scope;

/** REST: the audit log for auditors (AUDIT_READ), within the reader's scope. */
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
	PageResult<AuditEntry> search(AuditFilter filter, Scope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return audit.search(filter, scope, page, size);
	}

	@GetMapping("/export.xlsx")
	void exportXlsx(AuditFilter filter, Scope scope, HttpServletResponse response) {
		export.send(filter, scope, response);
	}

	/**
	 * Runs the chain verification now. A reader restricted to part of the tree gets the
	 * verdict and the number of problems, not the ids of the events concerned (they may
	 * lie outside the scope).
	 */
	@GetMapping("/verification")
	AuditVerifier.Result verification(Scope scope) {
		AuditVerifier.Result r = verifier.verify();
		return audit.readsWholeTree(scope) ? r
				: new AuditVerifier.Result(r.intact(), r.checked(), r.problemCount(), List.of(), r.at());
	}

}
