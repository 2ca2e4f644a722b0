package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Plans and their titles (tables {@code planning_plan}, {@code planning_plan_title}); the
 * candidates' changes are {@link CandidateService}'s.
 */
@Component
class PlanService implements Plans {

	private final PlanningRows rows;

	private final PlanningAccess access;

	private final CandidateService candidates;

	private final Units units;

	private final Catalogs catalogs;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	PlanService(PlanningRows rows, PlanningAccess access, CandidateService candidates, Units units, Catalogs catalogs,
			AuditLog audit, CurrentUser currentUser) {
		this.rows = rows;
		this.access = access;
		this.candidates = candidates;
		this.units = units;
		this.catalogs = catalogs;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanningTerm> terms() {
		return rows.terms();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Plan> list(String termCode, Scope scope) {
		List<PlanningRows.PlanRow> visible = rows.plans(termCode == null || termCode.isBlank() ? null : termCode)
			.stream()
			.filter(p -> access.unitInScope(p.unitId(), p.decidedOn(), scope))
			.toList();
		return named(visible, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public Plan get(long planId, Scope scope) {
		return named(List.of(access.plan(planId, scope)), scope).get(0);
	}

	@Override
	@Transactional
	public Plan create(PlanInput in, Scope scope) {
		if (in.unitId() != null && !access.unitInScope(in.unitId(), null, scope)) {
			throw new vn.canbo.shared.NotFoundException(
					Messages.text("planning.error.unitNotFound", String.valueOf(in.unitId())));
		}
		List<FieldError> errors = new ArrayList<>();
		if (in.unitId() == null
				|| units.find(in.unitId(), in.decidedOn() == null ? LocalDate.now() : in.decidedOn()).isEmpty()) {
			errors.add(new FieldError("unitId", Messages.text("planning.error.unit")));
		}
		PlanningTerm term = in.termCode() == null ? null : rows.term(in.termCode()).orElse(null);
		if (term == null) {
			errors.add(new FieldError("termCode", Messages.text("planning.error.term", String.valueOf(in.termCode()))));
		}
		if (in.kind() == null) {
			errors.add(new FieldError("kind", Messages.text("planning.error.kind")));
		}
		if (PlanningRows.blank(in.decisionNumber())) {
			errors.add(new FieldError("decisionNumber", Messages.text("planning.error.decisionNumber")));
		}
		if (in.decidedOn() == null) {
			errors.add(new FieldError("decidedOn", Messages.text("planning.error.decidedOn")));
		}
		if (PlanningRows.blank(in.issuer())) {
			errors.add(new FieldError("issuer", Messages.text("planning.error.issuer")));
		}
		List<String> titles = in.titleCodes() == null ? List.of()
				: in.titleCodes().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
		if (titles.isEmpty()) {
			errors.add(new FieldError("titleCodes", Messages.text("planning.error.noTitle")));
		}
		for (int i = 0; i < titles.size(); i++) {
			if (catalogs.find(CatalogType.TITLE, titles.get(i)).isEmpty()) {
				errors.add(new FieldError("titleCodes[" + i + "]",
						Messages.text("planning.error.titleUnknown", i + 1, titles.get(i))));
			}
		}
		if (errors.isEmpty() && rows.planExists(in.unitId(), in.termCode(), in.kind())) {
			errors.add(new FieldError("termCode", Messages.text("planning.error.planExists", term.label(),
					in.kind().label(), units.namesOn(List.of(in.unitId()), in.decidedOn()).get(in.unitId()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = rows.insertPlan(in, currentUser.username());
		for (String t : new LinkedHashSet<>(titles)) {
			rows.insertTitle(id, t, in.decidedOn());
		}
		Plan saved = get(id, Scope.all());
		audit.record(AuditAction.CREATE, "planning_plan", String.valueOf(id), null, null, saved);
		return saved;
	}

	@Override
	@Transactional
	public Plan addTitle(long planId, String titleCode, LocalDate addedOn, Scope scope) {
		PlanningRows.PlanRow p = access.plan(planId, scope);
		rows.lockPlan(planId);
		List<FieldError> errors = new ArrayList<>();
		if (titleCode == null || catalogs.find(CatalogType.TITLE, titleCode).isEmpty()) {
			errors.add(new FieldError("titleCode", Messages.text("planning.error.titleUnknown", 1, titleCode)));
		}
		else if (rows.titles(List.of(planId)).stream().anyMatch(t -> t.titleCode().equals(titleCode))) {
			errors.add(new FieldError("titleCode",
					Messages.text("planning.error.titleTwice", catalogs.name(CatalogType.TITLE, titleCode))));
		}
		if (addedOn == null || addedOn.isBefore(p.decidedOn())) {
			errors.add(new FieldError("addedOn",
					Messages.text("planning.error.titleAddedOn", vn.canbo.shared.web.Formats.date(p.decidedOn()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.insertTitle(planId, titleCode, addedOn);
		audit.record(AuditAction.UPDATE, "planning_plan", String.valueOf(planId), null, null,
				Map.of("titleCode", titleCode, "addedOn", addedOn.toString()));
		return get(planId, scope);
	}

	@Override
	public List<RuleOutcome> check(long planId, CandidateInput input, Scope scope) {
		return candidates.check(planId, input, scope);
	}

	@Override
	public Candidate add(long planId, CandidateInput input, Scope scope) {
		return candidates.add(planId, input, scope);
	}

	@Override
	public Candidate remove(long candidateId, Removal removal, Scope scope) {
		return candidates.remove(candidateId, removal, scope);
	}

	@Override
	public Candidate vote(long candidateId, Vote vote, Scope scope) {
		return candidates.vote(candidateId, vote, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> ofPerson(long personId, Scope scope) {
		if (!access.personVisible(personId, scope)) {
			throw new vn.canbo.shared.NotFoundException(
					Messages.text("planning.error.personNotFound", String.valueOf(personId)));
		}
		return candidates.named(rows.candidatesOfPerson(personId), scope);
	}

	private List<Plan> named(List<PlanningRows.PlanRow> plans, Scope scope) {
		if (plans.isEmpty()) {
			return List.of();
		}
		List<Long> ids = plans.stream().map(PlanningRows.PlanRow::id).toList();
		Map<String, PlanningTerm> terms = new HashMap<>();
		rows.terms().forEach(t -> terms.put(t.code(), t));
		Map<Long, List<Candidate>> byPlan = new HashMap<>();
		candidates.named(rows.candidatesOfPlans(ids), scope)
			.forEach(c -> byPlan.computeIfAbsent(c.planId(), k -> new ArrayList<>()).add(c));
		Map<Long, List<Plan.Title>> titles = new HashMap<>();
		Map<String, String> titleNames = new HashMap<>();
		for (PlanningRows.TitleRow t : rows.titles(ids)) {
			titles.computeIfAbsent(t.planId(), k -> new ArrayList<>())
				.add(new Plan.Title(t.titleCode(), titleNames.computeIfAbsent(t.titleCode(), candidates::titleName),
						t.addedOn(),
						byPlan.getOrDefault(t.planId(), List.of())
							.stream()
							.filter(c -> c.titleCode().equals(t.titleCode()))
							.toList()));
		}
		Set<Long> unitIds = new java.util.HashSet<>();
		plans.forEach(p -> unitIds.add(p.unitId()));
		Map<Long, String> names = units.namesOn(unitIds, LocalDate.now());
		return plans.stream()
			.map(p -> new Plan(p.id(), p.unitId(), names.getOrDefault(p.unitId(), ""), terms.get(p.termCode()),
					p.kind(), p.decisionNumber(), p.decidedOn(), p.issuer(), p.note(),
					titles.getOrDefault(p.id(), List.of())))
			.toList();
	}

}
