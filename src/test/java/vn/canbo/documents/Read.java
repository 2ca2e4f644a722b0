package vn.canbo.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads generated files back for assertions. */
final class Read {

	private Read() {
	}

	/**
	 * Every paragraph's text (tables cell by cell, cells joined by " | "), one line each,
	 * NFC.
	 */
	static String docx(byte[] bytes) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			StringBuilder b = new StringBuilder();
			for (IBodyElement e : doc.getBodyElements()) {
				element(b, e);
			}
			return nfc(b.toString());
		}
	}

	private static void element(StringBuilder b, IBodyElement e) {
		if (e instanceof XWPFParagraph p) {
			b.append(p.getText()).append('\n');
		}
		else if (e instanceof XWPFTable t) {
			for (XWPFTableRow r : t.getRows()) {
				List<String> cells = new ArrayList<>();
				for (XWPFTableCell c : r.getTableCells()) {
					StringBuilder cb = new StringBuilder();
					for (IBodyElement ce : c.getBodyElements()) {
						element(cb, ce);
					}
					cells.add(cb.toString().strip());
				}
				b.append(String.join(" | ", cells)).append('\n');
			}
		}
	}

	static String pdf(byte[] bytes) throws IOException {
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			return nfc(new PDFTextStripper().getText(doc));
		}
	}

	/** The fonts used on every page; each must be embedded. */
	static List<PDFont> fonts(byte[] bytes) throws IOException {
		List<PDFont> out = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					out.add(page.getResources().getFont(name));
				}
			}
		}
		return out;
	}

	/**
	 * Every character drawn in the PDF with the font and glyph id it maps to; a glyph id
	 * 0 (.notdef) means the embedded font has no glyph for that character.
	 */
	record Drawn(String unicode, String font, boolean embedded, int gid) {
	}

	static List<Drawn> drawn(byte[] bytes) throws IOException {
		List<Drawn> out = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			PDFTextStripper s = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					for (TextPosition tp : positions) {
						PDFont f = tp.getFont();
						int gid = -1;
						for (int code : tp.getCharacterCodes()) {
							if (f instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
								gid = cid.codeToGID(code);
							}
						}
						out.add(new Drawn(tp.getUnicode(), f.getName(), f.isEmbedded(), gid));
					}
					super.writeString(text, positions);
				}
			};
			s.getText(doc);
		}
		return out;
	}

	static Map<String, byte[]> zip(byte[] bytes) throws IOException {
		Map<String, byte[]> out = new java.util.LinkedHashMap<>();
		try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry e;
			while ((e = z.getNextEntry()) != null) {
				out.put(e.getName(), z.readAllBytes());
			}
		}
		return out;
	}

	/** Without any white space: for PDF text whose lines wrap. */
	static String squash(String s) {
		return s.replaceAll("\\s+", "");
	}

	static String nfc(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFC);
	}

}
