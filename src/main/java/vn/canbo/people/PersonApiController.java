package vn.canbo.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.shared.web.Attachment;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * REST API of dossiers: /api/v1/persons. Scoped by the signed-in user's scope; sensitive
 * fields masked without SENSITIVE_READ.
 */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApiController {

	private final PersonService service;

	private final PersonSearch search;

	private final CurrentUser currentUser;

	private final DossierViews views;

	private final ObjectMapper json;

	PersonApiController(PersonService service, PersonSearch search, CurrentUser currentUser, DossierViews views,
			ObjectMapper json) {
		this.views = views;
		this.json = json;
		this.service = service;
		this.search = search;
		this.currentUser = currentUser;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERSON_READ')")
	PageResult<PersonSummary> list(SearchParams p, Scope scope) {
		search.requireUnitFilter(p.criteria(), scope);
		return search.search(p.criteria(), scope);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('EXPORT')")
	void export(SearchParams p, Scope scope, HttpServletResponse response) throws IOException {
		PersonCriteria c = p.criteria();
		search.requireUnitFilter(c, scope);
		search.exportXlsx(c, scope, sensitive(), Attachment.open(response, Attachment.XLSX,
				Attachment.folded("danh-sach-can-bo-" + c.asOfOrToday(), "xlsx")));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<PersonView> create(@RequestBody NewPerson body, Scope scope) {
		PersonView v = service.create(body, scope);
		return ResponseEntity.created(URI.create("/api/v1/persons/" + v.id())).body(out(v));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	PersonView get(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Scope scope) {
		PersonView v = service.get(id, asOf, scope);
		views.recordView(id, sensitive());
		return out(v);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	PersonView update(@PathVariable long id, @RequestBody PersonUpdate body, Scope scope) {
		if (body == null || body.version() == null) {
			throw new ValidationException("version", vn.canbo.shared.Messages.text("people.error.versionRequired"));
		}
		return out(service.update(id, body.version(), body.data(), scope));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) String reason, Scope scope) {
		service.softDelete(id, reason, scope);
		return ResponseEntity.noContent().build();
	}

	// ---- histories: /{id}/{kind} with kind a HistoryKind segment (positions, salaries…)

	/** Adds an entry: POST /{id}/awards with the entry as JSON; 201 with its Location. */
	@PostMapping("/{id}/{kind}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Record> addEntry(@PathVariable long id, @PathVariable String kind, @RequestBody byte[] body,
			Scope scope, HttpServletRequest request) {
		HistoryKind<?> k = HistoryKind.of(kind);
		Record saved = save(id, k, null, body, scope, request);
		return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/" + kind + "/" + k.id(saved))).body(saved);
	}

	/** Corrects an entry: PUT /{id}/awards/{entryId} with the replacement as JSON. */
	@PutMapping("/{id}/{kind}/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Record correctEntry(@PathVariable long id, @PathVariable String kind, @PathVariable long entryId,
			@RequestBody byte[] body, Scope scope, HttpServletRequest request) {
		return save(id, HistoryKind.of(kind), entryId, body, scope, request);
	}

	/**
	 * The body read as the kind's record, saved, answered masked as the caller may see
	 * it.
	 */
	private <T extends Record> T save(long id, HistoryKind<T> kind, Long entryId, byte[] body, Scope scope,
			HttpServletRequest request) {
		T entry;
		try {
			entry = json.readValue(body, kind.type());
		}
		catch (JacksonException e) {
			throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e,
					new ServletServerHttpRequest(request));
		}
		T saved = entryId == null ? service.add(id, kind, entry, scope)
				: service.correct(id, kind, entryId, entry, scope);
		return sensitive() ? saved : kind.mask(saved);
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Position endPosition(@PathVariable long id, @PathVariable long positionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Scope scope) {
		return service.endPosition(id, positionId, date, scope);
	}

	/**
	 * Ends an effective-dated entry: /{id}/salaries/{entryId}/end?date=… (positions,
	 * salaries, qualifications, disciplines).
	 */
	@PostMapping("/{id}/{kind}/{entryId}/end")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Void> endEntry(@PathVariable long id, @PathVariable String kind, @PathVariable long entryId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Scope scope) {
		service.endEntry(id, HistoryKind.of(kind), entryId, date, scope);
		return ResponseEntity.noContent().build();
	}

	/** Soft-deletes a history entry: DELETE /{id}/awards/{entryId}?reason=… */
	@DeleteMapping("/{id}/{kind}/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Void> deleteEntry(@PathVariable long id, @PathVariable String kind, @PathVariable long entryId,
			@RequestParam(required = false) String reason, Scope scope) {
		service.deleteEntry(id, HistoryKind.of(kind), entryId, reason, scope);
		return ResponseEntity.noContent().build();
	}

	private boolean sensitive() {
		return currentUser.can(Permission.SENSITIVE_READ);
	}

	private PersonView out(PersonView v) {
		return sensitive() ? v : SensitiveData.mask(v);
	}

	/** Query parameters of the list and the export. */
	record SearchParams(String q, Long unitId, PersonCategory category, Gender gender, Integer ageFrom, Integer ageTo,
			String ethnicity, Boolean minority, Boolean partyMember, String professionalLevel, String politicalTheory,
			String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Integer page, Integer size,
			String sort) {

		PersonCriteria criteria() {
			return new PersonCriteria(q, unitId, category, gender, ageFrom, ageTo, ethnicity, minority, partyMember,
					professionalLevel, politicalTheory, title, asOf, page == null ? 0 : page, size == null ? 20 : size,
					sort);
		}
	}

}
