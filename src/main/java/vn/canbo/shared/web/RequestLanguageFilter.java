package vn.canbo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

import vn.canbo.shared.Messages;

/**
 * The language of the request for the filters that answer before the DispatcherServlet
 * resolves it (the security filters: 401 problem details, token and throttling errors).
 * Without it they would see Spring's request context, which takes the language from
 * {@code Accept-Language} (English in MockMvc) instead of the page language: the same
 * {@link LocaleResolver} decides here ({@code canbo-lang} cookie, Vietnamese by default),
 * and {@code ?lang=} in the query string switches as on the pages (the body is not read:
 * an upload stays for its controller).
 */
@Component
class RequestLanguageFilter extends OncePerRequestFilter implements OrderedFilter {

	/** After Spring's RequestContextFilter (-105), before the security filters (-100). */
	static final int ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104;

	private final ObjectProvider<LocaleResolver> resolver;

	RequestLanguageFilter(ObjectProvider<LocaleResolver> resolver) {
		this.resolver = resolver;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(languageOf(request));
		try {
			chain.doFilter(request, response);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private Locale languageOf(HttpServletRequest request) {
		String lang = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.build()
			.getQueryParams()
			.getFirst("lang");
		if (lang != null && !lang.isBlank()) {
			Locale asked = Locale.forLanguageTag(lang.strip().replace('_', '-'));
			// only the languages of the bundles; anything else (?lang=%22) keeps the
			// current one
			if (asked.getLanguage().equals("vi") || asked.getLanguage().equals("en")) {
				return asked;
			}
		}
		LocaleResolver r = resolver.getIfAvailable();
		return r == null ? Messages.VIETNAMESE : r.resolveLocale(request);
	}

}
