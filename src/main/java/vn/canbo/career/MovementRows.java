package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Repository;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.db.ReportingJdbc;

/**
 * The decision-person rows behind the movement counts: issued, not revoked decisions
 * effective in a period, within a scope and a unit subtree, concerning a post that passes
 * a {@link PostFilter}.
 */
@Repository
class MovementRows {

	/** A subject of a counted decision (an amendment counts as its target's type). */
	record Row(long decisionId, DecisionType type, long personId) {
	}

	private final ReportingJdbc reporting;

	private final DecisionService decisions;

	private final Units units;

	private final CareerFacts facts;

	private final Catalogs catalogs;

	MovementRows(ReportingJdbc reporting, DecisionService decisions, Units units, CareerFacts facts,
			Catalogs catalogs) {
		this.reporting = reporting;
		this.decisions = decisions;
		this.units = units;
		this.facts = facts;
		this.catalogs = catalogs;
	}

	/**
	 * The rows; {@code unitId}: only subjects of that unit's subtree (today or on
	 * {@code from}: the unit they left or, without one, the unit they go to), 404 when
	 * the unit is outside the scope.
	 */
	List<Row> list(Scope scope, Long unitId, LocalDate from, LocalDate to, PostFilter posts) {
		Set<Long> within = null;
		if (unitId != null) {
			if (!units.inScope(unitId, scope, to) && !units.inScope(unitId, scope, LocalDate.now())) {
				throw new NotFoundException(Messages.text("career.error.unitNotFoundPlain", String.valueOf(unitId)));
			}
			within = new HashSet<>(decisions.scopeUnits(Scope.of(unitId), from));
			within.addAll(units.subtreeIds(Set.of(unitId), to));
		}
		Set<Long> scopeUnits = decisions.scopeUnits(scope, from);
		var q = reporting.client()
			.sql("""
					select d.id, coalesce(t.type, d.type), s.person_id, s.title_code, s.position_id
					  from career_decision d join career_decision_subject s on s.decision_id = d.id
					  left join career_decision t on d.type = 'AMENDMENT' and t.id = d.target_decision_id
					 where d.status = 'ISSUED' and d.type <> 'REVOCATION' and d.effective_on between :f and :t"""
					+ DecisionRows.inUnits(scopeUnits)
					+ (within == null ? "" : " and coalesce(s.home_unit_id, s.unit_id) = any(:w)"))
			.param("f", from)
			.param("t", to);
		if (within != null) {
			q = q.param("w", within.toArray(Long[]::new));
		}
		record Raw(long decisionId, DecisionType type, long personId, String title, Long positionId) {
		}
		List<Raw> raw = DecisionRows.bindUnits(q, scopeUnits)
			.query((rs, n) -> new Raw(rs.getLong(1), DecisionType.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getString(4), (Long) rs.getObject(5)))
			.list();
		List<Row> out = new ArrayList<>();
		Map<Long, String> positionTitles = new HashMap<>();
		for (Raw r : raw) {
			if (!posts.none()) {
				String title = r.title();
				if (title == null && r.positionId() != null) {
					title = positionTitles.computeIfAbsent(r.positionId(),
							id -> facts.position(r.personId(), id)
								.map(vn.canbo.people.Position::titleCode)
								.orElse(null));
				}
				if (!posts.matches(title, catalogs)) {
					continue;
				}
			}
			out.add(new Row(r.decisionId(), r.type(), r.personId()));
		}
		return out;
	}

}
