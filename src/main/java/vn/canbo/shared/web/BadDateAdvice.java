package vn.canbo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.canbo.shared.Messages;

/**
 * Issue 20, point 10: a date a page cannot read (31/02/2026, "hôm qua") is a field error
 * on the page, not Spring's 400. The page is shown again — a GET without the bad
 * parameter, a POST back on the page the form came from — with the error and the typed
 * value in flash attributes {@code dateErrors} and {@code dateValues} (name → text);
 * {@code fragments/page} lists them and {@code js/date.js} puts each message under its
 * input. The REST API keeps its problem details ({@link ApiExceptionHandler}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BadDateAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) throws Exception {
		if (api(request) || e.getRequiredType() != LocalDate.class) {
			throw e;
		}
		return back(request, Map.of(e.getName(), String.valueOf(e.getValue())));
	}

	@ExceptionHandler(BindException.class)
	String binding(BindException e, HttpServletRequest request) throws Exception {
		Map<String, String> bad = new LinkedHashMap<>();
		for (org.springframework.validation.FieldError f : e.getFieldErrors()) {
			if (!f.isBindingFailure()) {
				continue;
			}
			Class<?> type = e.getBindingResult().getFieldType(f.getField());
			if (type != LocalDate.class) {
				throw e;
			}
			bad.put(f.getField(), String.valueOf(f.getRejectedValue()));
		}
		if (api(request) || bad.isEmpty()) {
			throw e;
		}
		return back(request, bad);
	}

	private static boolean api(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static String back(HttpServletRequest request, Map<String, String> bad) {
		Map<String, String> errors = new LinkedHashMap<>();
		bad.forEach((name, value) -> errors.put(name, Messages.text("shared.error.badDate", value)));
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("dateErrors", errors);
		flash.put("dateValues", new LinkedHashMap<>(bad));
		return "redirect:" + target(request, bad);
	}

	/** GET: the same address without the bad parameters; POST: the page of the form. */
	private static String target(HttpServletRequest request, Map<String, String> bad) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("GET".equals(request.getMethod())) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
			request.getParameterMap().forEach((name, values) -> {
				if (!bad.containsKey(name)) {
					b.queryParam(name, (Object[]) values);
				}
			});
			return b.encode().build().toUriString();
		}
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI r = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(r.getHost()) && r.getPort() == request.getServerPort()
						&& r.getRawPath() != null && r.getRawPath().startsWith(request.getContextPath() + "/")) {
					String p = r.getRawPath().substring(request.getContextPath().length());
					return r.getRawQuery() == null ? p : p + "?" + r.getRawQuery();
				}
			}
			catch (IllegalArgumentException ignored) {
				// not an address: back to the path below
			}
		}
		return path;
	}

}
