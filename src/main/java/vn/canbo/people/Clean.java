package vn.canbo.people;

import java.text.Normalizer;
import java.util.Set;
import vn.canbo.shared.RecordValues;
import vn.canbo.shared.VietnameseText;

/**
 * Input cleaning before validation and storage: every text field of a record is put in
 * Unicode NFC and trimmed, blank becomes null; names (fullName, otherNames…) also get
 * single spaces. Nested records (Place) too.
 */
final class Clean {

	private static final Set<String> NAMES = Set.of("fullName", "otherNames", "titleText", "unitText", "organisation",
			"school", "major", "issuer", "authority", "role", "commune", "district", "province", "communeNew",
			"provinceNew", "recruitingAgency", "jobPosition", "nationalIdIssuedBy");

	private Clean() {
	}

	static <R extends Record> R record(R r) {
		return RecordValues.map(r, (name, v) -> {
			if (v instanceof String s) {
				return NAMES.contains(name) ? VietnameseText.clean(s) : text(s);
			}
			return v instanceof Place p ? record(p) : v;
		});
	}

	static String text(String s) {
		if (s == null) {
			return null;
		}
		String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
		return t.isEmpty() ? null : t;
	}

}
