package vn.canbo.documents;

import java.io.InputStream;

/**
 * The documents' PDFs: XHTML in Noto Serif ({@link #FONT}) rendered by
 * {@link vn.canbo.shared.HtmlPdf}, and the escaping of text written into it by hand.
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

	/** XML escaping for text put into XHTML by hand. */
	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> {
					if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
						continue;
					}
					b.append(c);
				}
			}
		}
		return b.toString();
	}

}
