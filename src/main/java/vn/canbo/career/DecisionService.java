package vn.canbo.career;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.rules.SubjectFacts;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Quyết định: draft → check → issue (applied to every subject's dossier in one
 * transaction: all or nothing) → revoke or amend by another decision, which undoes
 * exactly the first one's effects. Issued decisions are immutable. Every subject person
 * and target unit must be in the user's scope, otherwise the decision "does not exist"
 * (404).
 */
@Service
public class DecisionService {

	static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

	private final DecisionRows rows;

	private final PersonService people;

	private final CareerFacts facts;

	private final Units units;

	private final Catalogs catalogs;

	private final RuleChecks rules;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final DecisionEffects effects;

	private final DecisionValidation validation;

	private final FourEyes fourEyes;

	DecisionService(DecisionRows rows, PersonService people, CareerFacts facts, Units units, Catalogs catalogs,
			RuleChecks rules, AuditLog audit, CurrentUser currentUser, CareerSettings settings) {
		this.fourEyes = new FourEyes(settings);
		this.rows = rows;
		this.people = people;
		this.facts = facts;
		this.units = units;
		this.catalogs = catalogs;
		this.rules = rules;
		this.audit = audit;
		this.currentUser = currentUser;
		this.effects = new DecisionEffects(rows, people, facts, units, catalogs, rules, audit, this::user, this::load);
		this.validation = new DecisionValidation(people, facts, units, catalogs, rules, effects);
	}

	// ------------------------------------------------------------------ drafts

	@Transactional
	public Decision create(DecisionDraft draft, Scope scope) {
		DecisionDraft d = normalise(draft, scope);
		long id = rows.insert(d, user());
		rows.replaceSubjects(id, d.subjects());
		Decision saved = load(id);
		audit.record(AuditAction.CREATE, "decision", String.valueOf(id), firstPerson(saved), null, summary(saved));
		return saved;
	}

	@Transactional
	public Decision update(long id, int expectedVersion, DecisionDraft draft, Scope scope) {
		rows.lock(id);
		Decision before = get(id, scope);
		requireDraft(before);
		DecisionDraft d = normalise(draft, scope);
		if (!rows.update(id, expectedVersion, d, user())) {
			throw new ConcurrentEditException(Messages.text("career.error.stale", String.valueOf(before.version())));
		}
		rows.replaceSubjects(id, d.subjects());
		Decision saved = load(id);
		audit.record(AuditAction.UPDATE, "decision", String.valueOf(id), firstPerson(saved), summary(before),
				summary(saved));
		return saved;
	}

	/** The decision, if every subject and target unit is in the scope. */
	@Transactional(readOnly = true)
	public Decision get(long id, Scope scope) {
		Decision d = load(id);
		requireScope(d, scope);
		return d;
	}

	@Transactional(readOnly = true)
	public PageResult<DecisionSummary> list(DecisionFilter filter, Scope scope, int page, int size) {
		int s = Math.max(1, Math.min(size, 200));
		Set<Long> concerning = null;
		if (filter.unitId() != null) {
			if (!units.inScope(filter.unitId(), scope, LocalDate.now())) {
				throw new NotFoundException(
						Messages.text("career.error.unitNotFoundPlain", String.valueOf(filter.unitId())));
			}
			concerning = scopeUnits(Scope.of(filter.unitId()), filter.from());
		}
		PageResult<DecisionSummary> r = rows.list(filter, scopeUnits(scope, filter.from()), concerning,
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
	@Transactional(readOnly = true)
	public PageResult<DecisionSummary> ofPerson(long personId, Scope scope, int page, int size) {
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

	// ------------------------------------------------------------------ check and issue

	/**
	 * Runs the rules on a draft, stores and returns the results (no change to any
	 * dossier).
	 */
	@Transactional
	public List<RuleResult> check(long id, Scope scope) {
		Decision d = get(id, scope);
		List<RuleResult> results = evaluate(d, scope);
		rows.saveChecks(id, results);
		return results;
	}

	/**
	 * First approval (four-eyes): the draft must be complete and pass the BLOCK rules;
	 * its content is frozen from now on, and another user issues it.
	 */
	@Transactional
	public Decision approve(long id, Scope scope) {
		rows.lock(id);
		Decision d = get(id, scope);
		requireDraft(d);
		List<FieldError> errors = new ArrayList<>();
		List<RuleResult> results = ready(d, scope, errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.saveChecks(id, results);
		rows.markApproved(id, user());
		Decision approved = load(id);
		Map<String, Object> after = summary(approved);
		after.put("approvedBy", approved.approvedBy());
		audit.record(AuditAction.DECISION, "decision", String.valueOf(id), firstPerson(approved),
				Map.of("status", "DRAFT"), after);
		return approved;
	}

	/** Whether decisions of the type need a second approver. */
	public boolean needsSecondApprover(DecisionType type) {
		return fourEyes.required(type);
	}

	/**
	 * Issues a draft (or an approved decision): checks it again (BLOCK stops; WARN needs
	 * {@code justification}), applies its effects to every subject's dossier (all or
	 * nothing), records the effects and audits the decision. A four-eyes type must have
	 * been approved, and is issued by neither its drafter nor its approver.
	 */
	@Transactional
	public Decision issue(long id, String justification, Scope scope) {
		rows.lock(id);
		Decision d = get(id, scope);
		if (!d.approved()) {
			requireDraft(d);
		}
		fourEyes.checkIssuer(d, user());
		List<FieldError> errors = new ArrayList<>();
		List<RuleResult> results = ready(d, scope, errors);
		List<RuleResult> warnings = results.stream().filter(RuleResult::warns).toList();
		String why = justification == null ? null : justification.strip();
		if (!warnings.isEmpty() && (why == null || why.isEmpty())) {
			errors.add(new FieldError("justification", Messages.text("career.error.justificationRequired",
					warnings.stream().map(RuleResult::message).collect(Collectors.joining("; ")))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.saveChecks(id, results);
		List<CareerFacts.Effect> effects = apply(d, scope);
		rows.saveEffects(id, effects);
		rows.markIssued(id, warnings.isEmpty() ? null : why, user());
		Decision issued = load(id);
		Map<String, Object> after = summary(issued);
		if (!warnings.isEmpty()) {
			after.put("justification", why);
			after.put("warnings", warnings.stream().map(RuleResult::message).toList());
		}
		if (issued.approvedBy() != null) {
			after.put("approvedBy", issued.approvedBy());
		}
		after.put("effects", effects.size());
		audit.record(AuditAction.DECISION, "decision", String.valueOf(id), firstPerson(issued),
				Map.of("status", d.status().name()), after);
		return issued;
	}

	/**
	 * Complete and still valid (units, persons, positions), number free, rules run: BLOCK
	 * results and a taken number are added to {@code errors}; returns every rule result.
	 */
	private List<RuleResult> ready(Decision d, Scope scope, List<FieldError> errors) {
		return ready(d, scope, errors, true);
	}

	/** {@code blocking}: BLOCK results are errors (not for a past decision imported). */
	private List<RuleResult> ready(Decision d, Scope scope, List<FieldError> errors, boolean blocking) {
		normalise(d.content(), scope, true);
		if (rows.numberTaken(d.issuer(), d.number(), d.id())) {
			errors.add(new FieldError("number", Messages.text("career.error.numberTaken", d.number(), d.issuer()),
					d.number()));
		}
		List<RuleResult> results = evaluate(d, scope);
		results.stream()
			.filter(r -> blocking && r.blocks())
			.forEach(r -> errors.add(new FieldError("rules", r.message(), r.ruleId())));
		return results;
	}

	/** A decision recorded from the office's register, issued, and its rule results. */
	public record Imported(Decision decision, List<RuleResult> results) {
	}

	/**
	 * Records a decision of the office's register and issues it at once (imports): the
	 * same validation, effects on the dossiers, records and audit as creating and issuing
	 * it in the UI. A decision effective before today is a fact to record: its rule
	 * results are returned (the caller shows them as warnings), kept with the decision,
	 * and never stop it; from today on, a BLOCK stops it and a type needing a second
	 * approver is refused (issue it in the application).
	 */
	@Transactional
	public Imported importIssued(DecisionDraft draft, Scope scope) {
		boolean past = draft.effectiveOn() != null && draft.effectiveOn().isBefore(LocalDate.now());
		if (!past && draft.type() != null && fourEyes.required(draft.type())) {
			throw new ValidationException("type", Messages.text("career.import.fourEyes", draft.type().text()));
		}
		Decision d = create(draft, scope);
		List<FieldError> errors = new ArrayList<>();
		List<RuleResult> results = ready(d, scope, errors, !past);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		rows.saveChecks(d.id(), results);
		List<CareerFacts.Effect> effects = apply(d, scope);
		rows.saveEffects(d.id(), effects);
		List<String> flagged = results.stream().filter(r -> r.warns() || r.blocks()).map(RuleResult::message).toList();
		rows.markIssued(d.id(),
				flagged.isEmpty() ? null : Messages.text(Messages.VIETNAMESE, "career.import.justification"), user());
		Decision issued = load(d.id());
		Map<String, Object> after = summary(issued);
		after.put("imported", true);
		if (!flagged.isEmpty()) {
			after.put("warnings", flagged);
		}
		after.put("effects", effects.size());
		audit.record(AuditAction.DECISION, "decision", String.valueOf(d.id()), firstPerson(issued),
				Map.of("status", DecisionStatus.DRAFT.name()), after);
		return new Imported(issued, results);
	}

	/**
	 * What a revocation needs: its own number, dates and issuer; {@code signing} (its
	 * document's place, proposer, authority, signer title, recipients) defaults to the
	 * revoked decision's.
	 */
	public record Revocation(String number, LocalDate signedOn, String issuer, String signer, LocalDate effectiveOn,
			String note, DecisionSigning signing) {

		public Revocation(String number, LocalDate signedOn, String issuer, String signer, LocalDate effectiveOn,
				String note) {
			this(number, signedOn, issuer, signer, effectiveOn, note, null);
		}
	}

	/**
	 * Records and issues a revocation (thu hồi, hủy bỏ) of an issued decision: its
	 * effects are undone.
	 */
	@Transactional
	public Decision revoke(long id, Revocation r, Scope scope) {
		Decision target = get(id, scope);
		DecisionDraft draft = new DecisionDraft(DecisionType.REVOCATION, r.number(), r.signedOn(), r.issuer(),
				r.signer(), r.effectiveOn() == null ? target.effectiveOn() : r.effectiveOn(), null, null, target.id(),
				r.note(), List.of(), r.signing() == null ? target.signing() : r.signing());
		normalise(draft, scope, true);
		Decision created = create(draft, scope);
		return issue(created.id(), null, scope);
	}

	// ------------------------------------------------------------------ scan

	/**
	 * Attaches the scan (PDF, PNG or JPEG by content, at most 10 MB); a draft, or an
	 * issued decision without scan.
	 */
	@Transactional
	public Decision attachScan(long id, String fileName, byte[] data, Scope scope) {
		rows.lock(id);
		Decision d = get(id, scope);
		if (!d.draft() && d.scan() != null) {
			throw new ValidationException("scan", Messages.text("career.error.scanExists"));
		}
		String type = ScanFiles.check(data);
		String name = ScanFiles.name(fileName);
		rows.saveScan(id, name, type, data, user());
		audit.record(AuditAction.UPDATE, "decision", String.valueOf(id), firstPerson(d), null,
				Map.of("scan", name, "contentType", type, "size", data.length));
		return load(id);
	}

	/** Detects the type by magic bytes: %PDF, PNG signature, JPEG SOI. */
	static String contentType(byte[] b) {
		return ScanFiles.contentType(b);
	}

	public record ScanFile(String fileName, String contentType, byte[] data) {
	}

	@Transactional(readOnly = true)
	public ScanFile scan(long id, Scope scope) {
		get(id, scope);
		return rows.scan(id)
			.map(s -> new ScanFile(s.fileName(), s.contentType(), s.data()))
			.orElseThrow(() -> new NotFoundException(Messages.text("career.error.noScan")));
	}

	// ------------------------------------------------------------------ helpers: load,
	// scope

	private Decision load(long id) {
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

	private static void requireDraft(Decision d) {
		if (!d.draft()) {
			throw new ValidationException("status", Messages.text("career.error.notDraft", d.status().label()));
		}
	}

	private String user() {
		return currentUser.username();
	}

	static Long firstPerson(Decision d) {
		return d.subjects().isEmpty() ? null : d.subjects().get(0).personId();
	}

	private static Map<String, Object> summary(Decision d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", d.number());
		m.put("type", d.type().name());
		m.put("status", d.status().name());
		m.put("issuer", d.issuer());
		m.put("effectiveOn", String.valueOf(d.effectiveOn()));
		m.put("persons", d.subjects().stream().map(DecisionSubject::personId).toList());
		if (d.targetDecisionId() != null) {
			m.put("targetDecisionId", d.targetDecisionId());
		}
		return m;
	}

	// ------------------------------------------------------------------ validation

	/**
	 * Checks the content and fills derived fields (home unit, titles, defaults). Persons
	 * and units outside the scope → 404.
	 */
	DecisionDraft normalise(DecisionDraft d, Scope scope) {
		return normalise(d, scope, false);
	}

	/**
	 * {@code forIssue}: number, issuer and signing date are required (a draft may lack
	 * them).
	 */
	DecisionDraft normalise(DecisionDraft d, Scope scope, boolean forIssue) {
		return validation.normalise(d, scope, forIssue, id -> get(id, scope));
	}

	// ------------------------------------------------------------------ rules

	/**
	 * The applicable rules for every subject, with the parameters in force on the
	 * effective date.
	 */
	List<RuleResult> evaluate(Decision d, Scope scope) {
		DecisionType type = effects.of(d.type()).ruleType(d);
		if (type == null) {
			return List.of();
		}
		DecisionEffect effect = effects.of(type);
		LocalDate day = d.effectiveOn();
		List<RuleResult> out = new ArrayList<>();
		for (DecisionSubject s : d.subjects()) {
			PersonView p = people.get(s.personId(), day, scope);
			var data = p.person().data();
			SubjectFacts f = new SubjectFacts(s.personId(), data.fullName(), data.gender(), data.birthDate(),
					data.category(), p.disciplines(), p.retirementAdjustMonths(day));
			effect.checkRules(d, type, s, f, p, out);
		}
		effect.checkAll(d, type, out);
		return out;
	}

	// ------------------------------------------------------------------ effects

	private List<CareerFacts.Effect> apply(Decision d, Scope scope) {
		List<CareerFacts.Effect> all = new ArrayList<>();
		DecisionType type = effects.of(d.type()).undo(d);
		if (type == null) {
			return all;
		}
		DecisionEffect effect = effects.of(type);
		int term = rules.parameters().intValue("appoint.term_months", d.effectiveOn());
		for (int i = 0; i < d.subjects().size(); i++) {
			DecisionSubject s = d.subjects().get(i);
			try {
				all.addAll(effect.apply(d, type, s, term));
			}
			catch (ValidationException ex) {
				String prefix = "subjects[" + i + "].";
				throw new ValidationException(ex.errors()
					.stream()
					.map(x -> new FieldError(prefix + x.field(),
							(s.personName() == null ? "" : s.personName() + ": ") + x.message(), x.rejectedValue()))
					.toList());
			}
		}
		return all;
	}

}
