package vn.canbo.people;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.Set;
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

	@SuppressWarnings("unchecked")
	static <R extends Record> R record(R r) {
		if (r == null) {
			return null;
		}
		try {
			RecordComponent[] cs = r.getClass().getRecordComponents();
			Object[] values = new Object[cs.length];
			Class<?>[] types = new Class<?>[cs.length];
			for (int i = 0; i < cs.length; i++) {
				types[i] = cs[i].getType();
				Object v = cs[i].getAccessor().invoke(r);
				if (v instanceof String s) {
					v = NAMES.contains(cs[i].getName()) ? VietnameseText.clean(s) : text(s);
				}
				else if (v instanceof Place p) {
					v = record(p);
				}
				values[i] = v;
			}
			Constructor<R> c = (Constructor<R>) r.getClass().getDeclaredConstructor(types);
			c.setAccessible(true);
			return c.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot clean " + r.getClass().getSimpleName(), e);
		}
	}

	static String text(String s) {
		if (s == null) {
			return null;
		}
		String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
		return t.isEmpty() ? null : t;
	}

}
