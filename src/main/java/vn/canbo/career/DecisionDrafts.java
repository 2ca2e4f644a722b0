package vn.canbo.career;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Decisions as drafts and reads, for {@link DecisionService}: create, update, load within
 * the scope (404 outside it), list, and the content's validation.
 */
final class DecisionDrafts {

	private final DecisionRows rows;

	private final DecisionListRows listRows;

	private final PersonService people;

	private final CareerFacts facts;

	private final Units units;

	private final AuditLog audit;

	private final DecisionValidation validation;

	private final Supplier<String> user;

	DecisionDrafts(DecisionRows rows, DecisionListRows listRows, PersonService people, CareerFacts facts, Units units,
			AuditLog audit, DecisionValidation validation, Supplier<String> user) {
		this.rows = rows;
		this.listRows = listRows;
		this.people = people;
		this.facts = facts;
		this.units = units;
		this.audit = audit;
		this.validation = validation;
		this.user = user;
	}

	Decision create(DecisionDraft draft, Scope scope) {
		DecisionDraft d = normalise(draft, scope, false);
		long id = rows.insert(d, user.get());
		rows.replaceSubjects(id, d.subjects());
		Decision saved = load(id);
		audit.record(AuditAction.CREATE, "decision", String.valueOf(id), DecisionService.firstPerson(saved), null,
				DecisionService.summary(saved));
		return saved;
	}

	Decision update(long id, int expectedVersion, DecisionDraft draft, Scope scope) {
		rows.lock(id);
		Decision before = get(id, scope);
		requireDraft(before);
		DecisionDraft d = normalise(draft, scope, false);
		if (!rows.update(id, expectedVersion, d, user.get())) {
			throw new ConcurrentEditException(Messages.text("career.error.stale", String.valueOf(before.version())));
		}
		rows.replaceSubjects(id, d.subjects());
		Decision saved = load(id);
		audit.record(AuditAction.UPDATE, "decision", String.valueOf(id), DecisionService.firstPerson(saved),
				DecisionService.summary(before), DecisionService.summary(saved));
		return saved;
	}

	/** The decision, if every subject and target unit is in the scope. */
	Decision get(long id, Scope scope) {
		Decision d = load(id);
		requireScope(d, scope);
		return d;
	}

	PageResult<DecisionSummary> list(DecisionFilter filter, Scope scope, int page, int size) {
		int s = Math.max(1, Math.min(size, 200));
		Set<Long> concerning = null;
		if (filter.unitId() != null) {
			if (!units.inScope(filter.unitId(), scope, LocalDate.now())) {
				throw new NotFoundException(
						Messages.text("career.error.unitNotFoundPlain", String.valueOf(filter.unitId())));
			}
			concerning = scopeUnits(Scope.of(filter.unitId()), filter.from());
		}
		PageResult<DecisionSummary> r = listRows.list(filter, scopeUnits(scope, filter.from()), concerning,
				Math.max(0, page), s);
		Map<Long, String> names = facts.names(r.items()
			.stream()
			.map(DecisionSummary::firstPersonName)
			.filter(x -> x != null)
			.map(Long::valueOf)
			.collect(Collectors.toSet()));
		return r.map(x -> new DecisionSummary(x.id(), x.type(), x.number(), x.signedOn(), x.issuer(), x.effectiveOn(),
				x.status(), x.subjects(), x.firstPersonName() == null ? null
						: names.getOrDefault(Long.valueOf(x.firstPersonName()), "#" + x.firstPersonName())));
	}

	/** Decisions concerning a person (the person must be in the scope). */
	PageResult<DecisionSummary> ofPerson(long personId, Scope scope, int page, int size) {
		people.get(personId, null, scope); // 404 outside the scope
		return list(new DecisionFilter(null, null, null, null, personId, null), Scope.all(), page, size);
	}

	/** The scope's unit ids today and on the date (null = unrestricted). */
	Set<Long> scopeUnits(Scope scope, LocalDate on) {
		if (scope.unrestricted()) {
			return null;
		}
		Set<Long> ids = new HashSet<>(units.subtreeIds(scope.rootUnitIds(), LocalDate.now()));
		if (on != null) {
			ids.addAll(units.subtreeIds(scope.rootUnitIds(), on));
		}
		return ids;
	}

	/** The decision with its subjects' names, whatever the scope. */
	Decision load(long id) {
		Decision d = rows.find(id, Map.of()).orElseThrow(() -> notFound(id));
		Map<Long, String> names = facts.names(d.subjects().stream().map(DecisionSubject::personId).toList());
		return rows.find(id, names).orElseThrow();
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException(Messages.text("career.error.decisionNotFound", String.valueOf(id)));
	}

	private void requireScope(Decision d, Scope scope) {
		if (scope.unrestricted()) {
			return;
		}
		try {
			for (DecisionSubject s : d.subjects()) {
				people.get(s.personId(), d.effectiveOn(), scope);
				if (s.unitId() != null && !units.inScope(s.unitId(), scope, d.effectiveOn())
						&& !units.inScope(s.unitId(), scope, LocalDate.now())) {
					throw notFound(d.id());
				}
			}
		}
		catch (NotFoundException e) {
			throw notFound(d.id());
		}
	}

	static void requireDraft(Decision d) {
		if (!d.draft()) {
			throw new ValidationException("status", Messages.text("career.error.notDraft", d.status().label()));
		}
	}

	/**
	 * Checks the content and fills derived fields (home unit, titles, defaults). Persons
	 * and units outside the scope → 404. {@code forIssue}: number, issuer and signing
	 * date are required (a draft may lack them).
	 */
	DecisionDraft normalise(DecisionDraft d, Scope scope, boolean forIssue) {
		return validation.normalise(d, scope, forIssue, id -> get(id, scope));
	}

}
