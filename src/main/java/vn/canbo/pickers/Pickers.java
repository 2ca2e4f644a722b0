package vn.canbo.pickers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonCriteria;
import vn.canbo.people.PersonSearch;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.security.CanboUser;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Units and persons of the current user's scope for the pickers, and the label of a
 * chosen id. Templates call it as {@code @pickers} ({@code fragments/picker.html}) to
 * show the label of a form's value again. The scope is always the signed-in user's: a
 * caller who is not a canbo user finds nothing, and an id outside the scope has no label.
 * A label carries only what the person lists show: the name, the birth year, the post and
 * its unit (no hidden or sensitive field).
 */
@Component("pickers")
public class Pickers {

	/** Matches per search. */
	static final int LIMIT = 12;

	/** Shortest query searched. */
	static final int MIN_QUERY = 2;

	private final Units units;

	private final PersonSearch search;

	private final PersonService people;

	private final Catalogs catalogs;

	private final CurrentUser user;

	Pickers(Units units, PersonSearch search, PersonService people, Catalogs catalogs, CurrentUser user) {
		this.units = units;
		this.search = search;
		this.people = people;
		this.catalogs = catalogs;
		this.user = user;
	}

	/** One match: the id the form sends, the label shown, and a second line. */
	public record Item(long id, String label, String detail) {
	}

	/** Units of the scope whose name (or code) contains the query, as of the date. */
	public List<Item> units(String q, LocalDate asOf) {
		if (!searchable(q)) {
			return List.of();
		}
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		List<UnitView> found = units.search(q.strip(), scope(), d, 0, LIMIT).items();
		Map<Long, UnitView> parents = units
			.findAll(found.stream().map(UnitView::parentId).filter(Objects::nonNull).toList(), d);
		return found.stream()
			.map(u -> new Item(u.id(), unitLabel(u, u.parentId() == null ? null : parents.get(u.parentId())), null))
			.toList();
	}

	/**
	 * Persons of the scope whose name matches the query, in post on the date (or today).
	 */
	public List<Item> persons(String q, LocalDate asOf) {
		if (!searchable(q)) {
			return List.of();
		}
		var c = new PersonCriteria(q.strip(), null, null, null, null, null, null, null, null, null, null, null, asOf, 0,
				LIMIT, null);
		return search.search(c, scope())
			.items()
			.stream()
			.map(s -> new Item(s.id(), personLabel(s.fullName(), s.birthDate()),
					post(s.titleCode(), s.titleText(), s.unitName())))
			.toList();
	}

	/**
	 * The label of a unit id (a Long or its text), as of today; null when blank, unknown
	 * or outside the scope.
	 */
	public String unit(Object id) {
		return unit(id, null);
	}

	/**
	 * The label of a unit id as of the date (a LocalDate; today when null or not a date);
	 * null when blank, unknown then or outside the scope.
	 */
	public String unit(Object id, Object asOf) {
		return parse(id).flatMap(i -> {
			LocalDate d = asOf instanceof LocalDate date ? date : LocalDate.now();
			Scope s = scope();
			if (!units.inScope(i, s, d)) {
				return Optional.empty();
			}
			return units.find(i, d)
				.map(u -> unitLabel(u, u.parentId() == null ? null : units.find(u.parentId(), d).orElse(null)));
		}).orElse(null);
	}

	/**
	 * The label of a person id: name (birth year) — post, unit; null when blank, unknown
	 * or outside the scope.
	 */
	public String person(Object id) {
		return parse(id).flatMap(i -> {
			try {
				PersonView v = people.get(i, LocalDate.now(), scope());
				Position p = v.mainPosition();
				String post = p == null ? post(null, null, null) : post(p.titleCode(), p.titleText(), p.unitName());
				return Optional.of(personLabel(v.data().fullName(), v.data().birthDate()) + " — " + post);
			}
			catch (NotFoundException e) {
				return Optional.empty();
			}
		}).orElse(null);
	}

	static String unitLabel(UnitView u, UnitView parent) {
		return parent == null ? u.name() : u.name() + " — " + parent.name();
	}

	static String personLabel(String name, PartialDate born) {
		return born == null ? name : name + " (" + born.year() + ")";
	}

	/**
	 * "Title, unit" of the current main post: the title as written, else its catalog name
	 * in the page's language; "—" when the person holds none.
	 */
	String post(String titleCode, String titleText, String unitName) {
		// the title as written, unless it only repeats the catalog's name (then in the
		// page's language)
		var item = titleCode == null ? Optional.<vn.canbo.catalog.CatalogItem>empty()
				: catalogs.find(CatalogType.TITLE, titleCode);
		boolean written = titleText != null && !titleText.isBlank()
				&& !item.map(i -> i.name().equals(titleText.strip())).orElse(false);
		String title = written ? titleText
				: item.map(i -> i.label(vn.canbo.shared.Messages.locale())).orElse(titleCode);
		if (title == null || title.isBlank()) {
			return "—";
		}
		return unitName == null || unitName.isBlank() ? title : title + ", " + unitName;
	}

	private Scope scope() {
		return user.get().map(CanboUser::scope).orElseGet(() -> Scope.of(List.of()));
	}

	private static boolean searchable(String q) {
		return q != null && q.strip().length() >= MIN_QUERY;
	}

	private static Optional<Long> parse(Object id) {
		if (id instanceof Number n) {
			return Optional.of(n.longValue());
		}
		String s = id == null ? "" : id.toString().strip();
		return s.matches("\\d{1,18}") ? Optional.of(Long.parseLong(s)) : Optional.empty();
	}

}
