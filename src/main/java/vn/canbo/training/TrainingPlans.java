package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.Units;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.Programme;
import vn.canbo.targets.Programmes;

/**
 * Yearly training plans (kế hoạch đào tạo, bồi dưỡng) of units. The targets live in a
 * targets {@link Programme} of the unit for the year (1/1–31/12) whose indicators are
 * built by {@link PlanIndicators}, so that the summary report phrases them ("…, đạt 96%
 * kế hoạch"); table training_plan ties unit and year to it and keeps the decision. Scope
 * first: a unit outside the scope, or a plan of one, does not exist (404); every error at
 * once, a row's named {@code rows[i].field} ({@link PlanChecks}); one transaction,
 * audited (the plan, and by targets the programme and each indicator changed).
 */
@Service
public class TrainingPlans {

	private final PlanRows rows;

	private final Programmes programmes;

	private final TrainingAccess access;

	private final Units units;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	TrainingPlans(PlanRows rows, Programmes programmes, TrainingAccess access, Units units, AuditLog audit,
			CurrentUser currentUser) {
		this.rows = rows;
		this.programmes = programmes;
		this.access = access;
		this.units = units;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * The plans of the year of the unit's subtree (the scope's units without a unit), by
	 * unit; lines empty. A unit outside the scope: 404.
	 */
	@Transactional(readOnly = true)
	public List<TrainingPlan> list(int year, Long unitId, Scope scope) {
		if (year < 1900 || year > 2200) {
			return List.of();
		}
		LocalDate end = LocalDate.of(year, 12, 31);
		List<PlanRows.Row> found;
		if (unitId != null) {
			requireUnit(unitId, year, scope);
			found = rows.list(year, units.subtreeIds(Set.of(unitId), end));
		}
		else if (scope.unrestricted()) {
			found = rows.list(year);
		}
		else {
			Set<Long> ids = new HashSet<>(units.subtreeIds(scope.rootUnitIds(), end));
			ids.addAll(units.subtreeIds(scope.rootUnitIds(), LocalDate.now()));
			found = rows.list(year, ids);
		}
		Map<Long, String> names = access.unitNames(found.stream().map(PlanRows.Row::unitId).toList(), end);
		return found.stream().map(r -> plan(r, names.get(r.unitId()), null, List.of())).toList();
	}

	/**
	 * The unit's plan of the year with its lines as of the date (today when null; the
	 * year's end at most). Absent or out of scope: 404.
	 */
	@Transactional(readOnly = true)
	public TrainingPlan get(long unitId, int year, LocalDate asOf, Scope scope) {
		return find(unitId, year, asOf, scope).orElseThrow(() -> notFound(unitId, year));
	}

	/**
	 * As {@link #get}, empty when the unit (in the scope) has no plan for the year; a
	 * unit outside the scope: 404.
	 */
	@Transactional(readOnly = true)
	public Optional<TrainingPlan> find(long unitId, int year, LocalDate asOf, Scope scope) {
		if (year < 1900 || year > 2200) {
			throw notFound(unitId, year);
		}
		requireUnit(unitId, year, scope);
		Optional<PlanRows.Row> row = rows.find(unitId, year);
		if (row.isEmpty()) {
			return Optional.empty();
		}
		PlanRows.Row r = row.get();
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		d = d.isAfter(end) ? end : d;
		var lines = PlanIndicators.lines(programmes.achievements(r.programmeId(), d, scope));
		return Optional.of(plan(r, access.unitNames(List.of(unitId), end).get(unitId), d, lines));
	}

	/**
	 * The unit's name at the year's end (or its latest); the unit must be in the scope.
	 */
	public String unitName(long unitId, int year, Scope scope) {
		requireUnit(unitId, year, scope);
		return access.unitNames(List.of(unitId), LocalDate.of(year, 12, 31)).get(unitId);
	}

	/** Creates or replaces the unit's plan of the year; all or nothing. */
	@Transactional
	public TrainingPlan save(Long unitId, Integer year, PlanInput in, Scope scope) {
		if (unitId != null && year != null) {
			requireUnit(unitId, year, scope);
		}
		List<FieldError> e = new ArrayList<>();
		if (unitId == null) {
			e.add(new FieldError("unitId", Messages.text("training.plan.error.unitRequired")));
		}
		if (year == null) {
			e.add(new FieldError("year", Messages.text("training.plan.error.yearRequired")));
		}
		else if (year < 2000 || year > 2100) {
			e.add(new FieldError("year", Messages.text("training.plan.error.yearRange", "2000", "2100"), year));
		}
		Map<CourseKind, long[]> targets = PlanChecks.check(in, year, e);
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		try {
			return save(unitId, year, in, targets, scope);
		}
		catch (DuplicateKeyException x) {
			// two creations of the same plan at once: the second meets the first's row
			throw new ConcurrentEditException(
					Messages.text("training.plan.error.createdMeanwhile", String.valueOf(year)));
		}
	}

	private TrainingPlan save(long unitId, int year, PlanInput in, Map<CourseKind, long[]> targets, Scope scope) {
		String number = in.decisionNumber().strip(), issuer = in.issuer().strip();
		String user = currentUser.username();
		PlanRows.Row before = rows.find(unitId, year).orElse(null);
		Programme p = header(before, unitId, year, number, in, issuer, scope);
		long id;
		if (before == null) {
			id = rows.insert(unitId, year, p.id(), number, in.decidedOn(), issuer, user);
		}
		else {
			id = before.id();
			int version = in.version() == null ? before.version() : in.version();
			if (rows.update(id, version, number, in.decidedOn(), issuer, user) == 0) {
				throw new ConcurrentEditException(Messages.text("training.plan.error.stale", String.valueOf(year)));
			}
		}
		indicators(p, targets, scope);
		TrainingPlan after = get(unitId, year, null, scope);
		audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "training_plan", String.valueOf(id),
				null, before, Map.of("unitId", unitId, "year", year, "programmeId", p.id(), "decisionNumber", number,
						"decidedOn", in.decidedOn().toString(), "issuer", issuer, "targets", audited(targets)));
		return after;
	}

	/**
	 * Deletes the unit's plan of the year: its row and its targets programme (with the
	 * indicators; kept by targets as deleted), audited with what it held. Refused for a
	 * year already over: its achievement has been reported ("đạt x% kế hoạch" in that
	 * year's summaries) and must stay reproducible; such a plan is corrected, not
	 * deleted. The enrolments are not the plan's and stay. Outside the scope or absent:
	 * 404; a stale version: 409.
	 */
	@Transactional
	public void delete(long unitId, int year, Integer version, Scope scope) {
		TrainingPlan before = get(unitId, year, null, scope);
		if (year < LocalDate.now().getYear()) {
			throw new ValidationException("year",
					Messages.text("training.plan.error.deletePast", String.valueOf(year)));
		}
		int v = version == null ? before.version() : version;
		if (rows.delete(before.id(), v) == 0) {
			throw new ConcurrentEditException(Messages.text("training.plan.error.stale", String.valueOf(year)));
		}
		programmes.delete(before.programmeId(), programmes.get(before.programmeId(), scope).version(), scope);
		audit.record(AuditAction.DELETE, "training_plan", String.valueOf(before.id()), null, before, null);
	}

	private Programme header(PlanRows.Row before, long unitId, int year, String number, PlanInput in, String issuer,
			Scope scope) {
		String title = Messages.text(Messages.VIETNAMESE, "training.plan.title", String.valueOf(year), number);
		LocalDate from = LocalDate.of(year, 1, 1), to = LocalDate.of(year, 12, 31);
		if (before == null) {
			return programmes.save(new Programme(null, "KHDT-" + unitId + "-" + year, title, issuer, unitId, from, to,
					null, 0, List.of()), scope);
		}
		Programme p = programmes.get(before.programmeId(), scope);
		if (p.title().equals(title) && issuer.equals(p.issuingBody())) {
			return p;
		}
		return programmes.save(
				new Programme(p.id(), p.code(), title, issuer, unitId, from, to, p.note(), p.version(), List.of()),
				scope);
	}

	private void indicators(Programme p, Map<CourseKind, long[]> targets, Scope scope) {
		Map<String, Indicator> existing = new java.util.HashMap<>();
		p.indicators().forEach(i -> existing.put(i.code(), i));
		for (CourseKind k : CourseKind.values()) {
			long[] t = targets.getOrDefault(k, new long[2]);
			for (int n = 0; n < 2; n++) {
				String code = (n == 0 ? PlanIndicators.TURNS : PlanIndicators.PERSONS) + k.name();
				Indicator old = existing.get(code);
				if (t[n] > 0) {
					Indicator i = PlanIndicators.indicator(old == null ? null : old.id(), k, n == 1, t[n]);
					if (old == null || !PlanIndicators.same(old, i)) {
						programmes.saveIndicator(p.id(), i, scope);
					}
				}
				else if (old != null) {
					programmes.deleteIndicator(p.id(), old.id(), scope);
				}
			}
		}
	}

	private static Map<String, String> audited(Map<CourseKind, long[]> targets) {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		targets.forEach((k, t) -> m.put(k.name(), t[0] + " lượt / " + t[1] + " người"));
		return m;
	}

	private void requireUnit(long unitId, int year, Scope scope) {
		LocalDate end = LocalDate.of(Math.max(1900, Math.min(year, 2200)), 12, 31);
		boolean exists = units.find(unitId, end).isPresent() || units.find(unitId, LocalDate.now()).isPresent();
		if (!exists || !access.unitInScope(unitId, end, scope)) {
			throw new NotFoundException(Messages.text("training.error.unitNotFound", String.valueOf(unitId)));
		}
	}

	private static NotFoundException notFound(long unitId, int year) {
		return new NotFoundException(
				Messages.text("training.plan.error.notFound", String.valueOf(unitId), String.valueOf(year)));
	}

	private static TrainingPlan plan(PlanRows.Row r, String unitName, LocalDate asOf, List<TrainingPlan.Line> lines) {
		return new TrainingPlan(r.id(), r.unitId(), unitName, r.year(), r.programmeId(), r.number(), r.decidedOn(),
				r.issuer(), r.version(), asOf, lines);
	}

}
