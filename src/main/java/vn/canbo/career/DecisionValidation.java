package vn.canbo.career;

import static vn.canbo.career.DecisionService.VN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.rules.RuleChecks;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Checks a decision's content and fills derived fields; the related decision is checked
 * by the decision's effect.
 */
record DecisionValidation(PersonService people, CareerFacts facts, Units units, Catalogs catalogs, RuleChecks rules,
		DecisionEffects effects) {

	/**
	 * Persons and units outside the scope → 404; {@code forIssue}: number, issuer and
	 * signing date are required (a draft may lack them); {@code inScope}: a decision by
	 * id, 404 outside the scope.
	 */
	DecisionDraft normalise(DecisionDraft d, Scope scope, boolean forIssue, LongFunction<Decision> inScope) {
		List<FieldError> e = new ArrayList<>();
		if (d.type() == null) {
			e.add(new FieldError("type", Messages.text("career.error.typeRequired"), null));
			throw new ValidationException(e);
		}
		String number = clean(d.number());
		String issuer = clean(d.issuer());
		if (number == null) {
			if (forIssue) {
				e.add(new FieldError("number", Messages.text("career.error.numberRequired"), null));
			}
		}
		else if (number.length() > 100) {
			e.add(new FieldError("number", Messages.text("career.error.numberTooLong"), number));
		}
		if (issuer == null) {
			if (forIssue) {
				e.add(new FieldError("issuer", Messages.text("career.error.issuerRequired"), null));
			}
		}
		else if (issuer.length() > 300) {
			e.add(new FieldError("issuer", Messages.text("career.error.issuerTooLong"), issuer));
		}
		if (d.signedOn() == null) {
			if (forIssue) {
				e.add(new FieldError("signedOn", Messages.text("career.error.signedOnRequired"), null));
			}
		}
		else if (d.signedOn().isAfter(LocalDate.now())) {
			e.add(new FieldError("signedOn", Messages.text("career.error.signedOnFuture"), d.signedOn().format(VN)));
		}
		tooLong("place", d.signing().place(), 100, e);
		tooLong("proposer", d.signing().proposer(), 300, e);
		tooLong("signerTitle", d.signing().signerTitle(), 200, e);
		if (d.effectiveOn() == null) {
			e.add(new FieldError("effectiveOn", Messages.text("career.error.effectiveOnRequired"), null));
		}
		if (d.endOn() != null && d.effectiveOn() != null && !d.endOn().isAfter(d.effectiveOn())) {
			e.add(new FieldError("endOn", Messages.text("career.error.endBeforeEffective"), d.endOn().format(VN)));
		}
		DecisionType type = d.type();
		DecisionEffect.Applied resolved = effects.of(type).validate(d, inScope, e);
		DecisionType applied = resolved.type();
		List<DecisionSubject> subjects = resolved.subjects();
		if (subjects.isEmpty()) {
			e.add(new FieldError("subjects", Messages.text("career.error.noSubjects"), null));
		}
		if (applied.timeLimited() && d.endOn() == null && subjects.stream().anyMatch(s -> s.returnOn() == null)) {
			e.add(new FieldError("endOn", Messages.text("career.error.termRequired", applied.text()), null));
		}
		if (!e.isEmpty() || d.effectiveOn() == null) {
			throw new ValidationException(e);
		}
		LocalDate day = d.effectiveOn();
		List<DecisionSubject> out = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < subjects.size(); i++) {
			out.add(subject(subjects.get(i), "subjects[" + i + "].", applied, d, day, scope, seen, e));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		return new DecisionDraft(type, number, d.signedOn(), issuer, clean(d.signer()), day, d.endOn(), d.referenceOn(),
				d.targetDecisionId(), clean(d.note()), out, d.signing());
	}

	private DecisionSubject subject(DecisionSubject s, String f, DecisionType type, DecisionDraft d, LocalDate day,
			Scope scope, Set<Long> seen, List<FieldError> e) {
		if (s.personId() == null) {
			e.add(new FieldError(f + "personId", Messages.text("career.error.personRequired"), null));
			return s;
		}
		if (!seen.add(s.personId())) {
			e.add(new FieldError(f + "personId", Messages.text("career.error.personTwice"), s.personId()));
		}
		PersonView person = people.get(s.personId(), day, scope); // 404 outside the scope
		Long home = homeUnit(person, day);
		Long unitId = s.unitId();
		String titleCode = clean(s.titleCode());
		String titleText = clean(s.titleText());
		boolean concurrent = s.concurrent() || type.concurrentPost();
		String rankCode = clean(s.rankCode());
		Integer step = s.step();
		BigDecimal coefficient = s.coefficient();
		if (type.needsPosition()) {
			if (s.positionId() == null) {
				e.add(new FieldError(f + "positionId", Messages.text("career.error.positionRequired", type.text()),
						null));
			}
			else {
				Optional<Position> p = facts.positionOn(s.personId(), s.positionId(), day.minusDays(1))
					.or(() -> facts.position(s.personId(), s.positionId()));
				if (p.isEmpty()) {
					e.add(new FieldError(f + "positionId",
							Messages.text("career.error.positionNotInDossier", person.person().data().fullName()),
							s.positionId()));
				}
				else {
					Position x = p.get();
					if (!x.validOn(day.minusDays(1)) || !x.validFrom().isBefore(day)) {
						e.add(new FieldError(f + "positionId",
								Messages.text("career.error.positionNotHeld", title(x), day.format(VN)),
								s.positionId()));
					}
					if (type.effect() == DecisionType.Effect.RENEW) {
						unitId = unitId == null ? x.unitId() : unitId;
						titleCode = titleCode == null ? x.titleCode() : titleCode;
						titleText = titleText == null ? x.titleText() : titleText;
						concurrent = x.concurrent();
					}
				}
			}
		}
		if (type.needsPost() || type.effect() == DecisionType.Effect.RENEW) {
			if (unitId == null) {
				e.add(new FieldError(f + "unitId", Messages.text("career.error.unitRequired"), null));
			}
			// the scope first: for a user with a scope, a unit that does not exist is
			// answered exactly like one outside it (404)
			else if (!units.inScope(unitId, scope, day)) {
				throw new NotFoundException(Messages.text("career.error.unitNotFound", String.valueOf(unitId)));
			}
			else if (units.find(unitId, day).isEmpty()) {
				e.add(new FieldError(f + "unitId", Messages.text("career.error.unitMissingOn", day.format(VN)),
						unitId));
			}
			if (titleCode == null && titleText == null) {
				e.add(new FieldError(f + "titleCode", Messages.text("career.error.titleRequired"), null));
			}
			else if (titleCode != null && catalogs.find(CatalogType.TITLE, titleCode).isEmpty()) {
				e.add(new FieldError(f + "titleCode", Messages.text("career.error.titleUnknown", titleCode),
						titleCode));
			}
			else if (titleText == null) {
				titleText = catalogs.name(CatalogType.TITLE, titleCode);
			}
		}
		else if (unitId != null && !units.inScope(unitId, scope, day)) {
			throw new NotFoundException(Messages.text("career.error.unitNotFound", String.valueOf(unitId)));
		}
		if (type.needsSalary() || rankCode != null || step != null) {
			Salary current = person.salaries()
				.stream()
				.filter(x -> x.validOn(day.minusDays(1)))
				.findFirst()
				.orElse(null);
			if (rankCode == null && type != DecisionType.RANK_CHANGE && current != null) {
				rankCode = current.rankCode();
			}
			if (step == null && current != null && type != DecisionType.RANK_CHANGE && current.step() != null
					&& (type == DecisionType.SALARY_STEP_REGULAR || type == DecisionType.SALARY_STEP_EARLY)) {
				step = current.step() + 1;
			}
			if (rankCode == null) {
				e.add(new FieldError(f + "rankCode", Messages.text("career.error.rankRequired"), null));
			}
			else {
				Optional<Rank> rank = catalogs.rank(rankCode);
				if (rank.isEmpty()) {
					e.add(new FieldError(f + "rankCode", Messages.text("career.error.rankUnknown", rankCode),
							rankCode));
				}
				else if (step == null) {
					e.add(new FieldError(f + "step", Messages.text("career.error.stepRequired"), null));
				}
				else if (rank.get().steps() > 0 && (step < 1 || step > rank.get().steps())) {
					e.add(new FieldError(f + "step",
							Messages.text("career.error.stepRange", String.valueOf(rank.get().steps()), rankCode),
							step));
				}
				else if (coefficient == null) {
					coefficient = rank.get().coefficient(step).orElse(null);
				}
			}
		}
		if (s.incompleteYears() < 0 || s.incompleteYears() > 10) {
			e.add(new FieldError(f + "incompleteYears", Messages.text("career.error.incompleteYears"),
					s.incompleteYears()));
		}
		if (s.returnOn() != null && !s.returnOn().isAfter(day)) {
			e.add(new FieldError(f + "returnOn", Messages.text("career.error.returnBeforeEffective"),
					s.returnOn().format(VN)));
		}
		Integer probation = s.probationMonths();
		if (probation != null && (probation < 0 || probation > 24)) {
			e.add(new FieldError(f + "probationMonths", Messages.text("career.error.probationRange"), probation));
		}
		if (probation == null && type == DecisionType.RECRUITMENT) {
			probation = rules.parameters().intValue("probation.months", day);
		}
		Boolean higher = s.higherPost() == null ? type.higherPostByDefault() : s.higherPost();
		LocalDate returnOn = s.returnOn() == null && type.timeLimited() ? d.endOn() : s.returnOn();
		if (titleText != null && titleText.length() > 300) {
			e.add(new FieldError(f + "titleText", Messages.text("career.error.titleTextTooLong"), null));
		}
		return new DecisionSubject(null, s.personId(), person.person().data().fullName(), home, unitId, titleCode,
				titleText, concurrent, s.partyPost(), s.positionId(), higher, rankCode, step, coefficient,
				s.positionAllowance(), s.seniorityPct(), s.incompleteYears(), returnOn, probation, clean(s.note()));
	}

	private static Long homeUnit(PersonView p, LocalDate day) {
		if (p.mainPosition() != null) {
			return p.mainPosition().unitId();
		}
		return p.positions()
			.stream()
			.filter(x -> !x.concurrent())
			.filter(x -> !x.validFrom().isAfter(day))
			.max(Comparator.comparing(Position::validFrom))
			.map(Position::unitId)
			.orElse(p.positions().stream().filter(x -> !x.concurrent()).findFirst().map(Position::unitId).orElse(null));
	}

	static String title(Position p) {
		return p.titleText() != null ? p.titleText() : p.titleCode();
	}

	private static String clean(String s) {
		if (s == null) {
			return null;
		}
		String c = VietnameseText.clean(s);
		return c == null || c.isBlank() ? null : c.strip();
	}

	private static void tooLong(String field, String value, int max, List<FieldError> e) {
		if (value != null && value.length() > max) {
			e.add(new FieldError(field, Messages.text("career.error.tooLong", String.valueOf(max)), value));
		}
	}

}
