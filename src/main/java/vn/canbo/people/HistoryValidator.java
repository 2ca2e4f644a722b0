package vn.canbo.people;

import static vn.canbo.people.HistoryChecks.between;
import static vn.canbo.people.HistoryChecks.range;
import static vn.canbo.people.HistoryChecks.required;
import static vn.canbo.people.HistoryChecks.text;
import static vn.canbo.people.HistoryChecks.vn;

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
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Rules of the history entries, one per {@link HistoryKind} (which names it).
 * {@code birth} may be null (unknown): the age rules are then skipped. Positions and
 * salaries are checked here; the other lists by {@link HistoryEntryRules}; the shared
 * field checks are {@link HistoryChecks}.
 */
@Component
class HistoryValidator {

	private final Catalogs catalogs;

	private final Units units;

	private final HistoryEntryRules entries;

	private final DisciplineForms disciplineForms;

	HistoryValidator(Catalogs catalogs, Units units, RetirementLimits retirementLimits,
			DisciplineForms disciplineForms) {
		this.catalogs = catalogs;
		this.units = units;
		this.entries = new HistoryEntryRules(catalogs, retirementLimits);
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

	/** The rules of the other lists, which need no more than the entry and the birth. */
	HistoryEntryRules entries() {
		return entries;
	}

}
