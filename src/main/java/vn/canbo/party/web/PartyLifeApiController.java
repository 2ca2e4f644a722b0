package vn.canbo.party.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.party.Badges;
import vn.canbo.party.CandidateList;
import vn.canbo.party.MemberEdits;
import vn.canbo.party.PartyMember;
import vn.canbo.party.RecognitionVotes;
import vn.canbo.party.Removals;
import vn.canbo.party.Transfers;
import vn.canbo.shared.Scope;

/**
 * REST API of a member's life (issue 18, party1), next to {@code PartyApiController}:
 * transfers of party activity (two-sided: the sending chi bộ introduces, the receiving
 * one records the presentation; each side lists its half), Party badges (due by an
 * occasion, awarded), removal and expulsion proposals and decisions, re-admission, the
 * PM-05 votes, the correction of the Phiếu fields and the candidate list. Scope first
 * (404); a refused change is a problem detail listing every error with the rule and its
 * legal basis; nothing stored. Dates ISO.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
@Tag(name = "Đảng viên: sinh hoạt, huy hiệu, xóa tên / Party members: transfers, badges, removal",
		description = "Chuyển sinh hoạt đảng (TR-01..TR-03), Huy hiệu Đảng, xóa tên và khai trừ, kết nạp lại, biểu quyết PM-05, danh sách quần chúng ưu tú")
class PartyLifeApiController {

	private static final String WRITE = "hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')";

	private final Transfers transfers;

	private final Badges badges;

	private final Removals removals;

	private final RecognitionVotes votes;

	private final MemberEdits edits;

	private final CandidateList candidates;

	PartyLifeApiController(Transfers transfers, Badges badges, Removals removals, RecognitionVotes votes,
			MemberEdits edits, CandidateList candidates) {
		this.transfers = transfers;
		this.badges = badges;
		this.removals = removals;
		this.votes = votes;
		this.edits = edits;
		this.candidates = candidates;
	}

	@GetMapping("/api/v1/party/candidates")
	@Operation(
			summary = "Candidates not yet admitted of the scope (or of an organisation's subtree) with the steps done, the next step, the certificate's validity and the admission age limit")
	List<CandidateList.Line> candidates(@RequestParam(required = false) Long orgId, Scope scope) {
		return candidates.list(orgId, scope, LocalDate.now());
	}

	@PutMapping("/api/v1/party/members/{partyMemberId}")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Correct the Phiếu đảng viên fields (a cadre's identity stays the dossier's); dates, organisation, statuses and cards have their own steps")
	PartyMember edit(@PathVariable long partyMemberId, @RequestBody PartyMember.Input body, Scope scope) {
		return edits.update(partyMemberId, body, scope);
	}

	@GetMapping("/api/v1/party/transfers")
	@Operation(
			summary = "Transfers of the scope: outgoing (introduced by its cells) and incoming (to its cells), each side its own half, with the TR-03 deadline")
	Map<String, List<Transfers.Transfer>> transfers(Scope scope) {
		return Map.of("outgoing", transfers.outgoing(scope), "incoming", transfers.incoming(scope));
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/transfers")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "TR-01/TR-02: the introduction letter (OFFICIAL or TEMPORARY; to a cell by its code, or outside the province in words), within party.transfer_working_days of the effective day or with the reason")
	Transfers.Transfer introduce(@PathVariable long partyMemberId, @RequestBody Transfers.Introduction body,
			Scope scope) {
		return transfers.introduce(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/orgs/{partyOrgId}/arrivals")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "TR-03: the presentation at the receiving cell, within party.transfer_present_working_days of the introduction or with the explanation; an official transfer moves the member's activity")
	Transfers.Transfer present(@PathVariable long partyOrgId, @RequestBody Transfers.Presentation body, Scope scope) {
		return transfers.present(partyOrgId, body, scope);
	}

	@GetMapping("/api/v1/party/badges/due")
	@Operation(
			summary = "Official members of the scope due for a Party badge by the occasion (default: the next of party.badge_occasions), each with the highest milestone reached after from (default: a year before) not yet awarded")
	List<Badges.Due> due(@RequestParam(required = false) LocalDate date, @RequestParam(required = false) LocalDate from,
			Scope scope) {
		return badges.due(scope, date == null ? badges.nextOccasion(LocalDate.now()) : date, from);
	}

	@GetMapping("/api/v1/party/members/{partyMemberId}/badges")
	@Operation(summary = "The Party badges awarded to a member")
	List<Badges.Entry> badgesOf(@PathVariable long partyMemberId, Scope scope) {
		return badges.of(partyMemberId, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/badges")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "A Party badge awarded: a milestone of party.badge_years reached (party age from the admission decision), early only with the serious illness recorded within party.badge_early_months_*")
	Badges.Entry award(@PathVariable long partyMemberId, @RequestBody Badges.Award body, Scope scope) {
		return badges.award(partyMemberId, body, scope);
	}

	@GetMapping("/api/v1/party/members/{partyMemberId}/removals")
	@Operation(summary = "The removal (xóa tên) and expulsion (khai trừ) proposals of a member with their decisions")
	List<Removals.Entry> removalsOf(@PathVariable long partyMemberId, Scope scope) {
		return removals.of(partyMemberId, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/removals")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "The chi bộ's proposal: REMOVAL on a ground of QĐ 24 point 8.1, or EXPULSION (DISCIPLINE, official members only)")
	Removals.Entry propose(@PathVariable long partyMemberId, @RequestBody Removals.Proposal body, Scope scope) {
		return removals.propose(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/removals/decision")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "The decision on the open proposal: APPROVED (the member leaves the rolls from the decision) or REJECTED")
	Removals.Entry decide(@PathVariable long partyMemberId, @RequestBody Removals.Decision body, Scope scope) {
		return removals.decide(partyMemberId, body, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/readmission")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "Re-admission (kết nạp lại) of a removed or expelled member: party.readmission_min_months after leaving, at most party.readmission_max_times; probationary again from the decision")
	PartyMember readmit(@PathVariable long partyMemberId, @RequestBody Removals.Readmission body, Scope scope) {
		return removals.readmit(partyMemberId, body, scope);
	}

	@GetMapping("/api/v1/party/members/{partyMemberId}/votes")
	@Operation(summary = "The chi bộ's PM-05 votes on a probationary member")
	List<RecognitionVotes.Entry> votesOf(@PathVariable long partyMemberId, Scope scope) {
		return votes.of(partyMemberId, scope);
	}

	@PostMapping("/api/v1/party/members/{partyMemberId}/votes")
	@PreAuthorize(WRITE)
	@Operation(
			summary = "PM-05: a vote on RECOGNITION or REMOVAL after the end of probation; passes at party.vote_majority; after party.vote_attempts failures the last names the committee escalated to")
	RecognitionVotes.Entry vote(@PathVariable long partyMemberId, @RequestBody RecognitionVotes.Vote body,
			Scope scope) {
		return votes.record(partyMemberId, body, scope);
	}

}
