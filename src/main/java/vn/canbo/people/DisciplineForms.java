package vn.canbo.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Messages;

/**
 * Which discipline form applies to whom (issue 15, point 1), from the attributes of the
 * catalog DISCIPLINE_FORM (migration V2_6, with the law behind each): a state
 * (ADMINISTRATIVE) form by the person's category ({@code categories}) with the period
 * during which it has effect ({@code effectMonths}, the default of valid_to; required
 * when the form has one), a Party form ({@code party}; a probationary member only the
 * forms marked {@code probationary}), a mass-organisation form ({@code massOrg}).
 * <p>
 * Probation: the dossier knows the dates of admission (party_joined_on) and of official
 * membership (party_official_on). A member is probationary on the decision date when
 * admitted on or before it and not official on it (no official date, or a later one), and
 * not out of the Party on it. A person not a member on that date is not refused a Party
 * form here (the dossier's party dates may be incomplete).
 */
@Component
class DisciplineForms {

	/** What the rules need to know of the person disciplined. */
	record Subject(String fullName, PersonCategory category, LocalDate partyJoinedOn, LocalDate partyOfficialOn,
			LocalDate partyLeftOn) {

		static Subject of(PersonData d) {
			return new Subject(d.fullName(), d.category(), d.partyJoinedOn(), d.partyOfficialOn(), d.partyLeftOn());
		}

		boolean probationaryOn(LocalDate d) {
			return partyJoinedOn != null && d != null && !partyJoinedOn.isAfter(d)
					&& (partyOfficialOn == null || partyOfficialOn.isAfter(d))
					&& (partyLeftOn == null || partyLeftOn.isAfter(d));
		}

	}

	private final Catalogs catalogs;

	DisciplineForms(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/**
	 * Refuses a form not allowed for the person (naming the person and the field) and
	 * answers the entry with its computed end (a state form without valid_to).
	 */
	Discipline check(Discipline d, Subject s, Errors e) {
		if (d == null || s == null || d.kind() == null || d.formCode() == null) {
			return d;
		}
		Optional<CatalogItem> found = catalogs.find(CatalogType.DISCIPLINE_FORM, d.formCode());
		if (found.isEmpty()) {
			return d; // unknown code: reported by the entry's own rules
		}
		CatalogItem form = found.get();
		switch (d.kind()) {
			case ADMINISTRATIVE -> {
				if (s.category() == null || !listed(form.attribute("categories"), s.category().name())) {
					e.add("formCode",
							text("disciplineFormCategory", s.fullName(), form.name(),
									s.category() == null ? "?"
											: Messages.text("people.enum.PersonCategory." + s.category().name())
												.toLowerCase(java.util.Locale.ROOT)),
							d.formCode());
					return d;
				}
				Integer months = months(form.attribute("effectMonths"), s.category());
				if (months == null || d.validTo() != null) {
					return d;
				}
				LocalDate from = d.validFrom() != null ? d.validFrom() : d.decidedOn();
				if (from == null) {
					return d; // the decision date is required: reported by the entry's
								// rules
				}
				return d.withPeriod(d.validFrom(), from.plusMonths(months));
			}
			case PARTY -> {
				if (!"true".equals(form.attribute("party"))) {
					e.add("formCode", text("disciplineFormParty", s.fullName(), form.name()), d.formCode());
				}
				else if (s.probationaryOn(d.decidedOn()) && !"true".equals(form.attribute("probationary"))) {
					e.add("formCode",
							text("disciplineFormProbationary", s.fullName(), form.name(), Dates.format(d.decidedOn())),
							d.formCode());
				}
				return d;
			}
			case MASS_ORG -> {
				if (!"true".equals(form.attribute("massOrg"))) {
					e.add("formCode", text("disciplineFormMassOrg", s.fullName(), form.name()), d.formCode());
				}
				return d;
			}
			default -> {
				return d;
			}
		}
	}

	/** The months a form has effect for a category, null when it has no end. */
	static Integer months(String table, PersonCategory category) {
		if (table == null || table.isBlank()) {
			return null;
		}
		return Arrays.stream(table.split(","))
			.map(String::strip)
			.filter(p -> p.startsWith(category.name() + ":"))
			.map(p -> Integer.valueOf(p.substring(category.name().length() + 1).strip()))
			.findFirst()
			.orElse(null);
	}

	private static boolean listed(String list, String value) {
		return list != null && Arrays.stream(list.split(",")).map(String::strip).anyMatch(value::equals);
	}

	private static String text(String key, Object... args) {
		return Messages.text("people.history." + key, args);
	}

}
