package vn.canbo.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.rules.RuleParameters;

/**
 * The quarterly roll-up (rule {@code eval.quarter_rollup}, EVA-05, [U] per NĐ 335/2025):
 * in a YEAR campaign, a subject (person, or unit of a collective campaign) with final
 * QUARTER ratings of the same campaign kind whose period ends in that year gets a
 * proposed score. AVERAGE (default): the arithmetic mean of the quarterly scores, rounded
 * half up to two decimals; LAST: the latest quarter's score; LOWEST: the lowest. The
 * rating is the level of that score by the thresholds in force at the year's end (the
 * grid save applies the disqualifying caps). One result per quarter: when a quarter has
 * several final campaigns, the latest one counts; quarters without a score do not count.
 */
@Component
class QuarterRollup {

	enum Method {

		AVERAGE, LAST, LOWEST

	}

	private final JdbcClient jdbc;

	private final RuleParameters params;

	private final EvaluationRules rules;

	QuarterRollup(JdbcClient jdbc, RuleParameters params, EvaluationRules rules) {
		this.jdbc = jdbc;
		this.params = params;
		this.rules = rules;
	}

	Method method(LocalDate on) {
		return Method.valueOf(params.get("eval.quarter_rollup", on).value().strip());
	}

	/** The proposals of the subjects (of a YEAR campaign; none otherwise), by id. */
	Map<Long, QuarterProposal> proposals(Campaign c, List<Subject> subjects) {
		Map<Long, QuarterProposal> out = new LinkedHashMap<>();
		if (c.periodKind() != PeriodKind.YEAR || subjects.isEmpty()) {
			return out;
		}
		Map<String, TreeMap<Integer, QuarterProposal.Quarter>> found = quarters(c, subjects);
		Method m = method(c.periodTo());
		EvaluationRules.Thresholds levels = rules.thresholds(c.periodTo());
		for (Subject s : subjects) {
			TreeMap<Integer, QuarterProposal.Quarter> qs = found.get(key(s.personId(), s.evaluatedUnitId()));
			if (qs == null) {
				continue;
			}
			List<QuarterProposal.Quarter> scored = qs.values().stream().filter(q -> q.score() != null).toList();
			if (scored.isEmpty()) {
				continue;
			}
			boolean parts = scored.stream().allMatch(q -> q.commonScore() != null && q.taskScore() != null);
			BigDecimal common = null, task = null, score;
			switch (m) {
				case AVERAGE -> {
					score = mean(scored.stream().map(QuarterProposal.Quarter::score).toList());
					if (parts) {
						common = mean(scored.stream().map(QuarterProposal.Quarter::commonScore).toList());
						task = mean(scored.stream().map(QuarterProposal.Quarter::taskScore).toList());
						score = common.add(task);
					}
				}
				default -> {
					QuarterProposal.Quarter q = m == Method.LAST ? scored.get(scored.size() - 1)
							: scored.stream().min(Comparator.comparing(QuarterProposal.Quarter::score)).orElseThrow();
					score = q.score();
					common = parts ? q.commonScore() : null;
					task = parts ? q.taskScore() : null;
				}
			}
			out.put(s.id(), new QuarterProposal(s.id(), common, task, score, levels.levelOf(score), m.name(),
					List.copyOf(qs.values())));
		}
		return out;
	}

	/**
	 * The grid rows that fill the empty scores (not final) from the proposals: a split
	 * (NĐ 335) subject only when the parts are known; flags kept, rating derived.
	 */
	List<ScoreEntry> entries(Campaign c, List<Subject> subjects) {
		Map<Long, QuarterProposal> p = proposals(c, subjects);
		List<ScoreEntry> out = new ArrayList<>();
		for (Subject s : subjects) {
			QuarterProposal q = p.get(s.id());
			if (q == null || s.finalRating() || s.score() != null) {
				continue;
			}
			if (s.regime().splitScore()) {
				if (q.commonScore() != null) {
					out.add(new ScoreEntry(s.id(), null, q.commonScore(), q.taskScore(), null, null, s.disqualifiers(),
							null));
				}
			}
			else {
				out.add(new ScoreEntry(s.id(), null, null, null, q.score(), null, s.disqualifiers(), null));
			}
		}
		return out;
	}

	private static BigDecimal mean(List<BigDecimal> xs) {
		return xs.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(xs.size()), 2, RoundingMode.HALF_UP);
	}

	private static String key(Long personId, Long unitId) {
		return personId != null ? "p" + personId : "u" + unitId;
	}

	private Map<String, TreeMap<Integer, QuarterProposal.Quarter>> quarters(Campaign c, List<Subject> subjects) {
		Long[] persons = subjects.stream().map(Subject::personId).filter(x -> x != null).toArray(Long[]::new);
		Long[] units = subjects.stream().map(Subject::evaluatedUnitId).filter(x -> x != null).toArray(Long[]::new);
		Map<String, TreeMap<Integer, QuarterProposal.Quarter>> out = new HashMap<>();
		jdbc.sql("""
				select s.person_id, s.evaluated_unit_id, c.id as campaign_id, c.period_from, s.common_score,
				       s.task_score, s.score, s.rating
				  from evaluation_subject s join evaluation_campaign c on c.id = s.campaign_id
				 where c.period_kind = 'QUARTER' and c.kind = ? and s.final_rating and s.rating is not null
				   and c.period_to between ? and ?
				   and (s.person_id = any(?) or s.evaluated_unit_id = any(?))
				 order by c.period_from, c.id""")
			.params(c.kind().name(), LocalDate.of(c.year(), 1, 1), LocalDate.of(c.year(), 12, 31), persons, units)
			.query((rs, n) -> {
				LocalDate from = rs.getObject("period_from", LocalDate.class);
				int quarter = (from.getMonthValue() - 1) / 3 + 1;
				Long person = rs.getObject("person_id", Long.class);
				Long unit = rs.getObject("evaluated_unit_id", Long.class);
				out.computeIfAbsent(key(person, unit), k -> new TreeMap<>())
					.put(quarter,
							new QuarterProposal.Quarter(quarter, rs.getLong("campaign_id"),
									rs.getBigDecimal("common_score"), rs.getBigDecimal("task_score"),
									rs.getBigDecimal("score"), CampaignRows.rating(rs.getString("rating"))));
				return null;
			})
			.list();
		return out;
	}

}
