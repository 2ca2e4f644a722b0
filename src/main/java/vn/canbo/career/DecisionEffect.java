package vn.canbo.career;

import java.util.List;
import java.util.function.LongFunction;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonView;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * What issuing a decision of one {@link DecisionType.Effect} does: the checks of its
 * related decision, its rules and its changes to the dossier. {@link DecisionService}
 * keeps the lifecycle; {@link DecisionIssuer} and {@link DecisionValidation} pick the
 * effect by the decision type ({@link DecisionEffects}).
 */
interface DecisionEffect {

	/** The type a draft's subjects are validated as, and the subjects. */
	record Applied(DecisionType type, List<DecisionSubject> subjects) {
	}

	/**
	 * Validates the related decision ({@code inScope}: the decision by id, 404 outside
	 * the scope); by default a decision names none.
	 */
	default Applied validate(DecisionDraft d, LongFunction<Decision> inScope, List<FieldError> e) {
		if (d.targetDecisionId() != null) {
			e.add(new FieldError("targetDecisionId", Messages.text("career.error.targetNotAllowed"),
					d.targetDecisionId()));
		}
		return new Applied(d.type(), d.subjects());
	}

	/** The type whose rules apply to the decision's subjects (null: no rules). */
	default DecisionType ruleType(Decision d) {
		return d.type();
	}

	/** The rules for one subject of the decision applied as {@code type}. */
	default void checkRules(Decision d, DecisionType type, DecisionSubject s, SubjectFacts f, PersonView p,
			List<RuleResult> out) {
	}

	/** The rules over all subjects of the decision applied as {@code type} (quotas). */
	default void checkAll(Decision d, DecisionType type, List<RuleResult> out) {
	}

	/**
	 * Undoes what the decision replaces; returns the type its subjects are applied as
	 * (null: nothing more).
	 */
	default DecisionType undo(Decision d) {
		return d.type();
	}

	/** The changes to one subject's dossier of the decision applied as {@code type}. */
	default List<CareerFacts.Effect> apply(Decision d, DecisionType type, DecisionSubject s, int termMonths) {
		return List.of();
	}

}
