package vn.canbo.security;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.ObjectMapper;

/**
 * REST API answers when authentication is missing or fails, as problem details in
 * Vietnamese: 401 with {@code WWW-Authenticate}, or 429 with {@code Retry-After} while a
 * login is throttled.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ObjectMapper json;

	ApiAuthenticationEntryPoint(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		if (e instanceof LoginThrottledException t) {
			response.setStatus(429);
			response.setHeader("Retry-After",
					String.valueOf(Math.max(1, Duration.between(Instant.now(), t.until()).toSeconds())));
			body.put("title", Messages.text("security.error.throttledTitle"));
			body.put("status", 429);
			body.put("detail", e.getMessage());
		}
		else {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.addHeader("WWW-Authenticate", "Basic realm=\"canbo\"");
			response.addHeader("WWW-Authenticate", "Bearer realm=\"canbo\"");
			body.put("title", Messages.text("security.error.unauthenticatedTitle"));
			body.put("status", 401);
			String badToken = Messages.text("security.error.badToken");
			body.put("detail",
					e instanceof org.springframework.security.authentication.BadCredentialsException
							&& badToken.equals(e.getMessage()) ? badToken
									: Messages.text("security.error.unauthenticated"));
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

}
