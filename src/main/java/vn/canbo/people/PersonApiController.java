package vn.canbo.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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

	PersonApiController(PersonService service, PersonSearch search, CurrentUser currentUser, DossierViews views) {
		this.views = views;
		this.service = service;
		this.search = search;
		this.currentUser = currentUser;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERSON_READ')")
	PageResult<PersonSummary> list(SearchParams p, Scope scope) {
		return search.search(p.criteria(), scope);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('EXPORT')")
	void export(SearchParams p, Scope scope, HttpServletResponse response) throws IOException {
		PersonCriteria c = p.criteria();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"danh-sach-can-bo-" + c.asOfOrToday() + ".xlsx\"");
		search.exportXlsx(c, scope, sensitive(), response.getOutputStream());
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

	// ---- histories ----

	@PostMapping("/{id}/positions")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Position> addPosition(@PathVariable long id, @RequestBody Position body, Scope scope) {
		Position saved = service.addPosition(id, body, scope);
		return created(id, "positions", saved.id(), saved);
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Position endPosition(@PathVariable long id, @PathVariable long positionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Scope scope) {
		return service.endPosition(id, positionId, date, scope);
	}

	@PutMapping("/{id}/positions/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Position correctPosition(@PathVariable long id, @PathVariable long entryId, @RequestBody Position body,
			Scope scope) {
		return service.correctPosition(id, entryId, body, scope);
	}

	@PostMapping("/{id}/salaries")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Salary> addSalary(@PathVariable long id, @RequestBody Salary body, Scope scope) {
		Salary s = service.addSalary(id, body, scope);
		return created(id, "salaries", s.id(), s);
	}

	@PutMapping("/{id}/salaries/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Salary correctSalary(@PathVariable long id, @PathVariable long entryId, @RequestBody Salary body, Scope scope) {
		return service.correctSalary(id, entryId, body, scope);
	}

	@PostMapping("/{id}/qualifications")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Qualification> addQualification(@PathVariable long id, @RequestBody Qualification body,
			Scope scope) {
		Qualification q = service.addQualification(id, body, scope);
		return created(id, "qualifications", q.id(), q);
	}

	@PutMapping("/{id}/qualifications/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Qualification correctQualification(@PathVariable long id, @PathVariable long entryId,
			@RequestBody Qualification body, Scope scope) {
		return service.correctQualification(id, entryId, body, scope);
	}

	@PostMapping("/{id}/trainings")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Training> addTraining(@PathVariable long id, @RequestBody Training body, Scope scope) {
		Training t = service.addTraining(id, body, scope);
		return created(id, "trainings", t.id(), t);
	}

	@PutMapping("/{id}/trainings/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Training correctTraining(@PathVariable long id, @PathVariable long entryId, @RequestBody Training body,
			Scope scope) {
		return service.correctTraining(id, entryId, body, scope);
	}

	@PostMapping("/{id}/awards")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Award> addAward(@PathVariable long id, @RequestBody Award body, Scope scope) {
		Award a = service.addAward(id, body, scope);
		return created(id, "awards", a.id(), a);
	}

	@PutMapping("/{id}/awards/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Award correctAward(@PathVariable long id, @PathVariable long entryId, @RequestBody Award body, Scope scope) {
		return service.correctAward(id, entryId, body, scope);
	}

	@PostMapping("/{id}/disciplines")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Discipline> addDiscipline(@PathVariable long id, @RequestBody Discipline body, Scope scope) {
		Discipline d = service.addDiscipline(id, body, scope);
		return created(id, "disciplines", d.id(), d);
	}

	@PutMapping("/{id}/disciplines/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	Discipline correctDiscipline(@PathVariable long id, @PathVariable long entryId, @RequestBody Discipline body,
			Scope scope) {
		return service.correctDiscipline(id, entryId, body, scope);
	}

	@PostMapping("/{id}/family")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<FamilyMember> addFamily(@PathVariable long id, @RequestBody FamilyMember body, Scope scope) {
		FamilyMember f = service.addFamilyMember(id, body, scope);
		return created(id, "family", f.id(), sensitive() ? f : SensitiveData.mask(f));
	}

	@PutMapping("/{id}/family/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	FamilyMember correctFamily(@PathVariable long id, @PathVariable long entryId, @RequestBody FamilyMember body,
			Scope scope) {
		FamilyMember f = service.correctFamilyMember(id, entryId, body, scope);
		return sensitive() ? f : SensitiveData.mask(f);
	}

	@PostMapping("/{id}/work-history")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<WorkHistory> addWorkHistory(@PathVariable long id, @RequestBody WorkHistory body, Scope scope) {
		WorkHistory w = service.addWorkHistory(id, body, scope);
		return created(id, "work-history", w.id(), w);
	}

	@PutMapping("/{id}/work-history/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	WorkHistory correctWorkHistory(@PathVariable long id, @PathVariable long entryId, @RequestBody WorkHistory body,
			Scope scope) {
		return service.correctWorkHistory(id, entryId, body, scope);
	}

	@PostMapping("/{id}/history-notes")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<HistoryNote> addHistoryNote(@PathVariable long id, @RequestBody HistoryNote body, Scope scope) {
		HistoryNote h = service.addHistoryNote(id, body, scope);
		return created(id, "history-notes", h.id(), sensitive() ? h : SensitiveData.mask(h));
	}

	@PutMapping("/{id}/history-notes/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	HistoryNote correctHistoryNote(@PathVariable long id, @PathVariable long entryId, @RequestBody HistoryNote body,
			Scope scope) {
		HistoryNote h = service.correctHistoryNote(id, entryId, body, scope);
		return sensitive() ? h : SensitiveData.mask(h);
	}

	@PostMapping("/{id}/mass-orgs")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<MassOrgMembership> addMassOrg(@PathVariable long id, @RequestBody MassOrgMembership body,
			Scope scope) {
		MassOrgMembership m = service.addMassOrg(id, body, scope);
		return created(id, "mass-orgs", m.id(), m);
	}

	@PutMapping("/{id}/mass-orgs/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	MassOrgMembership correctMassOrg(@PathVariable long id, @PathVariable long entryId,
			@RequestBody MassOrgMembership body, Scope scope) {
		return service.correctMassOrg(id, entryId, body, scope);
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
		service.endEntry(id, kindOf(kind), entryId, date, scope);
		return ResponseEntity.noContent().build();
	}

	/** Soft-deletes a history entry: DELETE /{id}/awards/{entryId}?reason=… */
	@DeleteMapping("/{id}/{kind}/{entryId}")
	@PreAuthorize("hasAuthority('PERSON_WRITE')")
	ResponseEntity<Void> deleteEntry(@PathVariable long id, @PathVariable String kind, @PathVariable long entryId,
			@RequestParam(required = false) String reason, Scope scope) {
		service.deleteEntry(id, kindOf(kind), entryId, reason, scope);
		return ResponseEntity.noContent().build();
	}

	static HistoryKind kindOf(String segment) {
		return switch (segment) {
			case "positions" -> HistoryKind.POSITION;
			case "salaries" -> HistoryKind.SALARY;
			case "qualifications" -> HistoryKind.QUALIFICATION;
			case "trainings" -> HistoryKind.TRAINING;
			case "work-history" -> HistoryKind.WORK_HISTORY;
			case "awards" -> HistoryKind.AWARD;
			case "disciplines" -> HistoryKind.DISCIPLINE;
			case "family" -> HistoryKind.FAMILY;
			case "history-notes" -> HistoryKind.HISTORY_NOTE;
			case "mass-orgs" -> HistoryKind.MASS_ORG;
			default -> throw new vn.canbo.shared.NotFoundException("Không có mục " + segment);
		};
	}

	private boolean sensitive() {
		return currentUser.can(Permission.SENSITIVE_READ);
	}

	private PersonView out(PersonView v) {
		return sensitive() ? v : SensitiveData.mask(v);
	}

	private static <T> ResponseEntity<T> created(long personId, String segment, Long entryId, T body) {
		return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/" + segment + "/" + entryId))
			.body(body);
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
