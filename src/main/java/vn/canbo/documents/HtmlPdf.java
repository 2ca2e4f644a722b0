package vn.canbo.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML → PDF with openhtmltopdf. The fonts are loaded from the classpath
 * ({@code /fonts/NotoSerif-*.ttf}, SIL OFL) and embedded as subsets, so every Vietnamese
 * letter prints the same on any machine; no system font is used. Templates must use
 * {@code font-family: 'Noto Serif'} ({@link #FONT}).
 */
final class HtmlPdf {

	static final String FONT = "Noto Serif";

	private HtmlPdf() {
	}

	static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder b = new PdfRendererBuilder();
			b.useFastMode();
			b.useFont(() -> font("NotoSerif-Regular.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			b.useFont(() -> font("NotoSerif-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			b.useFont(() -> font("NotoSerif-Italic.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
			b.withHtmlContent(xhtml, null);
			b.toStream(out);
			b.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static InputStream font(String file) {
		InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
		}
		return in;
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
