package vn.canbo.people.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canbo.people.CitizenIdStructure;
import vn.canbo.people.PersonData;
import vn.canbo.shared.FieldError;

/**
 * What the dossier forms show besides errors: every problem at once (parse errors and the
 * service's rules merged), and warnings the user may confirm ("Tôi đã kiểm tra, vẫn lưu")
 * — the national ID's structure against gender and birth year. A confirmation holds only
 * for the warnings it was given for: the checkbox carries their fingerprint.
 */
final class Warnings {

	/** The form parameter of the confirmation checkbox. */
	static final String CONFIRM = "confirmWarnings";

	private Warnings() {
	}

	/**
	 * Parse errors first, then the rules' errors on other fields (a field that could not
	 * be read is not also reported as missing).
	 */
	static List<FieldError> merge(List<FieldError> parse, List<FieldError> rules) {
		Set<String> unreadable = new HashSet<>();
		parse.forEach(e -> unreadable.add(e.field()));
		List<FieldError> all = new ArrayList<>(parse);
		rules.stream().filter(e -> !unreadable.contains(e.field())).forEach(all::add);
		return all;
	}

	/**
	 * The national ID warnings of the submitted fields, less those the stored dossier
	 * (null when creating) already had.
	 */
	static List<FieldError> of(PersonData data, PersonData stored) {
		if (data == null) {
			return List.of();
		}
		List<FieldError> now = CitizenIdStructure.warnings(data.nationalId(), data.gender(), data.birthDate());
		if (stored == null || now.isEmpty()) {
			return now;
		}
		Set<String> before = new HashSet<>();
		CitizenIdStructure.warnings(stored.nationalId(), stored.gender(), stored.birthDate())
			.forEach(w -> before.add(w.message()));
		return now.stream().filter(w -> !before.contains(w.message())).toList();
	}

	/** Whether there is nothing to confirm or the user confirmed exactly these. */
	static boolean confirmed(Map<String, String> form, List<FieldError> warnings) {
		return warnings.isEmpty() || fingerprint(warnings).equals(form.get(CONFIRM));
	}

	/** Puts the warnings and their fingerprint (the checkbox's value) into the model. */
	static void show(org.springframework.ui.Model model, List<FieldError> warnings) {
		model.addAttribute("warnings", warnings);
		model.addAttribute("warningsKey", fingerprint(warnings));
	}

	/** The value of the confirmation checkbox for these warnings. */
	static String fingerprint(List<FieldError> warnings) {
		StringBuilder b = new StringBuilder();
		warnings.forEach(w -> b.append(w.message()).append('\n'));
		return Integer.toHexString(b.toString().hashCode());
	}

}
