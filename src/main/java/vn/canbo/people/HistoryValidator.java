package vn.canbo.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Rules of the history entries, one per {@link HistoryKind} (which names it).
 * {@code birth} may be null (unknown): the age rules are then skipped. Over 300 lines:
 * the ten rules share the period, range and catalog-level helpers at the end, and read
 * best together.
 */
@Component
class HistoryValidator {

	private final Catalogs catalogs;

	private final Units units;

	private final RetirementLimits retirementLimits;

	private final DisciplineForms disciplineForms;

	HistoryValidator(Catalogs catalogs, Units units, RetirementLimits retirementLimits,
			DisciplineForms disciplineForms) {
		this.catalogs = catalogs;
		this.units = units;
		this.retirementLimits = retirementLimits;
		this.disciplineForms = disciplineForms;
	}

	/**
	 * The rules of an entry that depend on who it is for (a discipline form by category
	 * and Party probation, {@link DisciplineForms}); answers the entry as stored.
	 */
	<T extends Record> T forSubject(HistoryKind<T> kind, T entry, DisciplineForms.Subject subject, Errors e) {
		if (entry instanceof Discipline d) {
			return kind.type().cast(disciplineForms.check(d, subject, e));
		}
		return entry;
	}

	/**
	 * Answers "does the unit exist on the date" and "is it in the scope on the date";
	 * memoised for bulk inserts.
	 */
	interface UnitCheck {

		boolean exists(long unitId, LocalDate on);

		boolean inScope(long unitId, Scope scope, LocalDate on);

	}

	UnitCheck direct() {
		return new UnitCheck() {
			public boolean exists(long unitId, LocalDate on) {
				return units.find(unitId, on).isPresent();
			}

			public boolean inScope(long unitId, Scope scope, LocalDate on) {
				return units.inScope(unitId, scope, on);
			}
		};
	}

	UnitCheck memoised() {
		java.util.Map<String, Boolean> exists = new java.util.HashMap<>();
		java.util.Map<LocalDate, java.util.Optional<java.util.Set<Long>>> scopes = new java.util.HashMap<>();
		return new UnitCheck() {
			public boolean exists(long unitId, LocalDate on) {
				return exists.computeIfAbsent(unitId + "@" + on, k -> units.find(unitId, on).isPresent());
			}

			public boolean inScope(long unitId, Scope scope, LocalDate on) {
				return scopes.computeIfAbsent(on, d -> units.scopeUnitIds(scope, d))
					.map(s -> s.contains(unitId))
					.orElse(true);
			}
		};
	}

	void position(Position p, PartialDate birth, Scope scope, Errors e) {
		position(p, birth, scope, e, direct());
	}

	void position(Position p, PartialDate birth, Scope scope, Errors e, UnitCheck check) {
		if (p == null) {
			e.add("unitId", text("unitRequired"));
			e.add("validFrom", text("positionStartRequired"));
			return;
		}
		required(e, "validFrom", p.validFrom(), "positionStartRequired");
		range(e, p.validFrom(), p.validTo(), "validTo", text("positionEndAfterStart"));
		if ((p.titleCode() == null || p.titleCode().isBlank()) && (p.titleText() == null || p.titleText().isBlank())) {
			e.add("titleCode", text("titleRequired"));
		}
		DossierValidator.length(e, "titleText", p.titleText(), 300, text("label.titleText"));
		e.code(catalogs, "titleCode", CatalogType.TITLE, p.titleCode(), p.validFrom(), text("label.title"));
		if (p.unitId() == null) {
			e.add("unitId", text("unitRequired"));
		}
		else if (p.validFrom() != null) {
			// for a user with a scope, a unit that does not exist gets exactly the answer
			// of one outside the scope (existence does not leak)
			if (scope != null && !scope.unrestricted() && !check.inScope(p.unitId(), scope, p.validFrom())) {
				e.add("unitId", text("unitOutOfScope"), p.unitId());
			}
			else if (!check.exists(p.unitId(), p.validFrom())) {
				e.add("unitId", text("unitMissingOn", Dates.format(p.validFrom())), p.unitId());
			}
		}
		if (birth != null && p.validFrom() != null
				&& Dates.maxAge(birth, p.validFrom()) < DossierValidator.MIN_WORKING_AGE) {
			e.add("validFrom", text("positionUnderAge"), Dates.format(p.validFrom()));
		}
		range(e, p.termStart(), p.termEnd(), "termEnd", text("termEndAfterStart"));
	}

	/**
	 * Checks the salary and fills the coefficient from the rank's pay table when it is
	 * missing.
	 */
	Salary salary(Salary s, PartialDate birth, Errors e) {
		required(e, "validFrom", s.validFrom(), "salaryStartRequired");
		range(e, s.validFrom(), s.validTo(), "validTo", text("salaryEndAfterStart"));
		if (birth != null && s.validFrom() != null
				&& Dates.maxAge(birth, s.validFrom()) < DossierValidator.MIN_WORKING_AGE) {
			e.add("validFrom", text("salaryUnderAge"), Dates.format(s.validFrom()));
		}
		BigDecimal coefficient = s.coefficient();
		if (s.rankCode() == null || s.rankCode().isBlank()) {
			if (s.jobPositionSalary() == null) {
				e.add("rankCode", text("rankRequired"));
			}
		}
		else {
			e.code(catalogs, "rankCode", CatalogType.RANK, s.rankCode(), s.validFrom(), text("label.rank"));
			CatalogItem rank = catalogs.find(CatalogType.RANK, s.rankCode()).orElse(null);
			String table = rank == null ? null : rank.attribute("coefficients");
			if (s.step() == null) {
				e.add("step", text("stepRequired"));
			}
			else if (table != null && !table.isBlank()) {
				List<BigDecimal> steps = Arrays.stream(table.split(","))
					.map(String::strip)
					.map(BigDecimal::new)
					.toList();
				if (s.step() < 1 || s.step() > steps.size()) {
					e.add("step", text("stepRange", String.valueOf(steps.size()), s.rankCode()), s.step());
				}
				else {
					BigDecimal expected = steps.get(s.step() - 1);
					if (coefficient == null) {
						coefficient = expected;
					}
					else if (coefficient.setScale(2, RoundingMode.HALF_UP)
						.compareTo(expected.setScale(2, RoundingMode.HALF_UP)) != 0) {
						e.add("coefficient", text("coefficientWrong", vn(coefficient), String.valueOf(s.step()),
								s.rankCode(), vn(expected)), coefficient);
					}
				}
			}
			else if (s.step() < 1) {
				e.add("step", text("stepMin"), s.step());
			}
		}
		between(e, "percent", s.percent(), 1, 100, text("label.percent"));
		between(e, "seniorityAllowancePct", s.seniorityAllowancePct(), 0, 100, text("label.seniority"));
		between(e, "positionAllowance", s.positionAllowance(), 0, 10, text("label.positionAllowance"));
		if (s.jobPositionSalary() != null && s.jobPositionSalary().signum() < 0) {
			e.add("jobPositionSalary", text("jobSalaryNegative"), s.jobPositionSalary());
		}
		return new Salary(s.id(), s.rankCode(), s.step(), coefficient, s.percent(), s.seniorityAllowancePct(),
				s.positionAllowance(), s.otherAllowances(), s.jobPositionSalary(), s.validFrom(), s.validTo(),
				s.decisionNumber(), s.decisionDate());
	}

	void qualification(Qualification q, PartialDate birth, Errors e) {
		required(e, "kind", q.kind(), "qualificationKindRequired");
		required(e, "validFrom", q.validFrom(), "qualificationDateRequired");
		range(e, q.validFrom(), q.validTo(), "validTo", text("qualificationEndAfterStart"));
		if (q.validFrom() != null && q.validFrom().isAfter(LocalDate.now())) {
			e.add("validFrom", text("qualificationFuture"), Dates.format(q.validFrom()));
		}
		if (birth != null && q.validFrom() != null && q.validFrom().isBefore(birth.latest())) {
			e.add("validFrom", text("qualificationBeforeBirth"), Dates.format(q.validFrom()));
		}
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
		if (d.decidedOn() != null && d.decidedOn().isAfter(LocalDate.now())) {
			e.add("decidedOn", text("disciplineFuture"), Dates.format(d.decidedOn()));
		}
		if (birth != null && d.decidedOn() != null && d.decidedOn().isBefore(birth.latest())) {
			e.add("decidedOn", text("disciplineBeforeBirth"), Dates.format(d.decidedOn()));
		}
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
		e.code(catalogs, "levelCode", kind.levelCatalog(), code, on, kind.label().toLowerCase(java.util.Locale.ROOT));
	}

	private static void periods(Errors e, PartialDate from, PartialDate to, PartialDate birth, String label) {
		if (from != null && to != null && to.latest().isBefore(from.date())) {
			e.add("to", text("periodEndAfterStart", label), to.format());
		}
		if (from != null && birth != null && from.latest().isBefore(birth.date())) {
			e.add("from", text("periodBeforeBirth", label), from.format());
		}
		if (from != null && from.date().isAfter(LocalDate.now())) {
			e.add("from", text("periodFuture", label), from.format());
		}
	}

	/** valid_to is exclusive and must be after valid_from. */
	static void range(Errors e, LocalDate from, LocalDate to, String field, String message) {
		if (from != null && to != null && !to.isAfter(from)) {
			e.add(field, message, Dates.format(to));
		}
	}

	private static void between(Errors e, String field, BigDecimal v, int min, int max, String label) {
		if (v != null && (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0)) {
			e.add(field, text("between", label, String.valueOf(min), String.valueOf(max)), v);
		}
	}

	/** A history message: people.history.&lt;key&gt; in the user's language. */
	private static String text(String key, Object... args) {
		return Messages.text("people.history." + key, args);
	}

	/** Missing (null or blank) → the message people.history.&lt;key&gt;. */
	private static void required(Errors e, String field, Object value, String key) {
		if (value == null || value instanceof String s && s.isBlank()) {
			e.add(field, text(key));
		}
	}

	private static LocalDate minDate(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String vn(BigDecimal b) {
		return b.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

}
