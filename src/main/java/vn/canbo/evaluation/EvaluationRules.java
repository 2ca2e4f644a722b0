package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.DisciplinedPersons;
import vn.canbo.people.PersonCategory;
import vn.canbo.rules.RuleMode;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.RuleParameters;

/**
 * The evaluation rules read from the effective-dated parameters {@code eval.*} (migration
 * V8_13): regime by category and date, the score thresholds of the four levels, the
 * quota, the movers rule and the discipline cap.
 */
@Component
class EvaluationRules {

	/** Where a person who moved during the period is evaluated. */
	enum Movers {

		/** The unit of the main position on the last day held in the period. */
		LAST_DAY,
		/** The unit of the main position held longest in the period. */
		LONGEST

	}

	/** The thresholds of the four levels in force: score ≥ min of a level. */
	record Thresholds(BigDecimal excellentMin, BigDecimal goodMin, BigDecimal completeMin) {

		Rating levelOf(BigDecimal score) {
			if (score.compareTo(excellentMin) >= 0) {
				return Rating.EXCELLENT;
			}
			if (score.compareTo(goodMin) >= 0) {
				return Rating.GOOD;
			}
			return score.compareTo(completeMin) >= 0 ? Rating.COMPLETE : Rating.INCOMPLETE;
		}
	}

	private final RuleParameters params;

	private final DisciplinedPersons disciplined;

	EvaluationRules(RuleParameters params, DisciplinedPersons disciplined) {
		this.params = params;
		this.disciplined = disciplined;
	}

	/** The regime of an individual of the category (or a party member) on the date. */
	Regime regime(CampaignKind kind, PersonCategory category, LocalDate on) {
		String key = switch (kind) {
			case COLLECTIVE -> "eval.regime.COLLECTIVE";
			case PARTY_MEMBER -> "eval.regime.PARTY_MEMBER";
			case INDIVIDUAL -> "eval.regime." + (category == null ? PersonCategory.CIVIL_SERVANT : category).name();
		};
		return Regime.valueOf(params.get(key, on).value().strip());
	}

	Thresholds thresholds(LocalDate on) {
		return new Thresholds(BigDecimal.valueOf(params.intValue("eval.level.excellent_min", on)),
				BigDecimal.valueOf(params.intValue("eval.level.good_min", on)),
				BigDecimal.valueOf(params.intValue("eval.level.complete_min", on)));
	}

	int commonMax(LocalDate on) {
		return params.intValue("eval.score.common_max", on);
	}

	int taskMax(LocalDate on) {
		return params.intValue("eval.score.task_max", on);
	}

	/**
	 * The quota of the campaign kind's subjects: COLLECTIVE
	 * ({@code eval.quota.collective_*}, grouped per campaign) or STANDARD
	 * ({@code eval.quota.excellent_pct}, grouping {@code eval.quota.grouping}, for party
	 * members {@code eval.quota.grouping.PARTY_MEMBER}).
	 */
	QuotaCheck.Rule quota(CampaignKind kind, LocalDate on) {
		if (kind == CampaignKind.COLLECTIVE) {
			RuleParameter pct = params.get("eval.quota.collective_pct", on);
			return new QuotaCheck.Rule("COLLECTIVE", pct.intValue(), text("eval.quota.collective_denominator", on),
					"CAMPAIGN", pct.mode(), pct.legalBasis());
		}
		RuleParameter pct = params.get("eval.quota.excellent_pct", on);
		String grouping = params.get("eval.quota.grouping", on).value().strip();
		if (kind == CampaignKind.PARTY_MEMBER) {
			grouping = params.find("eval.quota.grouping.PARTY_MEMBER", on).map(p -> p.value().strip()).orElse(grouping);
		}
		return new QuotaCheck.Rule("STANDARD", pct.intValue(), text("eval.quota.denominator", on), grouping, pct.mode(),
				pct.legalBasis());
	}

	/**
	 * The NĐ 48/2023 cap by the party-member ratio, for the regimes it applies to (empty
	 * before it is in force).
	 */
	Optional<QuotaCheck.Rule> nd48Quota(LocalDate on) {
		return params.find("eval.quota.nd48_pct", on)
			.map(pct -> new QuotaCheck.Rule("ND48", pct.intValue(), text("eval.quota.nd48_denominator", on),
					params.get("eval.quota.grouping", on).value().strip(), pct.mode(), pct.legalBasis()));
	}

	Set<String> nd48Regimes(LocalDate on) {
		return params.find("eval.quota.nd48_regimes", on).isEmpty() ? Set.of()
				: Set.copyOf(params.listValue("eval.quota.nd48_regimes", on));
	}

	/**
	 * The leader's cap for the regime on the date ({@code eval.cap.leader_*}): the mode
	 * and, by the rating of the unit led, the best rating the leader may have; empty when
	 * the regime is not listed.
	 */
	Optional<LeaderCap> leaderCap(Regime regime, LocalDate on) {
		Optional<RuleParameter> regimes = params.find("eval.cap.leader_regimes", on);
		if (regimes.isEmpty() || !params.listValue("eval.cap.leader_regimes", on).contains(regime.name())) {
			return Optional.empty();
		}
		Map<Rating, Rating> mapping = new EnumMap<>(Rating.class);
		for (String pair : params.listValue("eval.cap.leader_mapping", on)) {
			String[] kv = pair.split(":");
			mapping.put(Rating.valueOf(kv[0].strip()), Rating.valueOf(kv[1].strip()));
		}
		return Optional.of(new LeaderCap(regimes.get().mode(), mapping, regimes.get().legalBasis()));
	}

	record LeaderCap(RuleMode mode, Map<Rating, Rating> mapping, String legalBasis) {

		/**
		 * The best rating allowed to the leader of a unit rated so (the unit's by
		 * default).
		 */
		Rating best(Rating unitRating) {
			return mapping.getOrDefault(unitRating, unitRating);
		}
	}

	private String text(String key, LocalDate on) {
		return params.find(key, on).map(p -> p.value().strip()).orElse("GOOD");
	}

	Movers movers(LocalDate on) {
		return Movers.valueOf(params.get("eval.movers", on).value().strip());
	}

	/**
	 * The persons among the subjects whose rating a discipline caps at KHTNV: decided
	 * within the period, of a kind listed in {@code eval.cap.discipline_kinds}, for a
	 * subject whose regime is listed in {@code eval.cap.discipline_regimes} (every form
	 * of the catalog is khiển trách or above), not revoked (issue 15). One query for all
	 * the subjects.
	 */
	Set<Long> disciplineCapped(Collection<Subject> subjects, LocalDate from, LocalDate to) {
		List<String> regimes = params.listValue("eval.cap.discipline_regimes", to);
		List<Long> personIds = subjects.stream()
			.filter(s -> s.personId() != null && regimes.contains(s.regime().name()))
			.map(Subject::personId)
			.toList();
		if (personIds.isEmpty()) {
			return Set.of();
		}
		List<String> names = params.listValue("eval.cap.discipline_kinds", to);
		List<DisciplineKind> kinds = Arrays.stream(DisciplineKind.values())
			.filter(k -> names.contains(k.name()))
			.toList();
		return disciplined.decidedBetween(personIds, from, to, kinds);
	}

}
