package vn.canbo.audit.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.canbo.audit.AuditVerifier;

/**
 * Every page gets {@code auditAlarm=true} when the audit chain was found broken and the
 * user is an administrator or an auditor; the layout shows it as a red banner.
 */
@ControllerAdvice(annotations = Controller.class)
class AuditAlarmAdvice {

	private final AuditVerifier verifier;

	AuditAlarmAdvice(AuditVerifier verifier) {
		this.verifier = verifier;
	}

	@ModelAttribute("auditAlarm")
	boolean auditAlarm() {
		if (!verifier.broken()) {
			return false;
		}
		Authentication a = SecurityContextHolder.getContext().getAuthentication();
		return a != null && a.getAuthorities()
			.stream()
			.anyMatch(g -> "AUDIT_READ".equals(g.getAuthority()) || "USER_ADMIN".equals(g.getAuthority()));
	}

}
