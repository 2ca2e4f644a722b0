package vn.canbo.people;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.Scope;

/**
 * REST API of rewards and discipline as records (issue 15): batch reward decisions,
 * collective awards of a unit, the revocation of a discipline decision and the counts of
 * a period. Scope first everywhere.
 */
@RestController
class HonoursApiController {

	private final AwardBatches batches;

	private final CollectiveAwards collective;

	private final HonoursCounts counts;

	private final PersonService people;

	HonoursApiController(AwardBatches batches, CollectiveAwards collective, HonoursCounts counts,
			PersonService people) {
		this.batches = batches;
		this.collective = collective;
		this.counts = counts;
		this.people = people;
	}

	/**
	 * Hủy bỏ quyết định kỷ luật: records the revoking decision (number, date, issuer,
	 * reason) on the discipline, kept in the history; from that date it has no effect.
	 */
	@PostMapping("/api/v1/persons/{personId}/disciplines/{entryId}/revocation")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Discipline revoke(@PathVariable long personId, @PathVariable long entryId, @RequestBody Discipline.Revocation body,
			Scope scope) {
		return people.revokeDiscipline(personId, entryId, body, scope);
	}

	/** One reward decision for many persons, all or nothing: {"count": n}. */
	@PostMapping("/api/v1/awards/batch")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Map<String, Integer> batch(@RequestBody AwardBatch body, Scope scope) {
		return Map.of("count", batches.award(body, scope));
	}

	@GetMapping("/api/v1/units/{unitId}/collective-awards")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	List<CollectiveAward> collectiveAwards(@PathVariable long unitId, Scope scope) {
		return collective.list(unitId, scope);
	}

	@PostMapping("/api/v1/units/{unitId}/collective-awards")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<CollectiveAward> addCollectiveAward(@PathVariable long unitId, @RequestBody CollectiveAward body,
			Scope scope) {
		CollectiveAward a = collective.add(new CollectiveAward(null, unitId, null, body.formCode(), body.level(),
				body.issuer(), body.decisionNumber(), body.decisionDate(), body.achievement(), body.programme()),
				scope);
		return ResponseEntity.created(URI.create("/api/v1/units/" + unitId + "/collective-awards/" + a.id())).body(a);
	}

	@DeleteMapping("/api/v1/units/{unitId}/collective-awards/{awardId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Void> deleteCollectiveAward(@PathVariable long unitId, @PathVariable long awardId,
			@RequestParam(required = false) String reason, Scope scope) {
		collective.delete(unitId, awardId, reason, scope);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Reward and discipline counts of a period (both days inclusive) for unit subtrees.
	 */
	@GetMapping("/api/v1/honours/counts")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	HonoursCounts.Counts counts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<Long> unitId, Scope scope) {
		return counts.count(scope, unitId == null ? List.of() : unitId, from, to);
	}

}
