package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an upload before any parser sees it: size, magic bytes (.xlsx = a ZIP holding
 * xl/workbook.xml, .csv = UTF-8 text; old .xls and anything else refused), and for a ZIP
 * the zip-bomb limits — entry count, total uncompressed size and the per-entry inflation
 * ratio, measured by actually inflating (declared sizes can lie) — and DOCTYPE/ENTITY
 * declarations in its XML parts (XML external entities; the reader has DTDs disabled
 * too). While inflating the worksheets it counts their rows, to drive the progress bar
 * and to refuse a file with more rows than allowed; while inflating every XML part it
 * measures each cell's and shared string's text ({@link XmlTextLimit}), so that a huge
 * cell is refused before a parser materialises it. A CSV's records (quoted line breaks
 * are not record ends) are counted against the same row limit.
 */
final class FileGuard {

	enum Kind {

		XLSX, CSV

	}

	record Inspection(Kind kind, long estimatedRows) {
	}

	private final Limits limits;

	/**
	 * {@code maxRows}: records of a CSV or rows of any sheet (header rows included);
	 * {@code maxCellChars}: characters of one cell or shared string.
	 */
	record Limits(long maxBytes, int maxEntries, long maxUncompressed, double maxRatio, long maxRows,
			long maxCellChars) {
	}

	/** A count as the user reads it (32.767 in Vietnamese). */
	static String number(long n) {
		return java.text.NumberFormat.getIntegerInstance(Messages.locale()).format(n);
	}

	FileGuard(Limits limits) {
		this.limits = limits;
	}

	Limits limits() {
		return limits;
	}

	Inspection inspect(Path file, String fileName) {
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw new ImportFileException(Messages.text("imports.error.emptyFile"));
			}
			if (size > limits.maxBytes()) {
				throw new ImportFileException(Messages.text("imports.error.tooLarge",
						String.format("%.1f", size / 1048576.0), String.valueOf(limits.maxBytes() / 1048576)));
			}
			byte[] head = new byte[8];
			int n;
			try (InputStream in = Files.newInputStream(file)) {
				n = in.readNBytes(head, 0, 8);
			}
			if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				return new Inspection(Kind.XLSX, zip(file));
			}
			if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
					&& (head[3] & 0xFF) == 0xE0) {
				throw new ImportFileException(Messages.text("imports.error.xls"));
			}
			String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
			if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
				throw new ImportFileException(Messages.text("imports.error.notXlsx", fileName));
			}
			return new Inspection(Kind.CSV, csv(file));
		}
		catch (IOException e) {
			throw new ImportFileException(Messages.text("imports.error.unreadable"), e);
		}
	}

	private long csv(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		byte[] all = Files.readAllBytes(file);
		for (byte b : all) {
			if (b == 0) {
				throw new ImportFileException(Messages.text("imports.error.notSpreadsheet"));
			}
		}
		try {
			decoder.decode(ByteBuffer.wrap(all));
		}
		catch (CharacterCodingException e) {
			throw new ImportFileException(Messages.text("imports.error.csvEncoding"));
		}
		long lines = 0;
		boolean quoted = false;
		for (int i = 0; i < all.length; i++) {
			byte b = all[i];
			if (b == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (b == '\n' || i == all.length - 1)) {
				if (++lines > limits.maxRows()) {
					throw tooManyRows();
				}
			}
		}
		return lines;
	}

	private long zip(Path file) throws IOException {
		long rows = 0;
		long total = 0;
		int entries = 0;
		boolean workbook = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			byte[] buf = new byte[64 * 1024];
			while (all.hasMoreElements()) {
				ZipEntry e = all.nextElement();
				if (++entries > limits.maxEntries()) {
					throw bomb(Messages.text("imports.error.bomb.entries", String.valueOf(limits.maxEntries())));
				}
				String name = e.getName();
				workbook |= name.equals("xl/workbook.xml");
				boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || startsAsXml(zip, e);
				long compressed = Math.max(e.getCompressedSize(), 1);
				long size = 0;
				RowCounter counter = xml ? new RowCounter() : null;
				DeclarationScanner declarations = xml ? new DeclarationScanner() : null;
				XmlTextLimit text = xml
						? new XmlTextLimit(name, limits.maxCellChars(), Math.max(limits.maxCellChars() * 4, 1 << 20))
						: null;
				try (InputStream in = zip.getInputStream(e)) {
					int r;
					while ((r = in.read(buf)) > 0) {
						size += r;
						total += r;
						if (total > limits.maxUncompressed()) {
							throw bomb(Messages.text("imports.error.bomb.size",
									String.valueOf(limits.maxUncompressed() / 1048576)));
						}
						if (size > 1_000_000 && size / (double) compressed > limits.maxRatio()) {
							throw bomb(Messages.text("imports.error.bomb.ratio",
									String.valueOf(Math.round(size / (double) compressed)), name));
						}
						if (counter != null) {
							counter.feed(buf, r);
							if (counter.rows > limits.maxRows()) {
								throw tooManyRows();
							}
							text.feed(buf, r);
						}
						if (declarations != null && size <= 65536 + r) {
							declarations.feed(buf, r);
						}
					}
				}
				if (declarations != null && declarations.found) {
					throw new ImportFileException(Messages.text("imports.error.doctype", name));
				}
				if (sheet) {
					rows = Math.max(rows, counter.rows);
				}
			}
		}
		catch (ZipException e) {
			throw new ImportFileException(Messages.text("imports.error.corruptZip"), e);
		}
		if (!workbook) {
			throw new ImportFileException(Messages.text("imports.error.noWorkbook"));
		}
		return rows;
	}

	private ImportFileException tooManyRows() {
		return new ImportFileException(Messages.text("imports.error.tooManyRows", number(limits.maxRows())));
	}

	/**
	 * Whether a part not named .xml starts like XML (the reader follows the workbook's
	 * relationships, whatever the part's name).
	 */
	private static boolean startsAsXml(ZipFile zip, ZipEntry e) throws IOException {
		try (InputStream in = zip.getInputStream(e)) {
			byte[] head = in.readNBytes(64);
			for (byte b : head) {
				if (b == '<') {
					return true;
				}
				if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
						&& (b & 0xFF) != 0xBF) {
					return false;
				}
			}
			return false;
		}
	}

	private static ImportFileException bomb(String why) {
		return new ImportFileException(Messages.text("imports.error.bomb", why));
	}

	/** Counts "<row " / "<row>" across buffer boundaries. */
	private static final class RowCounter {

		private static final byte[] TAG = "<row".getBytes(StandardCharsets.US_ASCII);

		private int matched;

		long rows;

		void feed(byte[] b, int len) {
			for (int i = 0; i < len; i++) {
				byte c = b[i];
				if (matched == TAG.length) {
					if (c == ' ' || c == '>') {
						rows++;
					}
					matched = 0;
				}
				if (c == TAG[matched]) {
					matched++;
				}
				else {
					matched = c == TAG[0] ? 1 : 0;
				}
			}
		}

	}

	/**
	 * Looks for "<!DOCTYPE" or "<!ENTITY" (case-insensitive) in the first 64 KB of an XML
	 * part.
	 */
	private static final class DeclarationScanner {

		private final StringBuilder tail = new StringBuilder();

		boolean found;

		void feed(byte[] b, int len) {
			tail.append(new String(b, 0, len, StandardCharsets.ISO_8859_1).toUpperCase(java.util.Locale.ROOT));
			if (tail.indexOf("<!DOCTYPE") >= 0 || tail.indexOf("<!ENTITY") >= 0) {
				found = true;
			}
			if (tail.length() > 16) {
				tail.delete(0, tail.length() - 16);
			}
		}

	}

}
