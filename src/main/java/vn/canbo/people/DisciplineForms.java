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
 * during which it has effect (the default of valid_to: the rule parameters
 * {@code discipline.effect_months.<FORM>.<CATEGORY>} in force on the decision date, read
 * through {@link DisciplineEffects}), a Party form ({@code party}; a probationary member
 * only the forms marked {@code probationary}), a mass-organisation form
 * ({@code massOrg}).
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

	private final DisciplineEffects effects;

	DisciplineForms(Catalogs catalogs, DisciplineEffects effects) {
		this.catalogs = catalogs;
		this.effects = effects;
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
							text("disciplineFormCategory", s.fullName(), form.label(Messages.locale()),
									s.category() == null ? "?"
											: Messages.text("people.enum.PersonCategory." + s.category().name())
												.toLowerCase(java.util.Locale.ROOT)),
							d.formCode());
					return d;
				}
				LocalDate from = d.validFrom() != null ? d.validFrom() : d.decidedOn();
				if (d.validTo() != null || from == null) {
					return d; // a period given is kept; a missing decision date is
								// reported by the entry's rules
				}
				return effects.effectMonths(d.formCode(), s.category(), d.decidedOn() != null ? d.decidedOn() : from)
					.map(months -> d.withPeriod(d.validFrom(), from.plusMonths(months)))
					.orElse(d);
			}
			case PARTY -> {
				if (!"true".equals(form.attribute("party"))) {
					e.add("formCode", text("disciplineFormParty", s.fullName(), form.label(Messages.locale())),
							d.formCode());
				}
				else if (s.probationaryOn(d.decidedOn()) && !"true".equals(form.attribute("probationary"))) {
					e.add("formCode", text("disciplineFormProbationary", s.fullName(), form.label(Messages.locale()),
							Dates.format(d.decidedOn())), d.formCode());
				}
				return d;
			}
			case MASS_ORG -> {
				if (!"true".equals(form.attribute("massOrg"))) {
					e.add("formCode", text("disciplineFormMassOrg", s.fullName(), form.label(Messages.locale())),
							d.formCode());
				}
				return d;
			}
			default -> {
				return d;
			}
		}
	}

	private static boolean listed(String list, String value) {
		return list != null && Arrays.stream(list.split(",")).map(String::strip).anyMatch(value::equals);
	}

	private static String text(String key, Object... args) {
		return Messages.text("people.history." + key, args);
	}

}
