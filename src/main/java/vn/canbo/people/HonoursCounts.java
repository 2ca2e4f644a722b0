package vn.canbo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Reward and discipline counts over a period (issue 15, point 4), both days inclusive,
 * for the union of unit subtrees ({@code rootUnitIds}; empty = the scope) within a scope
 * (a root outside it: not found).
 * <ul>
 * <li>an individual award counts on its decision date (the 31 December of its year when
 * the date is unknown); a discipline on the date it was decided;</li>
 * <li>a person counts where their main position was on that date: in a unit of the
 * subtrees as of the period's start or its end (restructurings within the period keep
 * both sides);</li>
 * <li>a collective award counts for its unit on its decision date, same units.</li>
 * </ul>
 * Awards are counted as occurrences per form ({@code awardsByForm}) and as distinct
 * persons; disciplines likewise. Soft-deleted rows never count.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class HonoursCounts {

	/** The counts of one period. */
	public record Counts(long awardedPersons, long personAwards, Map<String, Long> personAwardsByForm,
			long awardedUnits, long collectiveAwards, Map<String, Long> collectiveAwardsByForm, long disciplinedPersons,
			long disciplines, Map<String, Long> disciplinesByForm) {
	}

	private final JdbcClient jdbc;

	private final Units units;

	HonoursCounts(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	@Transactional(readOnly = true)
	public Counts count(Scope scope, Collection<Long> rootUnitIds, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new vn.canbo.shared.ValidationException("to", Messages.text("people.counts.period"));
		}
		Optional<Long[]> unitIds = unitIds(scope, rootUnitIds, from, to);
		String unitFilter = unitIds.isPresent() ? " and pp.unit_id = any(:units)" : "";
		String personAt = "exists (select 1 from person_position pp where pp.person_id = x.person_id"
				+ " and pp.deleted_at is null and not pp.concurrent and pp.valid_from <= x.d"
				+ " and (pp.valid_to is null or pp.valid_to > x.d)" + unitFilter + ")";
		String awards = "select person_id, form_code, coalesce(decision_date, make_date(year, 12, 31)) d"
				+ " from person_award a join person p on p.id = a.person_id and p.deleted_at is null"
				+ " where a.deleted_at is null";
		String disciplines = "select person_id, form_code, decided_on d from person_discipline a"
				+ " join person p on p.id = a.person_id and p.deleted_at is null where a.deleted_at is null"
				// a decision revoked by the end of the period is not counted (issue 15)
				+ " and (a.revoked_on is null or a.revoked_on > :t)";
		Object[] pa = byForm(
				"select x.form_code, count(*), count(distinct x.person_id) from (" + awards
						+ ") x where x.d between :f and :t and " + personAt + " group by x.form_code",
				unitIds, from, to);
		Object[] di = byForm(
				"select x.form_code, count(*), count(distinct x.person_id) from (" + disciplines
						+ ") x where x.d between :f and :t and " + personAt + " group by x.form_code",
				unitIds, from, to);
		long awardedPersons = distinct("select count(distinct x.person_id) from (" + awards
				+ ") x where x.d between :f and :t and " + personAt, unitIds, from, to);
		long disciplinedPersons = distinct("select count(distinct x.person_id) from (" + disciplines
				+ ") x where x.d between :f and :t and " + personAt, unitIds, from, to);
		String collective = "select form_code, count(*), count(distinct unit_id) from collective_award"
				+ " where deleted_at is null and decision_date between :f and :t"
				+ (unitIds.isPresent() ? " and unit_id = any(:units)" : "") + " group by form_code";
		Object[] co = byForm(collective, unitIds, from, to);
		long awardedUnits = distinct("select count(distinct unit_id) from collective_award where deleted_at is null"
				+ " and decision_date between :f and :t" + (unitIds.isPresent() ? " and unit_id = any(:units)" : ""),
				unitIds, from, to);
		return new Counts(awardedPersons, (long) pa[0], cast(pa[1]), awardedUnits, (long) co[0], cast(co[1]),
				disciplinedPersons, (long) di[0], cast(di[1]));
	}

	private Optional<Long[]> unitIds(Scope scope, Collection<Long> roots, LocalDate from, LocalDate to) {
		if (roots == null || roots.isEmpty()) {
			if (scope.unrestricted()) {
				return Optional.empty();
			}
			roots = scope.rootUnitIds();
		}
		else {
			for (Long r : roots) {
				if (!units.inScope(r, scope, to) && !units.inScope(r, scope, from)) {
					throw new NotFoundException(Messages.text("people.history.unitOutOfScope") + " (" + r + ")");
				}
			}
		}
		Set<Long> ids = new TreeSet<>(units.subtreeIds(roots, to));
		ids.addAll(units.subtreeIds(roots, from));
		if (!scope.unrestricted()) {
			// within the scope only, on either day
			Set<Long> inScope = new TreeSet<>(units.subtreeIds(scope.rootUnitIds(), to));
			inScope.addAll(units.subtreeIds(scope.rootUnitIds(), from));
			ids.retainAll(inScope);
		}
		return Optional.of(ids.toArray(Long[]::new));
	}

	private Object[] byForm(String sql, Optional<Long[]> unitIds, LocalDate from, LocalDate to) {
		Map<String, Long> out = new LinkedHashMap<>();
		long[] total = { 0 };
		var s = jdbc.sql(sql + " order by 1").param("f", from).param("t", to);
		if (unitIds.isPresent()) {
			s = s.param("units", unitIds.get());
		}
		s.query((java.sql.ResultSet rs) -> {
			out.put(rs.getString(1), rs.getLong(2));
			total[0] += rs.getLong(2);
		});
		return new Object[] { total[0], out };
	}

	private long distinct(String sql, Optional<Long[]> unitIds, LocalDate from, LocalDate to) {
		var s = jdbc.sql(sql).param("f", from).param("t", to);
		if (unitIds.isPresent()) {
			s = s.param("units", unitIds.get());
		}
		return s.query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Long> cast(Object o) {
		return java.util.Collections.unmodifiableMap((Map<String, Long>) o);
	}

}
