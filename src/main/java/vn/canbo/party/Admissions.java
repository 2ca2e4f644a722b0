package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * The admission pipeline: candidates registered with the proposing chi bộ, the awareness
 * class certificate, the dossier steps, the rule check at the chi bộ's consideration (the
 * day of its resolution) and the admission decision creating the probationary member (the
 * ceremony and the recognition: {@link Probations}). Scope first (404); a refused request
 * names every failing rule with its legal basis and stores nothing; every change is
 * audited.
 */
@Service
public class Admissions {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final CandidateRows rows;

	private final MemberRows members;

	private final MemberInputs inputs;

	private final AdmissionRules rules;

	private final PartyMembers memberService;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final PipelineBoard boards;

	Admissions(JdbcClient jdbc, PartyAccess access, CandidateRows rows, MemberRows members, MemberInputs inputs,
			AdmissionRules rules, PartyMembers memberService, AuditLog audit, CurrentUser currentUser,
			PipelineBoard boards) {
		this.boards = boards;
		this.jdbc = jdbc;
		this.access = access;
		this.rows = rows;
		this.members = members;
		this.inputs = inputs;
		this.rules = rules;
		this.memberService = memberService;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional(readOnly = true)
	public Candidate get(long candidateId, Scope scope) {
		access.candidate(candidateId, scope);
		return read(candidateId);
	}

	private Candidate read(long id) {
		return rows.find(id)
			.orElseThrow(
					() -> new NotFoundException(Messages.text("party.error.candidateNotFound", String.valueOf(id))));
	}

	@Transactional
	public Candidate register(Candidate.Input in, Scope scope) {
		PartyAccess.OrgRow org = in.orgId() == null ? null : access.org(in.orgId(), scope);
		Candidate.Input input = in;
		if (in.personId() != null) {
			var d = inputs.dossier(in.personId(), scope);
			input = new Candidate.Input(in.orgId(), in.personId(), d.nationalId(), d.fullName(),
					d.gender() == null ? null : d.gender().name(), d.birthDate() == null ? null : d.birthDate().date(),
					d.ethnicityCode(), d.religionCode(), d.generalEducationCode(), MemberInputs.blank(in.occupation()),
					MemberInputs.blank(in.residence()), in.source(), in.registeredOn());
		}
		else {
			input = new Candidate.Input(in.orgId(), null, MemberInputs.blank(in.nationalId()),
					vn.canbo.shared.VietnameseText.clean(in.fullName()), in.gender(), in.birthDate(),
					MemberInputs.blank(in.ethnicityCode()), MemberInputs.blank(in.religionCode()),
					MemberInputs.blank(in.generalEducationCode()), MemberInputs.blank(in.occupation()),
					MemberInputs.blank(in.residence()), in.source(), in.registeredOn());
		}
		List<FieldError> errors = new ArrayList<>();
		if (org == null) {
			errors.add(new FieldError("orgId", Messages.text("party.error.orgMissing")));
		}
		else if (!org.level().holdsMembers()) {
			errors.add(new FieldError("orgId", Messages.text("party.error.notACell", org.name())));
		}
		inputs.identityErrors(input.fullName(), input.gender(), input.birthDate(), input.nationalId(), errors);
		inputs.code(vn.canbo.catalog.CatalogType.ETHNICITY, "ethnicityCode", input.ethnicityCode(), errors);
		inputs.code(vn.canbo.catalog.CatalogType.RELIGION, "religionCode", input.religionCode(), errors);
		inputs.code(vn.canbo.catalog.CatalogType.GENERAL_EDUCATION, "generalEducationCode",
				input.generalEducationCode(), errors);
		if (input.source() == null) {
			errors.add(new FieldError("source", Messages.text("party.error.source")));
		}
		if (input.registeredOn() == null || input.registeredOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("registeredOn", Messages.text("party.error.registeredOn")));
		}
		else if (org != null && !org.validOn(input.registeredOn())) {
			errors.add(new FieldError("orgId",
					Messages.text("party.error.orgNotOn", org.name(), Formats.date(input.registeredOn()))));
		}
		inputs.checkNationalIdFree(input.nationalId(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		long id = rows.insert(input, currentUser.username());
		Candidate saved = read(id);
		audit.record(AuditAction.CREATE, "party_candidate", String.valueOf(id), saved.personId(), null, saved);
		return saved;
	}

	@Transactional
	public Candidate recordClass(long candidateId, Candidate.ClassCertificate c, Scope scope) {
		access.candidate(candidateId, scope);
		Candidate before = read(candidateId);
		List<FieldError> errors = new ArrayList<>();
		notAdmitted(before, errors);
		if (c.certificateNumber() == null || c.certificateNumber().isBlank()) {
			errors.add(new FieldError("certificateNumber", Messages.text("party.error.certificateNumber")));
		}
		if (c.completedOn() == null || c.completedOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("completedOn", Messages.text("party.error.completedOn")));
		}
		if (c.issuer() == null || c.issuer().isBlank()) {
			errors.add(new FieldError("issuer", Messages.text("party.error.classIssuer")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		jdbc.sql("""
				update party_candidate set certificate_number = ?, class_completed_on = ?, class_issuer = ?,
				  version = version + 1 where id = ?""")
			.params(c.certificateNumber().strip(), c.completedOn(), c.issuer().strip(), candidateId)
			.update();
		Candidate after = read(candidateId);
		audit.record(AuditAction.UPDATE, "party_candidate", String.valueOf(candidateId), after.personId(), before,
				after);
		return after;
	}

	@Transactional
	public Candidate recordStep(long candidateId, Candidate.Step s, Scope scope) {
		access.candidate(candidateId, scope);
		Candidate before = read(candidateId);
		List<FieldError> errors = new ArrayList<>();
		notAdmitted(before, errors);
		if (s.step() == null) {
			errors.add(new FieldError("step", Messages.text("party.error.step")));
		}
		else if (before.steps().containsKey(s.step())) {
			errors.add(new FieldError("step", Messages.text("party.error.stepTwice", s.step().label(),
					Formats.date(before.steps().get(s.step())))));
		}
		if (s.doneOn() == null || s.doneOn().isAfter(LocalDate.now()) || s.doneOn().isBefore(before.registeredOn())) {
			errors.add(new FieldError("doneOn",
					Messages.text("party.error.stepDate", Formats.date(before.registeredOn()))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		jdbc.sql(
				"insert into party_candidate_step (candidate_id, step, done_on, note, created_by) values (?, ?, ?, ?, ?)")
			.params(candidateId, s.step().name(), s.doneOn(), MemberInputs.blank(s.note()), currentUser.username())
			.update();
		Candidate after = read(candidateId);
		audit.record(AuditAction.UPDATE, "party_candidate", String.valueOf(candidateId), after.personId(), before,
				after);
		return after;
	}

	private static void notAdmitted(Candidate c, List<FieldError> errors) {
		if (c.memberId() != null) {
			errors.add(new FieldError("candidateId",
					Messages.text("party.error.admitted", c.decisionNumber(), Formats.date(c.decidedOn()))));
		}
	}

	/**
	 * The admission rules at the chi bộ's consideration (the day of its resolution, else
	 * today), nothing stored.
	 */
	@Transactional(readOnly = true)
	public List<Candidate.RuleOutcome> check(long candidateId, Scope scope) {
		access.candidate(candidateId, scope);
		Candidate c = read(candidateId);
		LocalDate on = c.steps().getOrDefault(DossierStep.CELL_RESOLUTION, LocalDate.now());
		return rules.check(c, on, c.overAgeException(), c.educationException());
	}

	/**
	 * The admission decision: every step recorded, every rule passed (or its exception
	 * recorded); creates the probationary member, active in the proposing chi bộ from the
	 * decision.
	 */
	@Transactional
	public PartyMember admit(long candidateId, Candidate.Decision d, Scope scope) {
		access.candidate(candidateId, scope);
		Candidate c = read(candidateId);
		List<FieldError> errors = new ArrayList<>();
		notAdmitted(c, errors);
		for (DossierStep s : DossierStep.values()) {
			if (!c.steps().containsKey(s)) {
				errors.add(new FieldError("steps", Messages.text("party.error.stepMissing", s.label())));
			}
		}
		if (d.decisionNumber() == null || d.decisionNumber().isBlank() || d.issuer() == null || d.issuer().isBlank()) {
			errors.add(new FieldError("decisionNumber", Messages.text("party.error.decision")));
		}
		LocalDate latest = c.steps().values().stream().max(LocalDate::compareTo).orElse(c.registeredOn());
		if (d.decidedOn() == null || d.decidedOn().isAfter(LocalDate.now()) || d.decidedOn().isBefore(latest)) {
			errors.add(new FieldError("decidedOn", Messages.text("party.error.decidedOn", Formats.date(latest))));
		}
		LocalDate considered = c.steps().get(DossierStep.CELL_RESOLUTION);
		String overAge = MemberInputs.blank(d.overAgeException());
		String eduException = MemberInputs.blank(d.educationException());
		if (considered != null) {
			for (Candidate.RuleOutcome o : rules.check(c, considered, overAge, eduException)) {
				if (!o.passed()) {
					errors.add(new FieldError(o.rule(),
							o.rule() + ": " + o.message() + " " + Messages.text("party.rule.basis", o.legalBasis())));
				}
			}
		}
		PartyAccess.OrgRow org = access.org(c.orgId(), scope);
		if (d.decidedOn() != null && !org.validOn(d.decidedOn())) {
			errors.add(new FieldError("orgId",
					Messages.text("party.error.orgNotOn", org.name(), Formats.date(d.decidedOn()))));
		}
		inputs.checkNationalIdFree(c.nationalId(), errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = currentUser.username();
		long memberId = members.insert(
				new PartyMember.Input(c.nationalId(), c.personId(), c.fullName(), null, c.gender(), c.birthDate(), null,
						null, c.residence(), c.ethnicityCode(), c.religionCode(), null, c.occupation(),
						c.generalEducationCode(), null, null, c.orgId(), d.decidedOn(), null, null, null, null),
				c.orgId(), user);
		members.addStatus(memberId, MemberStatus.PROBATIONARY, d.decidedOn(), d.decisionNumber().strip(), d.decidedOn(),
				null, user);
		members.openActivity(memberId, c.orgId(), d.decidedOn(), user);
		jdbc.sql("""
				update party_candidate set decision_number = ?, decided_on = ?, decision_issuer = ?, member_id = ?,
				  over_age_exception = ?, education_exception = ?, version = version + 1 where id = ?""")
			.params(d.decisionNumber().strip(), d.decidedOn(), d.issuer().strip(), memberId, overAge, eduException,
					candidateId)
			.update();
		Candidate after = read(candidateId);
		audit.record(AuditAction.UPDATE, "party_candidate", String.valueOf(candidateId), c.personId(), c, after);
		PartyMember m = memberService.read(memberId, LocalDate.now());
		audit.record(AuditAction.CREATE, "party_member", String.valueOf(memberId), m.personId(), null, m);
		return m;
	}

	/**
	 * The pipeline board of the scope on the day: candidates in progress, ceremonies due
	 * (PM-01), probations ending with their recognition deadline (PM-02, PM-03), overdue
	 * ones marked.
	 */
	@Transactional(readOnly = true)
	public List<Candidate.BoardItem> board(Scope scope, LocalDate on) {
		return boards.board(scope, on);
	}

}
