package vn.canbo.people;

import vn.canbo.security.Masking;
import vn.canbo.shared.HiddenFieldException;
import vn.canbo.shared.Messages;

/**
 * A caller who may not see a sensitive dossier field ({@link DossierField#sensitive()}:
 * ethnicity, religion, health, height, weight, blood group, national ID) may not filter,
 * sort, group or count by it either, anywhere: the person search (API, page, export,
 * batch documents) and the reports (statistics, pivot, drill-down, populations'
 * conditions, figures) call {@link #requireVisible} with the dossier field they would
 * use, and a refusal is {@link HiddenFieldException} (403), never a silently ignored
 * filter.
 */
@org.springframework.modulith.NamedInterface("api")
public final class SensitiveFields {

	private SensitiveFields() {
	}

	/**
	 * Refuses a use of {@code field} (a {@link PersonData} component name) by a caller
	 * who may not see it; any other name passes.
	 */
	public static void requireVisible(String field) {
		if (field != null && DossierFields.sensitive(field) && !Masking.mayUseSensitive()) {
			throw new HiddenFieldException(field, Messages.text("people.f." + field));
		}
	}

}
