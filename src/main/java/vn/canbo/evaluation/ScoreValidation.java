package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * Checks the rows of a grid save against the rules of the subject's regime: the subject
 * is in the campaign and the scope, not final; the score is within 0–100 with at most two
 * decimals (NĐ 335: common criteria 0–30 + task results 0–70, both required, their sum is
 * the score); the rating agrees with the score's level; a disqualifying condition, or a
 * discipline in the period found in the dossier, caps the rating at KHTNV. A missing
 * rating is derived from the score. Every error names the person and the field.
 */
@Component
class ScoreValidation {

	/** A checked row: what to store. */
	record Update(Subject subject, BigDecimal common, BigDecimal task, BigDecimal score, Rating rating,
			Disqualifiers disqualifiers, boolean onRecord, String taskGroup) {
	}

	private final EvaluationRules rules;

	ScoreValidation(EvaluationRules rules) {
		this.rules = rules;
	}

	/**
	 * @param subjects the campaign's subjects in the user's scope, by id
	 */
	List<Update> check(Campaign c, Map<Long, Subject> subjects, List<ScoreEntry> entries, List<FieldError> errors) {
		Map<Long, Subject> byPerson = new java.util.HashMap<>();
		subjects.values().stream().filter(s -> s.personId() != null).forEach(s -> byPerson.put(s.personId(), s));
		EvaluationRules.Thresholds levels = rules.thresholds(c.periodTo());
		int commonMax = rules.commonMax(c.periodTo());
		int taskMax = rules.taskMax(c.periodTo());
		Set<Long> seen = new HashSet<>();
		List<Update> out = new ArrayList<>();
		if (entries == null || entries.isEmpty()) {
			errors.add(new FieldError("entries", Messages.text("evaluation.error.noEntries")));
			return out;
		}
		Set<Long> disciplined = disciplined(entries.stream()
			.filter(e -> e != null)
			.map(e -> e.subjectId() != null ? subjects.get(e.subjectId())
					: e.personId() == null ? null : byPerson.get(e.personId()))
			.filter(s -> s != null)
			.toList(), c);
		for (int i = 0; i < entries.size(); i++) {
			ScoreEntry e = entries.get(i);
			String p = "entries[" + i + "].";
			Subject s = e == null ? null : e.subjectId() != null ? subjects.get(e.subjectId())
					: e.personId() == null ? null : byPerson.get(e.personId());
			if (s == null) {
				errors.add(new FieldError(p + (e != null && e.subjectId() == null ? "personId" : "subjectId"),
						Messages.text("evaluation.error.notInCampaign", i + 1),
						e == null ? null : e.subjectId() != null ? e.subjectId() : e.personId()));
				continue;
			}
			String who = s.name();
			Function<String, String> named = key -> Messages.text(key, who);
			if (!seen.add(s.id())) {
				errors.add(new FieldError(p + "subjectId", named.apply("evaluation.error.duplicate"), s.id()));
				continue;
			}
			if (s.finalRating()) {
				errors.add(new FieldError(p + "rating", named.apply("evaluation.error.final"), s.id()));
				continue;
			}
			int before = errors.size();
			BigDecimal common = e.commonScore(), task = e.taskScore(), score = e.score();
			if (s.regime().splitScore()) {
				if (common != null || task != null || score != null) {
					requirePart(errors, p + "commonScore", common, commonMax, who);
					requirePart(errors, p + "taskScore", task, taskMax, who);
					if (common != null && task != null && errors.size() == before) {
						BigDecimal sum = common.add(task);
						if (score != null && score.compareTo(sum) != 0) {
							errors.add(new FieldError(p + "score",
									Messages.text("evaluation.error.scoreNotSum", who, plain(sum)), score));
						}
						score = sum;
					}
				}
			}
			else {
				if (common != null || task != null) {
					errors.add(new FieldError(p + (common != null ? "commonScore" : "taskScore"),
							Messages.text("evaluation.error.partsNotApplicable", who, s.regime().label()),
							common != null ? common : task));
				}
				if (score != null) {
					checkRange(errors, p + "score", score, 100, who);
				}
			}
			if (errors.size() > before) {
				continue;
			}
			Disqualifiers d = e.disqualifiers() == null ? Disqualifiers.NONE : e.disqualifiers();
			boolean onRecord = s.personId() != null && disciplined.contains(s.personId());
			Rating level = score == null ? null : levels.levelOf(score);
			boolean capped = d.any() || onRecord;
			Rating rating = e.rating();
			if (rating == null) {
				rating = capped && level != null ? Rating.INCOMPLETE : level;
			}
			else if (capped && rating != Rating.INCOMPLETE) {
				errors
					.add(new FieldError(p + "rating",
							Messages.text(onRecord && !d.any() ? "evaluation.error.cappedByDiscipline"
									: "evaluation.error.cappedByCondition", who, Rating.INCOMPLETE.code()),
							rating.code()));
				continue;
			}
			else if (level != null && rating != level && !(capped && rating == Rating.INCOMPLETE)) {
				errors.add(new FieldError(p + "rating", Messages.text("evaluation.error.ratingContradictsScore", who,
						rating.code(), plain(score), level.code()), rating.code()));
				continue;
			}
			String group = e.taskGroup() == null ? s.taskGroup()
					: e.taskGroup().isBlank() ? null : e.taskGroup().strip();
			if (group != null && group.length() > 40) {
				errors.add(new FieldError(p + "taskGroup", named.apply("evaluation.error.taskGroupTooLong"), group));
				continue;
			}
			out.add(new Update(s, common, task, score, rating, d, onRecord, group));
		}
		return out;
	}

	/**
	 * The persons among the subjects whose rating a discipline of the dossier decided in
	 * the period caps (one query).
	 */
	Set<Long> disciplined(Collection<Subject> subjects, Campaign c) {
		return rules.disciplineCapped(subjects, c.periodFrom(), c.periodTo());
	}

	private static void requirePart(List<FieldError> errors, String field, BigDecimal v, int max, String who) {
		if (v == null) {
			errors.add(new FieldError(field, Messages.text("evaluation.error.partRequired", who)));
		}
		else {
			checkRange(errors, field, v, max, who);
		}
	}

	private static void checkRange(List<FieldError> errors, String field, BigDecimal v, int max, String who) {
		if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
			errors.add(new FieldError(field, Messages.text("evaluation.error.scoreRange", who, max), v));
		}
		else if (v.stripTrailingZeros().scale() > 2) {
			errors.add(new FieldError(field, Messages.text("evaluation.error.scoreDecimals", who), v));
		}
	}

	static String plain(BigDecimal v) {
		return v.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
