package vn.canbo.documents;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link CvModel} with the Thymeleaf template {@code documents/pdf/cv.html}
 * (XHTML) and prints it to PDF.
 */
@Component
class CvHtml {

	private final ITemplateEngine thymeleaf;

	CvHtml(ITemplateEngine thymeleaf) {
		this.thymeleaf = thymeleaf;
	}

	String html(CvModel m) {
		Context ctx = new Context(Locale.forLanguageTag("vi"));
		ctx.setVariable("m", m);
		ctx.setVariable("font", HtmlPdf.FONT);
		return thymeleaf.process("documents/pdf/cv", ctx);
	}

	byte[] pdf(CvModel m) {
		return HtmlPdf.render(html(m));
	}

}
