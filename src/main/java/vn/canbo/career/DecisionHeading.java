package vn.canbo.career;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/**
 * The heading and signature of a decision document in the NĐ 30/2020/NĐ-CP layout: the
 * issuing unit (the unit of the scope named like the issuer, else the home unit of the
 * first person), its locality as the place of the date line, the superior body, the
 * collective of a "TM." line and the head of a "KT." line.
 */
@Service
public class DecisionHeading {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * Level prefixes of a locality's name, dropped in the place ("Tỉnh Bình Giang" →
	 * "Bình Giang").
	 */
	private static final List<String> LEVELS = List.of("thành phố", "tỉnh", "thị xã", "huyện", "quận", "thị trấn",
			"phường", "xã", "đặc khu");

	/** Abbreviations spelled out in the heading (NĐ 30: the full name of the body). */
	private static final List<String[]> ABBREVIATIONS = List.of(new String[] { "UBND", "Ủy ban nhân dân" },
			new String[] { "HĐND", "Hội đồng nhân dân" }, new String[] { "MTTQ", "Mặt trận Tổ quốc" },
			new String[] { "LHPN", "Liên hiệp Phụ nữ" }, new String[] { "TNCS", "Thanh niên Cộng sản" });

	private final Units units;

	DecisionHeading(Units units) {
		this.units = units;
	}

	/**
	 * The issuing unit on the date: a unit of the scope whose name is the issuer's, else
	 * the {@code fallbackUnitId} (the first person's unit).
	 */
	public Optional<UnitView> issuingUnit(String issuer, Long fallbackUnitId, Scope scope, LocalDate on) {
		if (issuer != null && !issuer.isBlank()) {
			String wanted = key(issuer);
			Optional<UnitView> named = units.search(issuer.strip(), scope, on, 0, 20)
				.items()
				.stream()
				.filter(u -> key(u.name()).equals(wanted))
				.findFirst();
			if (named.isPresent()) {
				return named;
			}
		}
		return fallbackUnitId == null ? Optional.empty() : units.find(fallbackUnitId, on);
	}

	/**
	 * The place of the date line: the name of the issuing unit's locality (the nearest
	 * area unit above it) without its level, e.g. "Bình Giang", "Tân Lập"; blank when
	 * unknown.
	 */
	public String place(String issuer, Long fallbackUnitId, Scope scope, LocalDate on) {
		return issuingUnit(issuer, fallbackUnitId, scope, on).map(u -> place(u, on)).orElse("");
	}

	String place(UnitView u, LocalDate on) {
		List<UnitView> path = units.path(u.id(), on);
		for (int i = path.size() - 1; i >= 0; i--) {
			if ("DIA_BAN".equals(path.get(i).typeCode())) {
				return placeName(path.get(i).name());
			}
		}
		return path.isEmpty() ? "" : placeName(path.get(0).name());
	}

	/**
	 * "Tỉnh Bình Giang" → "Bình Giang"; a numbered unit keeps its level ("Phường 15"), as
	 * does "Thành phố Hồ Chí Minh".
	 */
	static String placeName(String name) {
		String n = name == null ? "" : name.strip();
		String lower = n.toLowerCase(VI);
		for (String level : LEVELS) {
			if (lower.startsWith(level + " ")) {
				String rest = n.substring(level.length()).strip();
				boolean keep = rest.isEmpty() || Character.isDigit(rest.charAt(0))
						|| rest.toLowerCase(VI).equals("hồ chí minh");
				return keep ? n : rest;
			}
		}
		return n;
	}

	/**
	 * The superior body of the heading (upper case), blank when the issuing unit is an
	 * area's own body.
	 */
	public String parentLine(Optional<UnitView> issuing, LocalDate on) {
		if (issuing.isEmpty() || issuing.get().parentId() == null) {
			return "";
		}
		return units.find(issuing.get().parentId(), on)
			.filter(p -> !"DIA_BAN".equals(p.typeCode()))
			.map(p -> upper(p.name()))
			.orElse("");
	}

	/**
	 * The body's name spelled out, upper case: "UBND tỉnh Bình Giang" → "ỦY BAN NHÂN DÂN
	 * TỈNH BÌNH GIANG".
	 */
	static String upper(String name) {
		return full(name).toUpperCase(VI);
	}

	/** Abbreviations of the body's name spelled out. */
	static String full(String name) {
		String s = name == null ? "" : name.strip();
		for (String[] a : ABBREVIATIONS) {
			s = s.replaceAll("(?<![\\p{L}])" + a[0] + "(?![\\p{L}])", a[1]);
		}
		return s;
	}

	/**
	 * The collective body of a "TM." line: "ỦY BAN NHÂN DÂN" for an Ủy ban nhân dân, "BAN
	 * THƯỜNG VỤ" for a Party committee…, else the issuer in upper case.
	 */
	static String collective(String issuer) {
		String u = upper(issuer);
		for (String c : List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG TRỰC", "BAN CHẤP HÀNH",
				"BAN THƯỜNG VỤ", "ĐẢNG ỦY")) {
			if (u.startsWith(c)) {
				return c;
			}
		}
		if (u.startsWith("TỈNH ỦY") || u.startsWith("THÀNH ỦY") || u.startsWith("THỊ ỦY") || u.startsWith("HUYỆN ỦY")) {
			return "BAN THƯỜNG VỤ";
		}
		if (u.contains("MẶT TRẬN TỔ QUỐC")) {
			return "BAN THƯỜNG TRỰC";
		}
		return u;
	}

	/**
	 * The head a deputy signs for: "PHÓ CHỦ TỊCH" → "CHỦ TỊCH", "PHÓ GIÁM ĐỐC" → "GIÁM
	 * ĐỐC".
	 */
	static String head(String signerTitle) {
		String t = signerTitle == null ? "" : signerTitle.strip().toUpperCase(VI);
		return t.startsWith("PHÓ ") ? t.substring(4).strip() : t;
	}

	private static String key(String s) {
		return VietnameseText.fold(s == null ? "" : s).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
