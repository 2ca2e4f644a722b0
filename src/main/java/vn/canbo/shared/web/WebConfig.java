package vn.canbo.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.canbo.shared.Messages;

/** Vietnamese by default; {@code ?lang=en} switches to English (kept in a cookie). */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	/** The message bundles of every module, declared once in {@link Messages}. */
	@Bean
	MessageSource messageSource() {
		return Messages.source();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver r = new CookieLocaleResolver("canbo-lang");
		r.setDefaultLocale(Messages.VIETNAMESE);
		r.setCookieMaxAge(Duration.ofDays(365));
		return r;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor i = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = super.parseLocaleValue(value);
				if (locale == null || !Set.of("vi", "en").contains(locale.getLanguage())) {
					throw new IllegalArgumentException("unsupported language");
				}
				return locale;
			}
		};
		i.setParamName("lang");
		// ?lang=%22 and other malformed or unknown values keep the current language (was
		// a 500)
		i.setIgnoreInvalidLocale(true);
		registry.addInterceptor(i);
	}

	/**
	 * Issue 20: one date rule for every page parameter, dd/MM/yyyy (and ISO for links and
	 * the API) — registered after Boot's formatters, so it is also the one used where a
	 * parameter still says {@code @DateTimeFormat(iso = …)}.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(java.time.LocalDate.class, new DayFormatter());
	}

}
