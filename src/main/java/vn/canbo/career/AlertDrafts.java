package vn.canbo.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.career.Alerts.Kind;
import vn.canbo.catalog.Catalogs;
import vn.canbo.catalog.Rank;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Salary;
import vn.canbo.rules.Retirement;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.Terms;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The pre-filled draft decision each {@link Kind} of alert calls for (see
 * {@link Alerts#draft}): one method a kind.
 */
@Component
class AlertDrafts {

	/** The type of the draft and its one subject. */
	private record Subject(DecisionType type, DecisionSubject subject) {
	}

	private final CareerFacts facts;

	private final DecisionRows rows;

	private final DecisionService decisions;

	private final PersonService people;

	private final Catalogs catalogs;

	private final RuleChecks rules;

	AlertDrafts(CareerFacts facts, DecisionRows rows, DecisionService decisions, PersonService people,
			Catalogs catalogs, RuleChecks rules) {
		this.facts = facts;
		this.rows = rows;
		this.decisions = decisions;
		this.people = people;
		this.catalogs = catalogs;
		this.rules = rules;
	}

	/** Creates the draft of the alert, effective on its due date (today if none). */
	Decision create(Kind kind, long personId, Long positionId, Long sourceDecisionId, LocalDate due, Scope scope) {
		LocalDate day = due == null ? LocalDate.now() : due;
		PersonView p = people.get(personId, day.minusDays(1), scope);
		String note = Messages.text(Messages.VIETNAMESE, "career.note.fromAlert", kind.label());
		Subject s = switch (kind) {
			case TERM_ENDING -> termEnding(p, personId, positionId, day);
			case INCOMPLETE_RATINGS -> incompleteRatings(p, personId);
			case RETIREMENT, RETIREMENT_OVERDUE ->
				new Subject(DecisionType.RETIREMENT, DecisionSubject.person(personId));
			case SALARY_RAISE -> salaryRaise(p, personId, day);
			case ROTATION_ENDING -> rotationEnding(p, personId, sourceDecisionId);
			case PROBATION_ENDING -> probationEnding(p, personId);
			default ->
				throw new ValidationException("kind", Messages.text("career.error.noDraftForKind", kind.label()));
		};
		DecisionDraft draft = new DecisionDraft(s.type(), null, null, null, null, day, null, null, null, note,
				List.of(s.subject()));
		return decisions.create(draft, scope);
	}

	/** Reappointment, or extension to retirement when little of the career remains. */
	private Subject termEnding(PersonView p, long personId, Long positionId, LocalDate day) {
		Position pos = positionId == null ? p.mainPosition()
				: facts.positionOn(personId, positionId, day.minusDays(1))
					.orElseThrow(() -> new NotFoundException(
							Messages.text("career.error.positionNotFound", String.valueOf(positionId))));
		if (pos == null) {
			throw new NotFoundException(Messages.text("career.error.noPositionToRenew"));
		}
		Retirement r = Retirement.of(p.person().data().gender(), p.person().data().birthDate(),
				p.retirementAdjustMonths(day), Retirement.DEFAULT_NOTICE_MONTHS, Retirement.DEFAULT_DECISION_MONTHS);
		boolean extend = Terms.extendToRetirement(day, r.retirementDate(),
				rules.parameters().intValue("reappoint.extend_to_retirement_if_remaining_lt", day));
		DecisionType type = extend ? DecisionType.EXTENSION_TO_RETIREMENT : DecisionType.REAPPOINTMENT;
		return new Subject(type, DecisionSubject.ofPosition(personId, pos.id()));
	}

	private static Subject incompleteRatings(PersonView p, long personId) {
		DecisionType type = IncompleteRatingAlerts.draftType(p);
		Long post = IncompleteRatingAlerts.post(p);
		if (type == null || (type == DecisionType.DISMISSAL && post == null)) {
			throw new NotFoundException(Messages.text("career.error.noPositionToRenew"));
		}
		return new Subject(type, type == DecisionType.DISMISSAL ? DecisionSubject.ofPosition(personId, post)
				: DecisionSubject.person(personId));
	}

	/**
	 * The next step, or on the last step the same rank and step with a new seniority
	 * allowance.
	 */
	private Subject salaryRaise(PersonView p, long personId, LocalDate day) {
		Salary cur = p.currentSalary();
		if (cur == null || cur.step() == null) {
			throw new NotFoundException(Messages.text("career.error.noCurrentSalary"));
		}
		Rank rank = catalogs.rank(cur.rankCode())
			.orElseThrow(() -> new NotFoundException(Messages.text("career.error.noRank", cur.rankCode())));
		if (!rank.isLastStep(cur.step())) {
			return new Subject(DecisionType.SALARY_STEP_REGULAR,
					DecisionSubject.salary(personId, cur.rankCode(), cur.step() + 1));
		}
		int pct = rules.seniorityPct(rank, cur.validFrom(), day, 0);
		DecisionSubject s = new DecisionSubject(null, personId, null, null, null, null, null, false, false, null, null,
				cur.rankCode(), cur.step(), cur.coefficient(), cur.positionAllowance(), BigDecimal.valueOf(pct), 0,
				null, null, Messages.text(Messages.VIETNAMESE, "career.note.seniority", String.valueOf(pct)));
		return new Subject(DecisionType.RANK_CHANGE, s);
	}

	/** A transfer back to the home unit the rotation decision named. */
	private Subject rotationEnding(PersonView p, long personId, Long sourceDecisionId) {
		Long home = sourceDecisionId == null ? null
				: rows.subjects(sourceDecisionId)
					.stream()
					.filter(x -> x.personId().equals(personId))
					.map(DecisionSubject::homeUnitId)
					.findFirst()
					.orElse(null);
		Position main = p.mainPosition();
		return new Subject(DecisionType.TRANSFER,
				new DecisionSubject(null, personId, null, null, home, main == null ? null : main.titleCode(),
						main == null ? null : main.titleText(), false, false, null, null, null, null, null, null, null,
						0, null, null, Messages.text(Messages.VIETNAMESE, "career.note.returnHome")));
	}

	private static Subject probationEnding(PersonView p, long personId) {
		Salary cur = p.currentSalary();
		return new Subject(DecisionType.RANK_CHANGE, cur == null ? DecisionSubject.person(personId)
				: DecisionSubject.salary(personId, cur.rankCode(), cur.step() == null ? 1 : cur.step()));
	}

}
