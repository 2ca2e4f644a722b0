package vn.canbo.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * User-facing text from the message bundles ({@code src/main/resources/i18n}), in the
 * language of the current request ({@code ?lang=en}, kept in a cookie) and in Vietnamese
 * outside a request (background jobs, bulk loads, tests that call a service directly).
 * Java code never holds a user-facing string: it names a key, e.g.
 * {@code throw new ValidationException("fullName", Messages.text("people.error.fullNameRequired"))};
 * the Vietnamese text lives in {@code <module>.properties}, the English one in
 * {@code <module>_en.properties}.
 * <p>
 * The same {@link MessageSource} serves the Thymeleaf pages (it is the application's
 * {@code messageSource} bean), so the list of bundles is declared here only.
 */
public final class Messages {

	/** Vietnamese, the default language of every page, answer and document. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final String[] BASENAMES = { "i18n/messages", "i18n/org", "i18n/people", "i18n/catalog",
			"i18n/security", "i18n/audit", "i18n/documents", "i18n/career", "i18n/rules", "i18n/reports",
			"i18n/imports", "i18n/targets", "i18n/evaluation", "i18n/training", "i18n/planning", "i18n/party" };

	private static final ResourceBundleMessageSource SOURCE = create();

	private Messages() {
	}

	private static ResourceBundleMessageSource create() {
		ResourceBundleMessageSource s = new ResourceBundleMessageSource();
		s.setBasenames(BASENAMES);
		s.setDefaultEncoding("UTF-8");
		s.setFallbackToSystemLocale(false);
		return s;
	}

	/** The bundles' base names ({@code i18n/people}…), for the test that checks them. */
	static java.util.List<String> basenames() {
		return java.util.List.of(BASENAMES);
	}

	/** The bundles, for the application context and the templates. */
	public static MessageSource source() {
		return SOURCE;
	}

	/** The language of the current request; Vietnamese when there is none. */
	public static Locale locale() {
		return LocaleContextHolder.getLocaleContext() == null ? VIETNAMESE : LocaleContextHolder.getLocale();
	}

	/**
	 * The text of {@code key} in the current language, {@code {0}}, {@code {1}}… replaced
	 * by {@code args}.
	 */
	public static String text(String key, Object... args) {
		return SOURCE.getMessage(key, args, locale());
	}

	/** The text of {@code key} in {@code locale}. */
	public static String text(Locale locale, String key, Object... args) {
		return SOURCE.getMessage(key, args, locale);
	}

}
