package vn.canbo.shared;

/**
 * Text written into spreadsheet cells by exports. A cell starting with {@code = + - @}
 * (or a tab/CR that some programs strip) would be read as a formula when the file is
 * opened or re-saved as CSV (formula injection): such text is prefixed with an apostrophe
 * so it stays text.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** The text, safe to put in a cell; null stays null. */
	public static String safe(String s) {
		if (s == null || s.isEmpty()) {
			return s;
		}
		char c = s.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
	}

}
