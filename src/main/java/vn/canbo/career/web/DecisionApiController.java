package vn.canbo.career.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.canbo.career.AsOfViews;
import vn.canbo.career.Decision;
import vn.canbo.career.DecisionDraft;
import vn.canbo.career.DecisionFilter;
import vn.canbo.career.DecisionService;
import vn.canbo.career.DecisionStatus;
import vn.canbo.career.DecisionSummary;
import vn.canbo.career.DecisionType;
import vn.canbo.rules.RuleResult;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * REST API of decisions (/api/v1/decisions) and as-of views (/api/v1/asof). Scoped;
 * outside the scope = 404.
 */
@RestController
@Tag(name = "Quyết định / Decisions",
		description = "Quyết định nhân sự: dự thảo, kiểm tra quy tắc, ban hành, thu hồi; tra cứu theo thời điểm")
class DecisionApiController {

	private final DecisionService decisions;

	private final AsOfViews asOf;

	DecisionApiController(DecisionService decisions, AsOfViews asOf) {
		this.decisions = decisions;
		this.asOf = asOf;
	}

	/** A decision type with its Vietnamese name and effect. */
	record TypeInfo(DecisionType type, String label, String labelEn, DecisionType.Effect effect, boolean timeLimited,
			boolean needsPost, boolean needsPosition, boolean needsSalary) {
	}

	@GetMapping("/api/v1/decisions/types")
	@Operation(summary = "Decision types (glossary names), their Vietnamese names and what issuing them does")
	List<TypeInfo> types() {
		return Arrays.stream(DecisionType.values())
			.map(t -> new TypeInfo(t, t.label(), t.labelEn(), t.effect(), t.timeLimited(), t.needsPost(),
					t.needsPosition(), t.needsSalary()))
			.toList();
	}

	@GetMapping("/api/v1/decisions")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(
			summary = "Decisions of the caller's scope, newest effective date first; filters: type, status, effective period, person, text (number, issuer), unit (decisions concerning its subtree)")
	PageResult<DecisionSummary> list(@RequestParam(required = false) DecisionType type,
			@RequestParam(required = false) DecisionStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Scope scope) {
		return decisions.list(new DecisionFilter(type, status, from, to, personId, q, unitId), scope, page, size);
	}

	@GetMapping("/api/v1/decisions/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A decision with its subjects, last rule check, dossier effects and scan metadata")
	Decision get(@PathVariable long id, Scope scope) {
		return decisions.get(id, scope);
	}

	@PostMapping("/api/v1/decisions")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Create a draft (number, issuer and signing date may be filled later; required to issue)")
	ResponseEntity<Decision> create(@RequestBody DecisionDraft body, Scope scope) {
		Decision d = decisions.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/decisions/" + d.id())).body(d);
	}

	@PutMapping("/api/v1/decisions/{id}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(
			summary = "Replace a draft's content; `version` must be the version read (409 otherwise). Issued decisions are immutable (400)")
	Decision update(@PathVariable long id, @RequestParam int version, @RequestBody DecisionDraft body, Scope scope) {
		return decisions.update(id, version, body, scope);
	}

	@PostMapping("/api/v1/decisions/{id}/check")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Run the rules on a draft: BLOCK results stop the issue, WARN results need a justification")
	List<RuleResult> check(@PathVariable long id, Scope scope) {
		return decisions.check(id, scope);
	}

	record IssueRequest(String justification) {
	}

	@PostMapping("/api/v1/decisions/{id}/approve")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	@Operation(
			summary = "Approve a complete draft (first approval, required for the four-eyes types of canbo.career.four-eyes-types): its content is frozen; another user issues it")
	Decision approve(@PathVariable long id, Scope scope) {
		return decisions.approve(id, scope);
	}

	@PostMapping("/api/v1/decisions/{id}/issue")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	@Operation(
			summary = "Issue a draft or an approved decision: checks again, applies its effects to every subject's dossier in one transaction (all or nothing), audits it. A four-eyes type must be approved first and is issued by neither its drafter nor its approver (400)")
	Decision issue(@PathVariable long id, @RequestBody(required = false) IssueRequest body, Scope scope) {
		return decisions.issue(id, body == null ? null : body.justification(), scope);
	}

	@PostMapping("/api/v1/decisions/{id}/revoke")
	@PreAuthorize("hasAuthority('DECISION_ISSUE')")
	@Operation(
			summary = "Record and issue a revocation (thu hồi, hủy bỏ): the decision's effects are undone; returns the revocation")
	ResponseEntity<Decision> revoke(@PathVariable long id, @RequestBody DecisionService.Revocation body, Scope scope) {
		Decision r = decisions.revoke(id, body, scope);
		return ResponseEntity.created(URI.create("/api/v1/decisions/" + r.id())).body(r);
	}

	@PostMapping(value = "/api/v1/decisions/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	@Operation(summary = "Attach the scan: PDF, PNG or JPEG (checked by content), at most 10 MB")
	Decision scan(@PathVariable long id, @RequestPart("file") MultipartFile file, Scope scope) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ValidationException("file", Messages.text("career.error.scanNotChosen"));
		}
		return decisions.attachScan(id, file.getOriginalFilename(), file.getBytes(), scope);
	}

	@GetMapping("/api/v1/decisions/{id}/scan")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Download the scan")
	ResponseEntity<byte[]> download(@PathVariable long id, Scope scope) {
		return scan(id, decisions.scan(id, scope));
	}

	/**
	 * A decision's scan shown in the browser (inline) as
	 * {@code decision-<id>.pdf|png|jpg}; the API and the decision's page answer it alike.
	 */
	static ResponseEntity<byte[]> scan(long id, DecisionService.ScanFile f) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"decision-" + id + ext(f.contentType()) + "\"")
			.body(f.data());
	}

	private static String ext(String contentType) {
		return switch (contentType) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}

	@GetMapping("/api/v1/decisions/persons/{personId}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Decisions concerning a person")
	PageResult<DecisionSummary> ofPerson(@PathVariable long personId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Scope scope) {
		return decisions.ofPerson(personId, scope, page, size);
	}

	// ---- as-of views ----

	@GetMapping("/api/v1/asof/persons/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "A person's posts (main and concurrent), units and salary on a date")
	AsOfViews.PersonAsOf person(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Scope scope) {
		return asOf.person(id, date, scope);
	}

	@GetMapping("/api/v1/asof/units/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Who held which post in a unit (and its subtree with subtree=true) on a date, with salary")
	PageResult<AsOfViews.Holding> unit(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "false") boolean subtree, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Scope scope) {
		return asOf.unit(id, date, subtree, scope, page, size);
	}

	@GetMapping("/api/v1/asof/holders")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	@Operation(summary = "Every post held in the caller's scope on a date, paged")
	PageResult<AsOfViews.Holding> holders(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Scope scope) {
		return asOf.scope(date, scope, page, size);
	}

	static Map<String, Object> none() {
		return Map.of();
	}

}
