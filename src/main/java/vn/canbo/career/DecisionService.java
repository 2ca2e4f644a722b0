package vn.canbo.career;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.people.PersonService;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleResult;
import vn.canbo.security.CurrentUser;
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
 * (404). An issued decision is published ({@link DecisionIssued}) inside its transaction.
 */
@Service
public class DecisionService {

	static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

	private final DecisionRows rows;

	private final DecisionScanRows scans;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final FourEyes fourEyes;

	private final DecisionDrafts drafts;

	private final DecisionIssuer issuer;

	DecisionService(DecisionRows rows, DecisionListRows listRows, DecisionScanRows scans, PersonService people,
			CareerFacts facts, Units units, Catalogs catalogs, RuleChecks rules, AuditLog audit,
			CurrentUser currentUser, CareerSettings settings, ApplicationEventPublisher events,
			ObjectProvider<PlannedCandidacies> planned) {
		this.fourEyes = new FourEyes(settings);
		this.rows = rows;
		this.scans = scans;
		this.audit = audit;
		this.currentUser = currentUser;
		DecisionEffects effects = new DecisionEffects(rows, people, facts, units, catalogs, rules, audit, this::user,
				this::load);
		DecisionValidation validation = new DecisionValidation(people, facts, units, catalogs, rules, effects);
		this.drafts = new DecisionDrafts(rows, listRows, people, facts, units, audit, validation, this::user);
		this.issuer = new DecisionIssuer(rows, drafts, people, rules, audit, effects, fourEyes, this::user, events,
				new PlanningCondition(rules, units, catalogs, planned));
	}

	// ------------------------------------------------------------------ drafts

	@Transactional
	public Decision create(DecisionDraft draft, Scope scope) {
		return drafts.create(draft, scope);
	}

	@Transactional
	public Decision update(long id, int expectedVersion, DecisionDraft draft, Scope scope) {
		return drafts.update(id, expectedVersion, draft, scope);
	}

	/** The decision, if every subject and target unit is in the scope. */
	@Transactional(readOnly = true)
	public Decision get(long id, Scope scope) {
		return drafts.get(id, scope);
	}

	@Transactional(readOnly = true)
	public PageResult<DecisionSummary> list(DecisionFilter filter, Scope scope, int page, int size) {
		return drafts.list(filter, scope, page, size);
	}

	/** Decisions concerning a person (the person must be in the scope). */
	@Transactional(readOnly = true)
	public PageResult<DecisionSummary> ofPerson(long personId, Scope scope, int page, int size) {
		return drafts.ofPerson(personId, scope, page, size);
	}

	/** The scope's unit ids today and on the date (null = unrestricted). */
	Set<Long> scopeUnits(Scope scope, LocalDate on) {
		return drafts.scopeUnits(scope, on);
	}

	// ------------------------------------------------------------------ check and issue

	/**
	 * Runs the rules on a draft, stores and returns the results (no change to any
	 * dossier).
	 */
	@Transactional
	public List<RuleResult> check(long id, Scope scope) {
		return issuer.check(id, scope);
	}

	/**
	 * First approval (four-eyes): the draft must be complete and pass the BLOCK rules;
	 * its content is frozen from now on, and another user issues it.
	 */
	@Transactional
	public Decision approve(long id, Scope scope) {
		return issuer.approve(id, scope);
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
		return issuer.issue(id, justification, scope);
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
		return issuer.importIssued(draft, scope);
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
		return issuer.revoke(id, r, scope);
	}

	// ------------------------------------------------------------------ scan

	/**
	 * Attaches the scan (PDF, PNG or JPEG by content, at most 10 MB); a draft, or an
	 * issued decision without scan.
	 */
	@Transactional
	public Decision attachScan(long id, String fileName, byte[] data, Scope scope) {
		rows.lock(id);
		Decision d = drafts.get(id, scope);
		if (!d.draft() && d.scan() != null) {
			throw new ValidationException("scan", Messages.text("career.error.scanExists"));
		}
		String type = ScanFiles.check(data);
		String name = ScanFiles.name(fileName);
		scans.saveScan(id, name, type, data, user());
		audit.record(AuditAction.UPDATE, "decision", String.valueOf(id), firstPerson(d), null,
				Map.of("scan", name, "contentType", type, "size", data.length));
		return drafts.load(id);
	}

	/** Detects the type by magic bytes: %PDF, PNG signature, JPEG SOI. */
	static String contentType(byte[] b) {
		return ScanFiles.contentType(b);
	}

	public record ScanFile(String fileName, String contentType, byte[] data) {
	}

	@Transactional(readOnly = true)
	public ScanFile scan(long id, Scope scope) {
		drafts.get(id, scope);
		return scans.scan(id)
			.map(s -> new ScanFile(s.fileName(), s.contentType(), s.data()))
			.orElseThrow(() -> new NotFoundException(Messages.text("career.error.noScan")));
	}

	// ------------------------------------------------------------------ helpers

	private Decision load(long id) {
		return drafts.load(id);
	}

	private String user() {
		return currentUser.username();
	}

	static Long firstPerson(Decision d) {
		return d.subjects().isEmpty() ? null : d.subjects().get(0).personId();
	}

	/** The decision as the audit log records it. */
	static Map<String, Object> summary(Decision d) {
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

}
