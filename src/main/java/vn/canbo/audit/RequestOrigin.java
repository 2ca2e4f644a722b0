package vn.canbo.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request comes from. {@code X-Forwarded-For} is honoured only when
 * {@code canbo.audit.trust-forwarded-for=true} (behind a reverse proxy that sets it);
 * otherwise it could be forged.
 */
@Component
public class RequestOrigin {

	private final boolean trustForwardedFor;

	RequestOrigin(AuditSettings settings) {
		this.trustForwardedFor = settings.trustForwardedFor();
	}

	/** The client IP of the current request, or null outside a request. */
	public String ip() {
		HttpServletRequest r = request();
		if (r == null) {
			return null;
		}
		if (trustForwardedFor) {
			String xff = r.getHeader("X-Forwarded-For");
			if (xff != null && !xff.isBlank()) {
				return truncate(xff.split(",")[0].strip(), 64);
			}
		}
		return truncate(r.getRemoteAddr(), 64);
	}

	/** The user agent of the current request, or null. */
	public String userAgent() {
		HttpServletRequest r = request();
		return r == null ? null : truncate(r.getHeader("User-Agent"), 300);
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest()
				: null;
	}

	static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
