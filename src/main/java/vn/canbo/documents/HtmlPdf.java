package vn.canbo.documents;

import java.io.InputStream;

/**
 * The documents' PDFs: XHTML in Noto Serif ({@link #FONT}) rendered by
 * {@link vn.canbo.shared.HtmlPdf} (text written into it by hand is escaped with
 * {@link vn.canbo.shared.HtmlPdf#escape}).
 */
final class HtmlPdf {

	static final String FONT = vn.canbo.shared.HtmlPdf.Font.SERIF.family();

	private HtmlPdf() {
	}

	static byte[] render(String xhtml) {
		return vn.canbo.shared.HtmlPdf.render(xhtml, vn.canbo.shared.HtmlPdf.Font.SERIF);
	}

	static InputStream font(String file) {
		return vn.canbo.shared.HtmlPdf.file(file);
	}

}
