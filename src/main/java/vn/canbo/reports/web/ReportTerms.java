package vn.canbo.reports.web;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.canbo.shared.Messages;
import vn.canbo.shared.VietnameseText;

/**
 * Issue 20, point 12: the texts a report page shows from stored records — the standard
 * layouts' names, column groups and headers (table {@code report_layout}), the person
 * categories — in the page's language. Vietnamese pages show the stored text unchanged;
 * English pages show {@code reports.term.<folded text>} of the bundle when there is one
 * ("Dân tộc thiểu số" → {@code reports.term.dan_toc_thieu_so}), else the stored text (a
 * layout an administrator added). Documents and exports keep the stored Vietnamese text.
 * From templates: {@code ${@reportTerms.t(c.header())}}.
 */
@Component("reportTerms")
public class ReportTerms {

	public String t(String text) {
		return of(text, Messages.locale());
	}

	static String of(String text, Locale locale) {
		if (text == null || text.isBlank() || !"en".equals(locale.getLanguage())) {
			return text;
		}
		String key = "reports.term." + VietnameseText.fold(text).replaceAll("[^a-z0-9]", "_");
		return Messages.source().getMessage(key, null, text, locale);
	}

}
