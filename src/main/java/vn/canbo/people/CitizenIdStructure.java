package vn.canbo.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * The structure of the 12-digit personal identification number (số định danh cá nhân, số
 * CCCD) — Thông tư 59/2021/TT-BCA, Điều 7: digits 1–3 the province of birth registration
 * (the list in {@code people/cccd-province-codes.csv}), digit 4 sex and century of birth
 * (0/1 male/female born 1900–1999, 2/3 2000–2099, 4/5 2100–2199, 6/7 2200–2299, 8/9
 * 1800–1899), digits 5–6 the last two digits of the birth year, the last 6 random. A
 * number that disagrees with the dossier's gender or birth year, or names no province, is
 * a WARNING (the user may confirm it: the card itself may be what the dossier got wrong);
 * a number that is not 12 digits is an error of {@link DossierValidator}.
 */
public final class CitizenIdStructure {

	/** Province codes → names, from the resource (legal basis in its header). */
	static final Map<String, String> PROVINCES = load();

	private CitizenIdStructure() {
	}

	/**
	 * The warnings about the number against the gender and birth date (either may be
	 * null), each on field {@code nationalId}; none when the number is not 12 digits.
	 */
	public static List<FieldError> warnings(String id, Gender gender, PartialDate birth) {
		List<FieldError> l = new ArrayList<>();
		if (id == null || !id.matches("\\d{12}")) {
			return l;
		}
		String province = id.substring(0, 3);
		if (!PROVINCES.containsKey(province)) {
			l.add(warn(id, Messages.text("people.cccd.province", id, province)));
		}
		int digit = id.charAt(3) - '0';
		Gender coded = digit % 2 == 0 ? Gender.MALE : Gender.FEMALE;
		int from = centuryStart(digit);
		if (gender != null && gender != coded) {
			l.add(warn(id,
					Messages.text("people.cccd.sex", id, String.valueOf(digit), sexLabel(coded), sexLabel(gender))));
		}
		if (birth != null) {
			int year = birth.year();
			int wantedStart = year - Math.floorMod(year, 100);
			if (wantedStart != from) {
				String wanted = digitFor(wantedStart, gender);
				l.add(warn(id,
						wanted == null
								? Messages.text("people.cccd.centuryNone", id, String.valueOf(digit),
										String.valueOf(from), String.valueOf(from + 99), String.valueOf(year))
								: Messages.text("people.cccd.century", id, String.valueOf(digit), String.valueOf(from),
										String.valueOf(from + 99), String.valueOf(year), wanted)));
			}
			String two = id.substring(4, 6);
			String wantedTwo = String.format("%02d", Math.floorMod(year, 100));
			if (!two.equals(wantedTwo)) {
				l.add(warn(id, Messages.text("people.cccd.year", id, two, String.valueOf(from + Integer.parseInt(two)),
						String.valueOf(year), wantedTwo)));
			}
		}
		return l;
	}

	/** The first year of the century digit 4 stands for. */
	static int centuryStart(int digit) {
		return switch (digit / 2) {
			case 0 -> 1900;
			case 1 -> 2000;
			case 2 -> 2100;
			case 3 -> 2200;
			default -> 1800;
		};
	}

	/** The digit(s) 4 for a century start and gender ("0", "0 hoặc 1"); null if none. */
	private static String digitFor(int centuryStart, Gender gender) {
		for (int d = 0; d <= 9; d += 2) {
			if (centuryStart(d) == centuryStart) {
				if (gender == null) {
					return Messages.text("people.cccd.either", String.valueOf(d), String.valueOf(d + 1));
				}
				return String.valueOf(gender == Gender.MALE ? d : d + 1);
			}
		}
		return null;
	}

	private static String sexLabel(Gender g) {
		return Messages.text("people.enum.Gender." + g.name());
	}

	private static FieldError warn(String id, String message) {
		return new FieldError("nationalId", message, id);
	}

	private static Map<String, String> load() {
		Map<String, String> m = new LinkedHashMap<>();
		try (InputStream in = CitizenIdStructure.class.getResourceAsStream("/people/cccd-province-codes.csv");
				BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] p = line.split(";", 2);
					m.put(p[0].strip(), p[1].strip());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(m);
	}

}
