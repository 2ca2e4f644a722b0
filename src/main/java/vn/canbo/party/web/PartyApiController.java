package vn.canbo.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.party.Admissions;
import vn.canbo.party.Candidate;
import vn.canbo.party.PartyMember;
import vn.canbo.party.PartyMembers;
import vn.canbo.party.PartyOrg;
import vn.canbo.party.PartyOrgs;
import vn.canbo.party.Probations;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * REST API of Party organisations, members and the admission pipeline (/api/v1/party).
 * Scoped: an organisation whose unit is outside the caller's scope, its members and
 * candidates, are 404 before any validation. A refused change is a problem detail listing
 * every error (the rule and its legal basis); nothing is stored. Dates ISO (yyyy-MM-dd).
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đảng viên / Party members",
		description = "Tổ chức đảng (cây theo thời gian, gắn với đơn vị), đảng viên (Phiếu đảng viên, lịch sử tình trạng, nơi sinh hoạt, thẻ, miễn sinh hoạt), quy trình kết nạp (quần chúng ưu tú, lớp bồi dưỡng nhận thức, hồ sơ, quyết định kết nạp, lễ kết nạp PM-01, công nhận chính thức PM-03/PM-04)")
class PartyApiController {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final PartyOrgs orgs;

	private final PartyMembers members;

	private final Admissions admissions;

	private final Probations probations;

	PartyApiController(PartyOrgs orgs, PartyMembers members, Admissions admissions, Probations probations) {
		this.orgs = orgs;
		this.members = members;
		this.admissions = admissions;
		this.probations = probations;
	}

	@GetMapping("/api/v1/party/orgs")
	@Operation(
			summary = "The Party organisations of the caller's scope existing on the day (default today), in tree order, with members active in each and in its subtree")
	List<PartyOrg> tree(@RequestParam(required = false) LocalDate date, Scope scope) {
		return orgs.tree(scope, date);
	}

	@PostMapping("/api/v1/party/orgs")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Create a Party organisation linked to a unit of the scope, under a parent existing on the day (level must fit)")
	ResponseEntity<PartyOrg> createOrg(@RequestBody PartyOrg.Input body, Scope scope) {
		PartyOrg o = orgs.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/party/orgs/" + o.id())).body(o);
	}

	@GetMapping("/api/v1/party/orgs/{partyOrgId}")
	@Operation(summary = "One Party organisation with its members on the day")
	PartyOrg org(@PathVariable long partyOrgId, @RequestParam(required = false) LocalDate date, Scope scope) {
		return orgs.get(partyOrgId, scope, date);
	}

	@PostMapping("/api/v1/party/orgs/{partyOrgId}/dissolution")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Close a Party organisation on a day (exclusive), naming its successor; refused while members are active there")
	PartyOrg dissolve(@PathVariable long partyOrgId, @RequestBody PartyOrg.Dissolution body, Scope scope) {
		return orgs.dissolve(partyOrgId, body, scope);
	}

	@GetMapping("/api/v1/party/members")
	@Operation(
			summary = "Members of the scope: name search ignoring diacritics (or a 12-digit CCCD), optionally of an organisation's subtree; status on the day")
	PageResult<PartyMember.Summary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long orgId, @RequestParam(required = false) LocalDate date,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Scope scope) {
		return members.search(q, orgId, scope, date, page, size);
	}

	@PostMapping("/api/v1/party/members")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Record an existing member (Phiếu đảng viên fields, or personId of a cadre's dossier), the chi bộ, admission, ceremony and official dates, card")
	ResponseEntity<PartyMember> createMember(@RequestBody PartyMember.Input body, Scope scope) {
		PartyMember m = members.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/party/members/" + m.id())).body(m);
	}

	@GetMapping("/api/v1/party/members/{partyMemberId}")
	@Operation(
			summary = "A member's record with every history, status and party age on the day (the opening is audited)")
	PartyMember member(@PathVariable long partyMemberId, @RequestParam(required = false) LocalDate date, Scope scope) {
		return members.get(partyMemberId, scope, date);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/statuses")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "A change of status from a day: TRANSFERRED_OUT, REMOVED, EXPELLED (with the decision), DECEASED")
	PartyMember status(@PathVariable long partyMemberId, @RequestBody PartyMember.StatusChange body, Scope scope) {
		return members.changeStatus(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/moves")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "The member becomes active in another chi bộ of the scope from a day (it must exist on that day)")
	PartyMember move(@PathVariable long partyMemberId, @RequestBody PartyMember.Move body, Scope scope) {
		return members.move(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/cards")
	@PreAuthorize(WRITE)
	@Operation(summary = "A party card issued (number of at most 12 characters, unique)")
	PartyMember card(@PathVariable long partyMemberId, @RequestBody PartyMember.Card body, Scope scope) {
		return members.addCard(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/exemptions")
	@PreAuthorize(WRITE)
	@Operation(summary = "An exemption from party work and activity (miễn công tác và sinh hoạt đảng)")
	PartyMember exemption(@PathVariable long partyMemberId, @RequestBody PartyMember.Exemption body, Scope scope) {
		return members.addExemption(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/ceremony")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "PM-01: the admission ceremony, within party.ceremony_working_days working days of the decision or with the higher committee's consent")
	PartyMember ceremony(@PathVariable long partyMemberId, @RequestBody Candidate.Ceremony body, Scope scope) {
		return probations.ceremony(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/recognition")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "PM-03/PM-04: recognition as official member, proposed not before the end of probation; official from the exact end of probation")
	PartyMember recognition(@PathVariable long partyMemberId, @RequestBody Candidate.Recognition body, Scope scope) {
		return probations.recognise(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/candidates")
	@PreAuthorize(WRITE)
	@Operation(summary = "Register a candidate (quần chúng ưu tú) with the proposing chi bộ, source and day")
	ResponseEntity<Candidate> register(@RequestBody Candidate.Input body, Scope scope) {
		Candidate c = admissions.register(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/party/candidates/" + c.id())).body(c);
	}

	@GetMapping("/api/v1/party/candidates/{partyCandidateId}")
	@Operation(summary = "A candidate with the certificate, the dossier steps and the decision")
	Candidate candidate(@PathVariable long partyCandidateId, Scope scope) {
		return admissions.get(partyCandidateId, scope);
	}

	@GetMapping("/api/v1/party/candidates/{partyCandidateId}/checks")
	@Operation(
			summary = "The admission rules (PM-AGE, PM-EDU, PM-CLASS) at the chi bộ's consideration, with their legal basis; nothing stored")
	List<Candidate.RuleOutcome> checks(@PathVariable long partyCandidateId, Scope scope) {
		return admissions.check(partyCandidateId, scope);
	}

	@PostMapping("/api/v1/party/candidates/{partyCandidateId}/class")
	@PreAuthorize(WRITE)
	@Operation(summary = "The awareness class certificate (number, day, issuer)")
	Candidate recordClass(@PathVariable long partyCandidateId, @RequestBody Candidate.ClassCertificate body,
			Scope scope) {
		return admissions.recordClass(partyCandidateId, body, scope);
	}

	@PostMapping("/api/v1/party/candidates/{partyCandidateId}/steps")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "A dossier step done on a day (APPLICATION, CV, VERIFICATION, INTRODUCTION, CELL_RESOLUTION, COMMITTEE_RESOLUTION)")
	Candidate step(@PathVariable long partyCandidateId, @RequestBody Candidate.Step body, Scope scope) {
		return admissions.recordStep(partyCandidateId, body, scope);
	}

	@PostMapping("/api/v1/party/candidates/{partyCandidateId}/admission")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "The admission decision: every step recorded and every rule passed (or its exception recorded); creates the probationary member")
	ResponseEntity<PartyMember> admit(@PathVariable long partyCandidateId, @RequestBody Candidate.Decision body,
			Scope scope) {
		PartyMember m = admissions.admit(partyCandidateId, body, scope);
		return ResponseEntity.created(URI.create("/api/v1/party/members/" + m.id())).body(m);
	}

	@GetMapping("/api/v1/party/board")
	@Operation(
			summary = "The pipeline board of the scope on the day: candidates, ceremonies due, probations ending, recognitions overdue, with deadlines")
	List<Candidate.BoardItem> board(@RequestParam(required = false) LocalDate date, Scope scope) {
		return admissions.board(scope, date);
	}

}
