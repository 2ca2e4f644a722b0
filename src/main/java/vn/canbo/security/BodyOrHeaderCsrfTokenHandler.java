package vn.canbo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token is read from the header ({@code X-CSRF-TOKEN}, htmx) or the form body
 * only: a request carrying {@code _csrf} in its query string is refused (403), since a
 * token in a URL leaks through logs, history and the Referer.
 */
class BodyOrHeaderCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		if (inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
			return null;
		}
		return delegate.resolveCsrfTokenValue(request, csrfToken);
	}

	static boolean inQueryString(String query, String name) {
		if (query == null || query.isEmpty()) {
			return false;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String key = eq < 0 ? pair : pair.substring(0, eq);
			try {
				key = URLDecoder.decode(key, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException e) {
				// not decodable: the container does not read it as a parameter either
			}
			if (key.equals(name)) {
				return true;
			}
		}
		return false;
	}

}
