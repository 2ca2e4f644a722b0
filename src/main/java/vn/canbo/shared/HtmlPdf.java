package vn.canbo.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Well-formed XHTML → PDF with openhtmltopdf, for every PDF of the application (reports,
 * the 2C CV, decisions). The fonts are loaded from the classpath ({@code /fonts/*.ttf},
 * SIL OFL) and embedded as subsets, so every Vietnamese letter prints the same on any
 * machine; no system font is used. The XHTML names the family of its {@link Font}.
 */
public final class HtmlPdf {

	/**
	 * The embedded font families, by their CSS name; the files are
	 * {@code /fonts/<name without spaces>-Regular.ttf}, {@code -Bold}, and for the serif
	 * {@code -Italic}.
	 */
	public enum Font {

		/** {@code font-family: 'Noto Serif'}: regular, bold, italic (documents). */
		SERIF("Noto Serif"),
		/** {@code font-family: 'Noto Sans'}: regular and bold (tables). */
		SANS("Noto Sans");

		private final String family;

		Font(String family) {
			this.family = family;
		}

		public String family() {
			return family;
		}

	}

	private HtmlPdf() {
	}

	public static byte[] render(String xhtml, Font font) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder b = new PdfRendererBuilder();
			b.useFastMode();
			String files = font.family.replace(" ", "");
			b.useFont(() -> file(files + "-Regular.ttf"), font.family, 400, FontStyle.NORMAL, true);
			b.useFont(() -> file(files + "-Bold.ttf"), font.family, 700, FontStyle.NORMAL, true);
			if (font == Font.SERIF) {
				b.useFont(() -> file(files + "-Italic.ttf"), font.family, 400, FontStyle.ITALIC, true);
			}
			b.withHtmlContent(xhtml, null);
			b.toStream(out);
			b.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A font file of {@code /fonts} on the classpath. */
	public static InputStream file(String name) {
		InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/" + name);
		if (in == null) {
			throw new IllegalStateException("Font missing from the classpath: /fonts/" + name);
		}
		return in;
	}

	/**
	 * XML escaping for text put into XHTML by hand: the five markup characters, and the
	 * control characters XML does not allow are left out.
	 */
	public static String escape(String s) {
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
