package vn.canbo.imports;

import vn.canbo.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures, while a part of an .xlsx is being inflated (before any parser sees it), the
 * text of each cell ({@code <c>} of a worksheet: value, inline string, formula) and of
 * each shared string ({@code <si>}, all its runs together), in characters (an entity or a
 * multi-byte UTF-8 sequence counts as one), and refuses the file as soon as one exceeds
 * the cell limit, naming the cell or the shared string. Outside cells, one text run or
 * one tag longer than {@code maxOther} bytes is refused too. Constant memory: only the
 * first bytes of the current tag are kept. A CDATA section is counted as text.
 */
final class XmlTextLimit {

	private static final Pattern REF = Pattern.compile("\\sr\\s*=\\s*[\"']([A-Za-z]{1,3})?(\\d{1,7})[\"']");

	private static final byte[] CDATA = "![CDATA[".getBytes(StandardCharsets.US_ASCII);

	private static final int KEPT = 256;

	private final String part;

	private final long maxChars;

	private final long maxOther;

	private boolean inTag;

	private boolean inCdata;

	private boolean inEntity;

	private final byte[] tag = new byte[KEPT];

	private int tagKept;

	private long tagLength;

	private int cdataEnd;

	/** Inside a {@code <c>} or {@code <si>}: the characters so far. */
	private boolean active;

	private long chars;

	private long sharedIndex = -1;

	/**
	 * The opening tag of the current row, of the current cell (null: a shared string).
	 */
	private String rowTag = "";

	private String cellTag;

	/** The row of the current cell's opening tag. */
	private String cellRowTag = "";

	XmlTextLimit(String part, long maxChars, long maxOther) {
		this.part = part;
		this.maxChars = maxChars;
		this.maxOther = maxOther;
	}

	void feed(byte[] b, int len) {
		for (int i = 0; i < len; i++) {
			byte c = b[i];
			if (inCdata) {
				cdata(c);
			}
			else if (inTag) {
				tag(c);
			}
			else if (c == '<') {
				inTag = true;
				tagKept = 0;
				tagLength = 0;
				inEntity = false;
				if (!active) {
					chars = 0;
				}
			}
			else {
				text(c);
			}
		}
	}

	private void text(byte c) {
		if (inEntity) {
			inEntity = c != ';';
			return;
		}
		if (c == '&') {
			inEntity = true;
		}
		else if ((c & 0xC0) == 0x80 || control(c)) {
			return; // a continuation byte of a UTF-8 sequence; or a byte no XML may hold
					// (the
					// parser refuses it; a run of zeros is left to the ratio check)
		}
		chars++;
		check();
	}

	private void cdata(byte c) {
		if (c == ']') {
			cdataEnd = Math.min(cdataEnd + 1, 2);
		}
		else if (c == '>' && cdataEnd == 2) {
			inCdata = false;
			cdataEnd = 0;
			return;
		}
		else {
			cdataEnd = 0;
		}
		if ((c & 0xC0) != 0x80 && !control(c)) {
			chars++;
			check();
		}
	}

	private static boolean control(byte c) {
		return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

	private void tag(byte c) {
		if (tagKept < KEPT) {
			tag[tagKept++] = c;
		}
		if (++tagLength > maxOther) {
			throw refused(Messages.text("imports.error.tagTooLong", part, String.valueOf(maxOther / 1024)));
		}
		if (tagKept == CDATA.length && java.util.Arrays.equals(tag, 0, CDATA.length, CDATA, 0, CDATA.length)) {
			inTag = false;
			inCdata = true;
			return;
		}
		if (c == '>') {
			inTag = false;
			endOfTag();
		}
	}

	private void endOfTag() {
		boolean closing = tagKept > 0 && tag[0] == '/';
		boolean selfClosing = tagKept > 1 && tag[tagKept - 2] == '/';
		int start = closing ? 1 : 0;
		int end = start;
		while (end < tagKept && tag[end] != ' ' && tag[end] != '>' && tag[end] != '/' && tag[end] != '\t'
				&& tag[end] != '\r' && tag[end] != '\n') {
			end++;
		}
		String name = new String(tag, start, end - start, StandardCharsets.US_ASCII);
		name = name.substring(name.indexOf(':') + 1);
		boolean cell = name.equals("c");
		if (!cell && !name.equals("si")) {
			if (name.equals("row") && !closing) {
				rowTag = new String(tag, 0, tagKept, StandardCharsets.US_ASCII);
			}
			return;
		}
		if (closing || selfClosing) {
			active = false;
			chars = 0;
			return;
		}
		active = true;
		chars = 0;
		// the place is named only when a cell is refused (issue 15: naming every cell
		// cost a tenth of an import's time)
		if (cell) {
			cellTag = new String(tag, 0, tagKept, StandardCharsets.US_ASCII);
			cellRowTag = rowTag;
		}
		else {
			cellTag = null;
			++sharedIndex;
		}
	}

	/** The current cell or shared string, named for a message. */
	private String where() {
		if (cellTag == null) {
			return Messages.text("imports.error.cellTooLong.shared", String.valueOf(sharedIndex + 1), part);
		}
		Matcher m = REF.matcher(cellTag);
		if (m.find()) {
			return Messages.text("imports.error.cellTooLong.cell", m.group(1) == null ? "?" : m.group(1), m.group(2),
					part);
		}
		Matcher r = REF.matcher(cellRowTag);
		return Messages.text("imports.error.cellTooLong.row", r.find() ? r.group(2) : "?", part);
	}

	private void check() {
		if (active && chars > maxChars) {
			throw refused(Messages.text("imports.error.cellTooLong", where(), FileGuard.number(maxChars)));
		}
		if (!active && chars > maxOther) {
			throw refused(Messages.text("imports.error.textTooLong", part, String.valueOf(maxOther / 1024)));
		}
	}

	private static ImportFileException refused(String why) {
		return new ImportFileException(why);
	}

}
