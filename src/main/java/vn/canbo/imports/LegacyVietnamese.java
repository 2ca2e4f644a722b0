package vn.canbo.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Vietnamese typed with the legacy 8-bit encodings and saved as if it were Latin-1 text —
 * what old spreadsheets made with .VnTime (TCVN3 / ABC, TCVN 5712:1993) or VNI-Times
 * fonts contain once opened as Unicode: "NguyÔn V¨n §øc" (TCVN3) or "Nguyeãn Vaên Ñöùc"
 * (VNI-Windows) for "Nguyễn Văn Đức".
 * <p>
 * Detection: the text has no character beyond U+00FF (real Unicode Vietnamese nearly
 * always has one) and holds Latin-1 characters that Vietnamese never uses (¨ § ø ö ñ …).
 * Both conversions are tried; the one giving only Vietnamese letters wins. Uppercase
 * toned letters of TCVN3 (a separate .VnTimeH font with the lowercase codes) come out
 * lowercase.
 */
public final class LegacyVietnamese {

	public enum Encoding {

		TCVN3, VNI

	}

	/**
	 * The outcome: the (possibly converted) text, the encoding found (null = none) and
	 * whether it was converted.
	 */
	public record Result(String text, Encoding encoding, boolean converted) {
	}

	private static final Map<Character, String> TCVN3 = new HashMap<>();

	private static final String LATIN1_VIETNAMESE = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

	static {
		String[][] t = { { "µ", "à" }, { "¶", "ả" }, { "·", "ã" }, { "¸", "á" }, { "¹", "ạ" }, { "¨", "ă" },
				{ "»", "ằ" }, { "¼", "ẳ" }, { "½", "ẵ" }, { "¾", "ắ" }, { "Æ", "ặ" }, { "©", "â" }, { "Ç", "ầ" },
				{ "È", "ẩ" }, { "É", "ẫ" }, { "Ê", "ấ" }, { "Ë", "ậ" }, { "®", "đ" }, { "Ì", "è" }, { "Î", "ẻ" },
				{ "Ï", "ẽ" }, { "Ð", "é" }, { "Ñ", "ẹ" }, { "ª", "ê" }, { "Ò", "ề" }, { "Ó", "ể" }, { "Ô", "ễ" },
				{ "Õ", "ế" }, { "Ö", "ệ" }, { "×", "ì" }, { "Ø", "ỉ" }, { "Ü", "ĩ" }, { "Ý", "í" }, { "Þ", "ị" },
				{ "ß", "ò" }, { "á", "ỏ" }, { "â", "õ" }, { "ã", "ó" }, { "ä", "ọ" }, { "«", "ô" }, { "å", "ồ" },
				{ "æ", "ổ" }, { "ç", "ỗ" }, { "è", "ố" }, { "é", "ộ" }, { "¬", "ơ" }, { "ê", "ờ" }, { "ë", "ở" },
				{ "ì", "ỡ" }, { "í", "ớ" }, { "î", "ợ" }, { "ï", "ù" }, { "ñ", "ủ" }, { "ò", "ũ" }, { "ó", "ú" },
				{ "ô", "ụ" }, { "\u00AD", "ư" }, { "õ", "ừ" }, { "ö", "ử" }, { "÷", "ữ" }, { "ø", "ứ" }, { "ù", "ự" },
				{ "ú", "ỳ" }, { "û", "ỷ" }, { "ü", "ỹ" }, { "ý", "ý" }, { "þ", "ỵ" }, { "¡", "Ă" }, { "¢", "Â" },
				{ "§", "Đ" }, { "£", "Ê" }, { "¤", "Ô" }, { "¥", "Ơ" }, { "¦", "Ư" } };
		for (String[] p : t) {
			TCVN3.put(p[0].charAt(0), p[1]);
		}
	}

	private LegacyVietnamese() {
	}

	/** Detects legacy text and converts it; other text is returned unchanged. */
	public static Result convert(String s) {
		if (s == null || s.isEmpty() || !suspicious(s)) {
			return new Result(s, null, false);
		}
		String tcvn = fromTcvn3(s);
		String vni = fromVni(s);
		int badTcvn = foreign(tcvn);
		int badVni = foreign(vni);
		if (badTcvn == 0 && (badVni > 0 || tcvn.length() <= vni.length())) {
			return new Result(tcvn, Encoding.TCVN3, true);
		}
		if (badVni == 0) {
			return new Result(vni, Encoding.VNI, true);
		}
		return new Result(s, badTcvn <= badVni ? Encoding.TCVN3 : Encoding.VNI, false);
	}

	/**
	 * True when the text looks like legacy-encoded Vietnamese (see the class comment).
	 */
	public static boolean suspicious(String s) {
		boolean odd = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c > 0xFF) {
				return false;
			}
			if (c >= 0xA0 && LATIN1_VIETNAMESE.indexOf(c) < 0 && c != 0xA0) {
				odd = true;
			}
		}
		return odd;
	}

	public static String fromTcvn3(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			String u = TCVN3.get(c);
			b.append(u == null ? String.valueOf(c) : u);
		}
		return b.toString();
	}

	// VNI-Windows: a base letter followed by mark characters.
	private static final String GRAVE = "\u0300";

	private static final String ACUTE = "\u0301";

	private static final String TILDE = "\u0303";

	private static final String HOOK = "\u0309";

	private static final String DOT = "\u0323";

	private static final String CIRC = "\u0302";

	private static final String BREVE = "\u0306";

	private static final String HORN = "\u031B";

	private static final Map<Character, String> TONES = Map.of('ø', GRAVE, 'ù', ACUTE, 'û', HOOK, 'õ', TILDE, 'ï', DOT);

	private static final Map<Character, String> CIRC_TONES = Map.of('â', CIRC, 'à', CIRC + GRAVE, 'á', CIRC + ACUTE,
			'å', CIRC + HOOK, 'ã', CIRC + TILDE, 'ä', CIRC + DOT);

	private static final Map<Character, String> BREVE_TONES = Map.of('ê', BREVE, 'è', BREVE + GRAVE, 'é', BREVE + ACUTE,
			'ú', BREVE + HOOK, 'ü', BREVE + TILDE, 'ë', BREVE + DOT);

	private static final Map<Character, String> SINGLE = Map.ofEntries(Map.entry('ô', "o" + HORN),
			Map.entry('Ô', "O" + HORN), Map.entry('ö', "u" + HORN), Map.entry('Ö', "U" + HORN), Map.entry('ñ', "đ"),
			Map.entry('Ñ', "Đ"), Map.entry('ì', "ì"), Map.entry('Ì', "Ì"), Map.entry('í', "í"), Map.entry('Í', "Í"),
			Map.entry('æ', "ỉ"), Map.entry('Æ', "Ỉ"), Map.entry('ó', "ĩ"), Map.entry('Ó', "Ĩ"), Map.entry('ò', "ị"),
			Map.entry('Ò', "Ị"), Map.entry('î', "ỵ"), Map.entry('Î', "Ỵ"));

	public static String fromVni(String s) {
		StringBuilder b = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			String base = SINGLE.getOrDefault(c, String.valueOf(c));
			boolean horned = SINGLE.containsKey(c) && (c == 'ô' || c == 'Ô' || c == 'ö' || c == 'Ö');
			char lower = Character.toLowerCase(c);
			i++;
			if (i < s.length() && (horned || "aeouy".indexOf(lower) >= 0)) {
				char m = Character.toLowerCase(s.charAt(i));
				String mark = null;
				if (!horned && lower == 'a' && BREVE_TONES.containsKey(m)) {
					mark = BREVE_TONES.get(m);
				}
				else if (!horned && "aeo".indexOf(lower) >= 0 && CIRC_TONES.containsKey(m)) {
					mark = CIRC_TONES.get(m);
				}
				else if (TONES.containsKey(m)) {
					mark = TONES.get(m);
				}
				if (mark != null) {
					base = base + mark;
					i++;
				}
			}
			b.append(base);
		}
		return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
	}

	/**
	 * Characters that are neither ASCII nor Vietnamese letters: leftovers of a wrong
	 * guess.
	 */
	private static int foreign(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80 || c == 0xA0) {
				continue;
			}
			if (!vietnameseLetter(c)) {
				n++;
			}
		}
		return n;
	}

	private static boolean vietnameseLetter(char c) {
		if (c == 'đ' || c == 'Đ') {
			return true;
		}
		String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		if (d.isEmpty() || "aeiouyAEIOUY".indexOf(d.charAt(0)) < 0) {
			return false;
		}
		for (int i = 1; i < d.length(); i++) {
			if ("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B".indexOf(d.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

}
