package vn.canbo.training;

import static vn.canbo.training.CourseService.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * once, a row's named {@code rows[i].field}; one transaction, audited (the plan, and by
 * targets the programme and each indicator changed).
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
		Map<CourseKind, long[]> targets = check(in, year, e);
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
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

	private Map<CourseKind, long[]> check(PlanInput in, Integer year, List<FieldError> e) {
		if (blank(in.decisionNumber())) {
			e.add(new FieldError("decisionNumber", Messages.text("training.plan.error.numberRequired")));
		}
		else if (in.decisionNumber().strip().length() > 60) {
			e.add(new FieldError("decisionNumber", Messages.text("training.error.numberTooLong", 60)));
		}
		if (in.decidedOn() == null) {
			e.add(new FieldError("decidedOn", Messages.text("training.plan.error.decidedOnRequired")));
		}
		else if (year != null && in.decidedOn().getYear() > year) {
			e.add(new FieldError("decidedOn",
					Messages.text("training.plan.error.decidedAfterYear", String.valueOf(year)),
					in.decidedOn().toString()));
		}
		if (blank(in.issuer())) {
			e.add(new FieldError("issuer", Messages.text("training.plan.error.issuerRequired")));
		}
		else if (in.issuer().strip().length() > 300) {
			e.add(new FieldError("issuer", Messages.text("training.error.issuerTooLong", 300)));
		}
		Map<CourseKind, long[]> out = new EnumMap<>(CourseKind.class);
		Set<CourseKind> seen = java.util.EnumSet.noneOf(CourseKind.class);
		for (int i = 0; i < in.rows().size(); i++) {
			PlanInput.Row r = in.rows().get(i);
			String f = "rows[" + i + "].";
			CourseKind kind = null;
			try {
				kind = CourseKind.valueOf(r.kind() == null ? "" : r.kind().strip());
			}
			catch (IllegalArgumentException x) {
				e.add(new FieldError(f + "kind", Messages.text("training.plan.error.kind", i + 1, r.kind()), r.kind()));
			}
			long turns = r.turns() == null ? 0 : r.turns(), persons = r.persons() == null ? 0 : r.persons();
			if (turns < 0) {
				e.add(new FieldError(f + "turns", Messages.text("training.plan.error.negative", i + 1), turns));
			}
			if (persons < 0) {
				e.add(new FieldError(f + "persons", Messages.text("training.plan.error.negative", i + 1), persons));
			}
			else if (turns > 0 && persons > turns) {
				e.add(new FieldError(f + "persons", Messages.text("training.plan.error.personsOverTurns", i + 1),
						persons));
			}
			if (kind != null && !seen.add(kind)) {
				e.add(new FieldError(f + "kind", Messages.text("training.plan.error.kindTwice", i + 1, kind.label()),
						kind.name()));
			}
			else if (kind != null && (turns > 0 || persons > 0)) {
				out.put(kind, new long[] { Math.max(turns, 0), Math.max(persons, 0) });
			}
		}
		if (out.isEmpty()) {
			e.add(new FieldError("rows", Messages.text("training.plan.error.noTarget")));
		}
		return out;
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
