package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Extension point of the dossier page: a table another module contributes to the person's
 * dossier (e.g. the evaluation module's annual ratings) without people depending on it.
 * Every bean of this type is asked, in {@link org.springframework.core.annotation.Order}
 * order, for its panel of the person as shown (already in the user's scope and masked as
 * the user may see it) on the date; the texts are in the request's language.
 */
@org.springframework.modulith.NamedInterface("api")
public interface DossierPanel {

	/**
	 * A titled table: {@code rows} of cells under {@code headers}; {@code emptyText} is
	 * shown when there are no rows.
	 */
	record Table(String id, String title, List<String> headers, List<List<String>> rows, String emptyText) {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/** The panel of the person on the date; empty: nothing to show. */
	Optional<Table> panel(PersonView person, LocalDate asOf);

}
