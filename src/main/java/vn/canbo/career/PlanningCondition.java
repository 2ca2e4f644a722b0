package vn.canbo.career;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * APP-02 (NĐ 170/2025 Art. 29; QĐ 377-QĐ/TW), parameter {@code appoint.planned_for_title}
 * (its value lists the decision types checked): a subject appointed to a higher post
 * ({@code higherPost}, as for the age gate) must be in a succession plan. An internal
 * candidate (holding a post in the unit's subtree on the day) must be planned, in a plan
 * of that unit, for the title or an equivalent or higher one; an external candidate must
 * be planned, in any unit's plan, for the same or an equivalent title. Where the unit has
 * no approved plan in force (a new unit, or its plans not recorded here), the regulation
 * leaves the case to the competent authority: the rule passes and says so. Career reads
 * planning through its SPI {@link PlannedCandidacies}; without it the rule is not
 * checked.
 */
final class PlanningCondition {

	static final String KEY = "appoint.planned_for_title";

	/**
	 * The comparisons of the planned title with the post that satisfy the condition, for
	 * an internal and an external candidate (effective-dated parameters, V15_3).
	 */
	static final String INTERNAL_KEY = "appoint.planned_internal_comparisons";

	static final String EXTERNAL_KEY = "appoint.planned_external_comparisons";

	private final RuleChecks rules;

	private final Units units;

	private final Catalogs catalogs;

	private final ObjectProvider<PlannedCandidacies> planned;

	PlanningCondition(RuleChecks rules, Units units, Catalogs catalogs, ObjectProvider<PlannedCandidacies> planned) {
		this.rules = rules;
		this.units = units;
		this.catalogs = catalogs;
		this.planned = planned;
	}

	/** APP-02 for one subject of the decision applied as {@code type}; empty if n/a. */
	Optional<RuleResult> check(Decision d, DecisionType type, DecisionSubject s, PersonView p) {
		PlannedCandidacies spi = planned.getIfAvailable();
		LocalDate day = d.effectiveOn();
		if (spi == null || day == null || s.unitId() == null || s.titleCode() == null
				|| !Boolean.TRUE.equals(s.higherPost())) {
			return Optional.empty();
		}
		Optional<RuleParameter> param = rules.parameter(KEY, day);
		if (param.isEmpty()
				|| Arrays.stream(param.get().value().split(",")).map(String::strip).noneMatch(type.name()::equals)) {
			return Optional.empty();
		}
		String unit = units.find(s.unitId(), day).map(UnitView::name).orElse("");
		String title = catalogs.name(CatalogType.TITLE, s.titleCode());
		String name = p.person().data().fullName();
		Set<Long> subtree = units.subtreeIds(List.of(s.unitId()), day);
		boolean internal = p.positions()
			.stream()
			.filter(x -> x.validOn(day))
			.map(Position::unitId)
			.anyMatch(subtree::contains);
		List<PlannedCandidacies.Candidacy> all = spi.of(p.id(), s.unitId(), s.titleCode(), day,
				d.type() == DecisionType.AMENDMENT ? d.targetDecisionId() : null);
		Set<PlannedCandidacies.Comparison> accepted = comparisons(internal ? INTERNAL_KEY : EXTERNAL_KEY, day);
		Optional<PlannedCandidacies.Candidacy> match = all.stream()
			.filter(c -> (!internal || c.unitId() == s.unitId()) && accepted.contains(c.comparison()))
			.min((a, b) -> a.comparison().compareTo(b.comparison()));
		String source = Messages.text(internal ? "career.check.planned.internal" : "career.check.planned.external",
				unit);
		String message;
		if (match.isPresent()) {
			PlannedCandidacies.Candidacy c = match.get();
			message = Messages.text("career.check.planned.ok", name, source, describe(c),
					Messages.text("career.check.planned.comparison." + c.comparison()), title, unit);
		}
		else {
			String others = all.isEmpty() ? Messages.text("career.check.planned.none")
					: all.stream().map(PlanningCondition::describe).collect(Collectors.joining("; "));
			message = Messages.text(
					internal ? "career.check.planned.internalFail" : "career.check.planned.externalFail", name, source,
					Formats.date(day), title, unit, others);
		}
		RuleParameter rp = param.get();
		if (match.isEmpty() && !spi.hasPlan(s.unitId(), day)) {
			message = Messages.text("career.check.planned.noPlan", name, unit, Formats.date(day));
			return Optional.of(new RuleResult(rp.ruleId(), KEY, rp.mode(), true,
					Messages.text("rules.check.result", rp.ruleId(), message, rp.legalBasis()), rp.legalBasis(),
					p.id()));
		}
		return Optional.of(new RuleResult(rp.ruleId(), KEY, rp.mode(), match.isPresent(),
				Messages.text("rules.check.result", rp.ruleId(), message, rp.legalBasis()), rp.legalBasis(), p.id()));
	}

	private Set<PlannedCandidacies.Comparison> comparisons(String key, LocalDate day) {
		Set<PlannedCandidacies.Comparison> out = EnumSet.noneOf(PlannedCandidacies.Comparison.class);
		List<String> values = rules.parameters().listValue(key, day);
		// a value naming no comparison is ignored (nothing satisfies it)
		for (PlannedCandidacies.Comparison c : PlannedCandidacies.Comparison.values()) {
			if (values.contains(c.name())) {
				out.add(c);
			}
		}
		return out;
	}

	private static String describe(PlannedCandidacies.Candidacy c) {
		return Messages.text("career.check.planned.candidacy", c.titleName(), c.unitName(), c.termLabel(),
				c.decisionNumber());
	}

}
