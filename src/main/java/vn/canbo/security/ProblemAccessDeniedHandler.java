package vn.canbo.security;

import vn.canbo.shared.Messages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.ObjectMapper;

/**
 * 403 as RFC 9457 problem details (in the request's language) for the REST API and htmx
 * requests, like every other error there; a full page keeps the error page.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final ObjectMapper json;

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	ProblemAccessDeniedHandler(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException, ServletException {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (!api && request.getHeader("HX-Request") == null) {
			page.handle(request, response, e);
			return;
		}
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", Messages.text("security.error.forbiddenTitle"));
		body.put("status", HttpServletResponse.SC_FORBIDDEN);
		body.put("detail", Messages
			.text(e instanceof CsrfException ? "security.error.forbiddenCsrf" : "security.error.forbidden"));
		body.put("instance", request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

}
