package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.rules.RuleMode;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * The leader's cap by the rating of the unit they lead (QĐ 366 Art. 11; NĐ 90/2020 for
 * managers; parameters {@code eval.cap.leader_*}): in an individual or party-member
 * campaign, a subject whose main position in the period, in the unit they are evaluated
 * in, has a leadership title (catalog TITLE attribute {@code leader}) leads that unit;
 * when the unit has a final rating in a COLLECTIVE campaign whose period overlaps (the
 * latest such campaign), the subject cannot be rated above the rating the mapping allows
 * for it. A unit not yet rated finally sets no cap. BLOCK refuses the grid save and the
 * finalisation; WARN makes the finalisation need a justification.
 */
@Component
class LeaderCaps {

	/** A subject whose rating is above what the unit they lead allows. */
	record Breach(Subject subject, long unitId, Rating unitRating, Rating best, RuleMode mode) {
	}

	private final JdbcClient jdbc;

	private final EvaluationRules rules;

	private final Catalogs catalogs;

	private final CampaignAccess access;

	LeaderCaps(JdbcClient jdbc, EvaluationRules rules, Catalogs catalogs, CampaignAccess access) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.catalogs = catalogs;
		this.access = access;
	}

	/**
	 * The rating of the unit each subject leads, by subject id (leaders of rated units
	 * only).
	 */
	Map<Long, Rating> ledUnitRatings(Campaign c, Collection<Subject> subjects) {
		Map<Long, Rating> out = new HashMap<>();
		Long[] ids = subjects.stream().filter(s -> s.personId() != null).map(Subject::id).toArray(Long[]::new);
		if (c.kind() == CampaignKind.COLLECTIVE || ids.length == 0 || !jdbc.sql("""
				select exists (select 1 from evaluation_campaign where kind = 'COLLECTIVE' and status = 'FINALISED'
				               and period_from <= ? and period_to >= ?)""")
			.params(c.periodTo(), c.periodFrom())
			.query(Boolean.class)
			.single()) {
			return out;
		}
		String[] titles = catalogs.list(CatalogType.TITLE, null)
			.stream()
			.filter(t -> "true".equalsIgnoreCase(t.attribute("leader")))
			.map(CatalogItem::code)
			.toArray(String[]::new);
		jdbc.sql(
				"""
						select distinct on (s.id) s.id, cs.rating from evaluation_subject s
						join evaluation_subject cs on cs.evaluated_unit_id = s.unit_id and cs.final_rating and cs.rating is not null
						join evaluation_campaign cc on cc.id = cs.campaign_id and cc.kind = 'COLLECTIVE'
						     and cc.period_from <= :to and cc.period_to >= :from
						where s.id = any(:ids) and exists (select 1 from person_fact pf where pf.person_id = s.person_id
						      and pf.unit_id = s.unit_id and pf.title_code = any(:titles)
						      and pf.valid_from <= :to and (pf.valid_to is null or pf.valid_to > :from))
						order by s.id, cc.period_to desc, cc.decided_on desc nulls last, cc.id desc""")
			.param("ids", ids)
			.param("titles", titles)
			.param("from", c.periodFrom())
			.param("to", c.periodTo())
			.query(rs -> {
				out.put(rs.getLong("id"), Rating.valueOf(rs.getString("rating")));
			});
		return out;
	}

	/** The subjects rated ({@code ratings}, by subject id) above their cap. */
	List<Breach> breaches(Campaign c, Collection<Subject> subjects, Map<Long, Rating> ratings) {
		Map<Long, Rating> led = ledUnitRatings(c, subjects);
		List<Breach> out = new ArrayList<>();
		for (Subject s : subjects) {
			Rating unit = led.get(s.id());
			Rating r = ratings.get(s.id());
			if (unit == null || r == null) {
				continue;
			}
			var cap = rules.leaderCap(s.regime(), c.periodTo());
			if (cap.isPresent() && cap.get().best(unit).worseThan(r)) {
				out.add(new Breach(s, s.unitId(), unit, cap.get().best(unit), cap.get().mode()));
			}
		}
		return out;
	}

	/** Grid save: the BLOCK breaches of the save, each at its row's rating. */
	void problems(Campaign c, List<ScoreValidation.Update> updates, List<ScoreEntry> entries, List<FieldError> errors) {
		Map<Long, Rating> ratings = new HashMap<>();
		updates.forEach(u -> ratings.put(u.subject().id(), u.rating()));
		List<Breach> bs = breaches(c, updates.stream().map(ScoreValidation.Update::subject).toList(), ratings);
		for (Breach b : bs) {
			if (b.mode() == RuleMode.BLOCK) {
				errors.add(new FieldError("entries[" + QuotaGuard.indexOf(entries, b.subject()) + "].rating",
						message(c, b), ratings.get(b.subject().id()).code()));
			}
		}
	}

	/**
	 * Finalisation: a BLOCK breach is an error at the subject's rating; a WARN breach
	 * needs the justification. True when a WARN breach was found.
	 */
	boolean finalisation(Campaign c, List<Subject> subjects, String justification, List<FieldError> errors) {
		Map<Long, Rating> ratings = new HashMap<>();
		subjects.stream().filter(s -> s.rating() != null).forEach(s -> ratings.put(s.id(), s.rating()));
		boolean warned = false;
		for (Breach b : breaches(c, subjects, ratings)) {
			if (b.mode() == RuleMode.BLOCK) {
				errors.add(new FieldError("subjects[" + b.subject().id() + "].rating", message(c, b),
						b.subject().rating().code()));
			}
			else {
				warned = true;
				if (justification == null) {
					errors.add(new FieldError("quotaJustification",
							Messages.text("evaluation.error.leaderJustificationRequired", message(c, b))));
				}
			}
		}
		return warned;
	}

	String message(Campaign c, Breach b) {
		String unit = access.unitNames(List.of(b.unitId()), c.periodTo()).get(b.unitId());
		return Messages.text("evaluation.error.leaderCap", b.subject().name(), unit, b.unitRating().code(),
				b.best().code());
	}

}
