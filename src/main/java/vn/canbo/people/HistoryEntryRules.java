package vn.canbo.people;

import static vn.canbo.people.HistoryChecks.minDate;
import static vn.canbo.people.HistoryChecks.pastSinceBirth;
import static vn.canbo.people.HistoryChecks.periods;
import static vn.canbo.people.HistoryChecks.range;
import static vn.canbo.people.HistoryChecks.required;
import static vn.canbo.people.HistoryChecks.text;

import java.time.LocalDate;
import java.util.Locale;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.PartialDate;

/**
 * The rules of the dossier's lists beside positions and salaries (qualifications,
 * training, work history, awards, discipline, retirement categories, family, notes, mass
 * organisations), for {@link HistoryValidator}.
 */
final class HistoryEntryRules {

	private final Catalogs catalogs;

	private final RetirementLimits retirementLimits;

	HistoryEntryRules(Catalogs catalogs, RetirementLimits retirementLimits) {
		this.catalogs = catalogs;
		this.retirementLimits = retirementLimits;
	}

	void qualification(Qualification q, PartialDate birth, Errors e) {
		required(e, "kind", q.kind(), "qualificationKindRequired");
		required(e, "validFrom", q.validFrom(), "qualificationDateRequired");
		range(e, q.validFrom(), q.validTo(), "validTo", text("qualificationEndAfterStart"));
		pastSinceBirth(e, "validFrom", q.validFrom(), birth, "qualificationFuture", "qualificationBeforeBirth");
		if (q.kind() != null) {
			level(e, q.kind(), q.levelCode(), q.validFrom(), true);
			if (q.kind() == QualificationKind.FOREIGN_LANGUAGE) {
				required(e, "languageCode", q.languageCode(), "languageRequired");
				e.code(catalogs, "languageCode", CatalogType.FOREIGN_LANGUAGE, q.languageCode(), q.validFrom(),
						text("label.language"));
			}
		}
		DossierValidator.length(e, "major", q.major(), 300, text("label.major"));
	}

	void training(Training t, PartialDate birth, Errors e) {
		required(e, "kind", t.kind(), "trainingKindRequired");
		required(e, "school", t.school(), "schoolRequired");
		periods(e, t.from(), t.to(), birth, text("label.trainingPeriod"));
		LocalDate on = t.from() == null ? LocalDate.now() : t.from().date();
		e.code(catalogs, "formCode", CatalogType.TRAINING_FORM, t.formCode(), null, text("label.trainingForm"));
		if (t.kind() != null) {
			level(e, t.kind(), t.levelCode(), on, false);
		}
		DossierValidator.length(e, "school", t.school(), 300, text("label.school"));
		DossierValidator.length(e, "major", t.major(), 300, text("label.major"));
		DossierValidator.length(e, "certificate", t.certificate(), 300, text("label.certificate"));
	}

	void workHistory(WorkHistory w, PartialDate birth, Errors e) {
		required(e, "description", w.description(), "workDescriptionRequired");
		required(e, "from", w.from(), "fromRequired");
		periods(e, w.from(), w.to(), birth, text("label.workPeriod"));
	}

	void award(Award a, PartialDate birth, Errors e) {
		required(e, "year", a.year(), "awardYearRequired");
		required(e, "formCode", a.formCode(), "awardFormRequired");
		LocalDate today = LocalDate.now();
		if (a.year() != null && (a.year() > today.getYear() || birth != null && a.year() < birth.year())) {
			e.add("year", text("awardYearRange"), a.year());
		}
		LocalDate on = a.decisionDate() != null ? a.decisionDate() : a.year() == null ? today
				: minDate(LocalDate.of(Math.max(1900, Math.min(a.year(), 9999)), 12, 31), today);
		e.code(catalogs, "formCode", CatalogType.AWARD_FORM, a.formCode(), on, text("label.awardForm"));
		if (a.decisionDate() != null && a.decisionDate().isAfter(today)) {
			e.add("decisionDate", text("decisionFuture"), Dates.format(a.decisionDate()));
		}
		DossierValidator.length(e, "programme", a.programme(), 300, text("label.programme"));
	}

	void discipline(Discipline d, PartialDate birth, Errors e) {
		required(e, "kind", d.kind(), "disciplineKindRequired");
		required(e, "formCode", d.formCode(), "disciplineFormRequired");
		required(e, "decidedOn", d.decidedOn(), "disciplineDecidedRequired");
		required(e, "validFrom", d.validFrom(), "disciplineFromRequired");
		range(e, d.validFrom(), d.validTo(), "validTo", text("disciplineEndAfterStart"));
		pastSinceBirth(e, "decidedOn", d.decidedOn(), birth, "disciplineFuture", "disciplineBeforeBirth");
		e.code(catalogs, "formCode", CatalogType.DISCIPLINE_FORM, d.formCode(), d.decidedOn(),
				text("label.disciplineForm"));
	}

	void retirementCategory(RetirementCategoryFact f, PartialDate birth, Errors e) {
		required(e, "category", f.category(), "retirementCategoryRequired");
		required(e, "months", f.months(), "retirementMonthsRequired");
		required(e, "validFrom", f.validFrom(), "retirementFromRequired");
		range(e, f.validFrom(), f.validTo(), "validTo", text("retirementEndAfterStart"));
		if (f.category() != null && f.months() != null) {
			int max = retirementLimits.maxMonths(f.category(), f.validFrom() != null ? f.validFrom() : LocalDate.now());
			if (f.months() < 1 || f.months() > max) {
				e.add("months", text("retirementMonths", String.valueOf(max)), String.valueOf(f.months()));
			}
		}
		if (f.basis() != null && f.basis().length() > 300) {
			e.add("basis", text("retirementBasisTooLong"));
		}
	}

	void family(FamilyMember f, PartialDate birth, Errors e) {
		required(e, "side", f.side(), "sideRequired");
		required(e, "relationCode", f.relationCode(), "relationRequired");
		DossierValidator.name(e, "fullName", f.fullName(), text("label.relativeName"), true);
		e.code(catalogs, "relationCode", CatalogType.RELATION, f.relationCode(), LocalDate.now(),
				text("label.relation"));
		catalogs.find(CatalogType.RELATION, f.relationCode()).ifPresent(r -> {
			String side = r.attribute("side");
			if (f.side() != null && side != null && !side.equals(f.side().name())) {
				e.add("side", text("relationSide", r.name(), text(side.equals("SPOUSE") ? "sideSpouse" : "sideSelf")),
						f.side());
			}
		});
		if (f.birthYear() != null && (f.birthYear() < 1850 || f.birthYear() > LocalDate.now().getYear())) {
			e.add("birthYear", text("relativeBirthYear"), f.birthYear());
		}
	}

	void historyNote(HistoryNote h, PartialDate birth, Errors e) {
		required(e, "kind", h.kind(), "noteKindRequired");
		required(e, "description", h.description(), "noteDescriptionRequired");
		periods(e, h.from(), h.to(), birth, text("label.notePeriod"));
	}

	void massOrg(MassOrgMembership m, PartialDate birth, Errors e) {
		required(e, "organisation", m.organisation(), "organisationRequired");
		DossierValidator.length(e, "organisation", m.organisation(), 300, text("label.organisation"));
		if (m.joinedOn() != null && birth != null && m.joinedOn().isBefore(birth.latest())) {
			e.add("joinedOn", text("joinedBeforeBirth"), Dates.format(m.joinedOn()));
		}
		if (m.joinedOn() != null && m.joinedOn().isAfter(LocalDate.now())) {
			e.add("joinedOn", text("joinedFuture"), Dates.format(m.joinedOn()));
		}
		range(e, m.joinedOn(), m.leftOn(), "leftOn", text("leftAfterJoined"));
	}

	private void level(Errors e, QualificationKind kind, String code, LocalDate on, boolean required) {
		if (kind.levelCatalog() == null) {
			return;
		}
		if (required && (code == null || code.isBlank())) {
			e.add("levelCode", text("required", kind.label()));
		}
		e.code(catalogs, "levelCode", kind.levelCatalog(), code, on, kind.label().toLowerCase(Locale.ROOT));
	}

}
