package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Biên chế: staffing quotas per unit and year, and headcount against quota. Headcounts
 * come from every {@link HeadcountProvider} bean (the people module); without one they
 * are 0.
 */
@Service
public class StaffingService {

	private final JdbcClient jdbc;

	private final UnitService units;

	private final ObjectProvider<HeadcountProvider> providers;

	private final AuditLog audit;

	StaffingService(JdbcClient jdbc, UnitService units, ObjectProvider<HeadcountProvider> providers, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.providers = providers;
		this.audit = audit;
	}

	/**
	 * Sets (or replaces) the quota of a unit for a year. The unit must exist during that
	 * year and lie in the scope.
	 */
	@Transactional
	public StaffingQuota setQuota(long unitId, int year, Integer quota, String decisionNumber, String note,
			Scope scope) {
		// the scope first: a unit outside it gets the 404 of an absent one, before any
		// validation (issue 12)
		units.requireEver(unitId, scope);
		List<FieldError> errors = new ArrayList<>();
		if (year < 1945 || year > 2100) {
			errors.add(new FieldError("year", Messages.text("org.error.yearInvalid"), year));
		}
		if (quota == null) {
			errors.add(new FieldError("quota", Messages.text("org.error.quotaRequired")));
		}
		else if (quota < 0) {
			errors.add(new FieldError("quota", Messages.text("org.error.quotaNegative"), quota));
		}
		if (decisionNumber != null && decisionNumber.length() > 100) {
			errors.add(
					new FieldError("decisionNumber", Messages.text("org.error.decisionNumberTooLong"), decisionNumber));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		LocalDate on = dayOfYearIn(unitId, year);
		if (on == null) {
			throw new ValidationException(List
				.of(new FieldError("year", Messages.text("org.error.inactiveInYear", String.valueOf(year)), year)));
		}
		units.require(unitId, on, scope);
		StaffingQuota before = jdbc.sql(
				"select unit_id, year, quota, decision_number, note from org_staffing_quota where unit_id = ? and year = ? for update")
			.params(unitId, year)
			.query(StaffingService::map)
			.optional()
			.orElse(null);
		jdbc.sql(
				"""
						insert into org_staffing_quota (unit_id, year, quota, decision_number, note, updated_at, updated_by)
						values (?, ?, ?, ?, ?, now(), ?)
						on conflict (unit_id, year) do update set quota = excluded.quota, decision_number = excluded.decision_number,
						    note = excluded.note, updated_at = now(), updated_by = excluded.updated_by""")
			.params(unitId, year, quota, VietnameseText.clean(decisionNumber),
					note == null || note.isBlank() ? null : note.strip(), RestructuringService.actor())
			.update();
		StaffingQuota after = new StaffingQuota(unitId, year, quota, VietnameseText.clean(decisionNumber),
				note == null || note.isBlank() ? null : note.strip());
		audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "org_staffing_quota",
				unitId + "/" + year, null, before, after);
		return after;
	}

	/** The quota of a unit for a year (scope checked during that year). */
	public Optional<StaffingQuota> quota(long unitId, int year, Scope scope) {
		LocalDate on = dayOfYearIn(unitId, year);
		if (on == null) {
			units.requireEver(unitId, scope);
			return Optional.empty();
		}
		units.require(unitId, on, scope);
		return jdbc.sql(
				"select unit_id, year, quota, decision_number, note from org_staffing_quota where unit_id = ? and year = ?")
			.params(unitId, year)
			.query(StaffingService::map)
			.optional();
	}

	/** Every quota of a unit, by year. */
	public List<StaffingQuota> quotas(long unitId, Scope scope) {
		units.requireEver(unitId, scope);
		return jdbc.sql(
				"select unit_id, year, quota, decision_number, note from org_staffing_quota where unit_id = ? order by year desc")
			.param(unitId)
			.query(StaffingService::map)
			.list();
	}

	/**
	 * Quotas of several units for a year, by unit id (no scope check: callers pass units
	 * they have shown).
	 */
	public Map<Long, Integer> quotas(Collection<Long> unitIds, int year) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> m = new HashMap<>();
		jdbc.sql("select unit_id, quota from org_staffing_quota where unit_id = any(?) and year = ?")
			.params(unitIds.toArray(Long[]::new), year)
			.query((rs, n) -> m.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return m;
	}

	/**
	 * Persons in each unit itself on the date, summed over every provider (0 without
	 * providers).
	 */
	public Map<Long, Long> headcounts(Collection<Long> unitIds, LocalDate asOf) {
		Map<Long, Long> total = new HashMap<>();
		if (unitIds.isEmpty()) {
			return total;
		}
		providers.orderedStream()
			.forEach(p -> p.headcounts(unitIds, asOf).forEach((k, v) -> total.merge(k, v == null ? 0 : v, Long::sum)));
		return total;
	}

	/**
	 * Headcount against quota of one unit on a date: its own people, its subtree's, the
	 * quota of that year.
	 */
	public Staffing staffing(long unitId, LocalDate asOf, Scope scope) {
		units.require(unitId, asOf, scope);
		Set<Long> subtree = units.subtreeIds(List.of(unitId), asOf);
		Map<Long, Long> counts = headcounts(subtree, asOf);
		long own = counts.getOrDefault(unitId, 0L);
		long sum = counts.values().stream().mapToLong(Long::longValue).sum();
		Integer quota = quotas(List.of(unitId), asOf.getYear()).get(unitId);
		return new Staffing(unitId, asOf.getYear(), quota, own, sum);
	}

	/** A day of the year on which the unit existed (the last one), or null. */
	private LocalDate dayOfYearIn(long unitId, int year) {
		if (year < 1 || year > 9999) {
			return null;
		}
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year + 1, 1, 1);
		return jdbc.sql("""
				select max(least(coalesce(valid_to, ?), ?) - 1) from org_unit_version
				where unit_id = ? and valid_from < ? and (valid_to is null or valid_to > ?)""")
			.params(end, end, unitId, end, start)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private static StaffingQuota map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StaffingQuota(rs.getLong("unit_id"), rs.getInt("year"), rs.getInt("quota"),
				rs.getString("decision_number"), rs.getString("note"));
	}

}
