package vn.canbo.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese text for search and sorting: lower case, no diacritics, "đ" =
 * "d", single spaces. Works on precomposed (NFC) and combining (NFD) input alike.
 * {@code fold("NGUYỄN VĂN ĐỨC") = fold("nguyen van duc") = "nguyen van duc"}.
 */
public final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFD);
		s = MARKS.matcher(s).replaceAll("");
		s = s.replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').replace('Ð', 'D');
		s = s.toLowerCase(Locale.ROOT);
		return SPACES.matcher(s).replaceAll(" ").strip();
	}

	/** The folded words of a text, for token search. */
	public static List<String> tokens(String text) {
		String f = fold(text).replaceAll("[^a-z0-9 ]", " ").strip();
		return f.isEmpty() ? List.of() : Arrays.stream(SPACES.split(f)).toList();
	}

	/** Unicode NFC with trimmed, single spaces: how names are stored. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
		return s.isEmpty() ? null : s;
	}

	/**
	 * The given name (tên): the last word of a Vietnamese full name, used first when
	 * sorting lists.
	 */
	public static String givenName(String fullName) {
		String c = clean(fullName);
		if (c == null) {
			return "";
		}
		int i = c.lastIndexOf(' ');
		return i < 0 ? c : c.substring(i + 1);
	}

	/** Sort key in Vietnamese list order: given name, then the full name, both folded. */
	public static String sortKey(String fullName) {
		return fold(givenName(fullName)) + " " + fold(fullName);
	}

}
