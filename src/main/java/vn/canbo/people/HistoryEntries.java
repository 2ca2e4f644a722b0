package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.canbo.audit.AuditAction;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The changes of a dossier's history entries, for every {@link HistoryKind} (called by
 * {@link PersonService} in its transactions): add, correct (the row is soft-deleted and
 * replaced), end, delete; each checks the scope first, locks the dossier, records the
 * change in the audit log and bumps the dossier's version.
 */
@Component
class HistoryEntries {

	/**
	 * Stored delete reasons of a correction and of a deletion without a reason: data in
	 * the dossier's language, the same whatever the user's language.
	 */
	private static final String CORRECTED = "Hiệu chỉnh", DELETED = "Xóa";

	private final PersonRows persons;

	private final HistoryRows history;

	private final HistoryValidator historyRules;

	private final Visibility visibility;

	private final ViewAssembler views;

	private final CurrentUser currentUser;

	private final DossierAudit audit;

	HistoryEntries(PersonRows persons, HistoryRows history, HistoryValidator historyRules, Visibility visibility,
			ViewAssembler views, CurrentUser currentUser, DossierAudit audit) {
		this.persons = persons;
		this.history = history;
		this.historyRules = historyRules;
		this.visibility = visibility;
		this.views = views;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/**
	 * Add (entryId null) or correct (soft-delete entryId, insert the replacement) an
	 * entry.
	 */
	<T extends Record> T save(long personId, HistoryKind<T> kind, Long entryId, T body, Scope scope) {
		return change(personId, scope, person -> {
			// scope first: an answer must not differ for a person outside the scope
			if (entryId != null) {
				existing(kind, personId, entryId);
			}
			// what the caller may not see stays as stored (issue 12, point 8)
			T given = mayChangeSensitive() || entryId == null ? body
					: HiddenFields.keep(kind, history.find(kind, entryId).orElseThrow(), body);
			HistoryHooks<T> hooks = kind.hooks();
			Errors e = new Errors();
			T entry = null;
			if (given == null) {
				e.add("body", Messages.text("people.history.bodyRequired"));
			}
			else {
				entry = kind.check(historyRules, Clean.record(given), birth(person), scope, e);
				entry = historyRules.forSubject(kind, entry, DisciplineForms.Subject.of(person.data()), e);
				if (e.isEmpty()) {
					hooks.checkStored(history, personId, entry, entryId, e);
				}
			}
			e.throwIfAny();
			JsonNode before = null;
			if (entryId != null) {
				entry = hooks.replacing(history.find(kind, entryId).orElseThrow(), entry);
				before = audit.row(kind, entryId);
				history.softDelete(kind, personId, entryId, CORRECTED, currentUser.username());
			}
			else {
				hooks.beforeAdd(history, this::endAudited, personId, entry);
			}
			T stored = entry;
			long id = guarded(() -> history.insert(kind, personId, stored, entryId, currentUser.username()));
			audit.entry(entryId == null ? AuditAction.CREATE : AuditAction.UPDATE, kind, personId, id, before);
			return hooks.shown(views, history.find(kind, id).orElseThrow());
		});
	}

	private void endAudited(HistoryKind<?> kind, long personId, long entryId, LocalDate date) {
		JsonNode before = audit.row(kind, entryId);
		history.end(kind, entryId, date);
		audit.entry(AuditAction.UPDATE, kind, personId, entryId, before);
	}

	/**
	 * Turns an exclusion-constraint violation (a race past the checks) into the same
	 * clear validation error.
	 */
	private static <T> T guarded(Supplier<T> insert) {
		try {
			return insert.get();
		}
		catch (DataIntegrityViolationException ex) {
			String m = String.valueOf(ex.getMessage());
			if (m.contains("person_position_one_main")) {
				throw new ValidationException("validFrom", Positions.overlapMessage());
			}
			if (m.contains("person_salary_one_at_a_time")) {
				throw new ValidationException("validFrom", Messages.text("people.history.salaryOverlap"));
			}
			throw ex;
		}
	}

	/** Ends an effective-dated entry at {@code endDate} (exclusive). */
	void end(long personId, HistoryKind<?> kind, long entryId, LocalDate endDate, Scope scope) {
		change(personId, scope, person -> {
			// scope first: an answer must not differ for a person outside the scope
			if (!mayChangeSensitive()) {
				HiddenFields.requireVisible(kind);
			}
			if (!kind.effectiveDated()) {
				throw new ValidationException("kind", Messages.text("people.history.notEndable"));
			}
			existing(kind, personId, entryId);
			HistoryRows.Period period = history.period(kind, entryId);
			if (endDate == null) {
				throw new ValidationException("date", Messages.text("people.history.endRequired"));
			}
			if (period.to() != null) {
				throw new ValidationException("date",
						Messages.text("people.history.alreadyEnded", Dates.format(period.to())));
			}
			if (!endDate.isAfter(period.from())) {
				throw new ValidationException("date",
						Messages.text("people.history.endAfterStart", Dates.format(period.from())));
			}
			endAudited(kind, personId, entryId, endDate);
			return null;
		});
	}

	/**
	 * Records the revocation of a discipline decision (issue 15): the row is kept, the
	 * revoking decision is written on it (audited); every error at once, nothing stored.
	 */
	Discipline revoke(long personId, long disciplineId, Discipline.Revocation r, Scope scope) {
		return change(personId, scope, person -> {
			existing(HistoryKind.DISCIPLINE, personId, disciplineId);
			if (!mayChangeSensitive()) {
				HiddenFields.requireVisible(HistoryKind.DISCIPLINE);
			}
			Discipline d = history.find(HistoryKind.DISCIPLINE, disciplineId).orElseThrow();
			String name = person.data().fullName();
			Errors e = new Errors();
			Discipline.Revocation given = r == null ? new Discipline.Revocation(null, null, null, null) : r;
			if (d.revocation() != null) {
				e.add("revokedOn", Messages.text("people.revocation.already", name, d.decisionNumber(),
						Dates.format(d.revocation().revokedOn()), d.revocation().decisionNumber()));
			}
			require(e, "decisionNumber", given.decisionNumber(), name, "people.revocation.label.number");
			require(e, "revokedOn", given.revokedOn(), name, "people.revocation.label.date");
			require(e, "issuer", given.issuer(), name, "people.revocation.label.issuer");
			require(e, "reason", given.reason(), name, "people.revocation.label.reason");
			if (given.revokedOn() != null && d.decidedOn() != null && given.revokedOn().isBefore(d.decidedOn())) {
				e.add("revokedOn", Messages.text("people.revocation.beforeDecision", name,
						Dates.format(given.revokedOn()), Dates.format(d.decidedOn())));
			}
			if (given.revokedOn() != null && given.revokedOn().isAfter(LocalDate.now())) {
				e.add("revokedOn", Messages.text("people.revocation.future", name, Dates.format(given.revokedOn())));
			}
			e.throwIfAny();
			JsonNode before = audit.row(HistoryKind.DISCIPLINE, disciplineId);
			history.revoke(disciplineId, new Discipline.Revocation(given.decisionNumber().strip(), given.revokedOn(),
					given.issuer().strip(), given.reason().strip()));
			audit.entry(AuditAction.UPDATE, HistoryKind.DISCIPLINE, personId, disciplineId, before);
			return history.find(HistoryKind.DISCIPLINE, disciplineId).orElseThrow();
		});
	}

	private static void require(Errors e, String field, Object value, String person, String label) {
		if (value == null || value instanceof String s && s.isBlank()) {
			e.add(field, Messages.text("people.revocation.required", person, Messages.text(label)));
		}
	}

	/** Soft-deletes an entry of any kind. */
	void delete(long personId, HistoryKind<?> kind, long entryId, String reason, Scope scope) {
		change(personId, scope, person -> {
			existing(kind, personId, entryId);
			if (!mayChangeSensitive()) {
				HiddenFields.requireVisible(kind);
			}
			JsonNode before = audit.row(kind, entryId);
			history.softDelete(kind, personId, entryId, reason == null || reason.isBlank() ? DELETED : reason.strip(),
					currentUser.username());
			audit.entry(AuditAction.DELETE, kind, personId, entryId, before);
			return null;
		});
	}

	/**
	 * Checks the scope, locks the dossier row (changes of one dossier run one after the
	 * other), applies the change and, when it succeeded, bumps the version.
	 */
	/**
	 * The problems {@link #save} would report, without writing (for a form that has parse
	 * errors of its own and shows every problem at once).
	 */
	<T extends Record> List<FieldError> problems(long personId, HistoryKind<T> kind, Long entryId, T body,
			Scope scope) {
		Person person = persons.find(personId).orElseThrow(() -> Visibility.notFound(personId));
		visibility.require(personId, null, scope);
		if (entryId != null) {
			existing(kind, personId, entryId);
		}
		T given = mayChangeSensitive() || entryId == null || body == null ? body
				: HiddenFields.keep(kind, history.find(kind, entryId).orElseThrow(), body);
		Errors e = new Errors();
		if (given != null) {
			T entry = kind.check(historyRules, Clean.record(given), birth(person), scope, e);
			historyRules.forSubject(kind, entry, DisciplineForms.Subject.of(person.data()), e);
		}
		return e.all();
	}

	private <T> T change(long personId, Scope scope, Function<Person, T> action) {
		persons.lock(personId);
		Person p = persons.find(personId).orElseThrow(() -> Visibility.notFound(personId));
		visibility.require(personId, null, scope);
		T result = action.apply(p);
		persons.touch(personId, currentUser.username());
		return result;
	}

	/**
	 * Whether the caller may see, and so change, what a kind masks
	 * ({@link HiddenFields}).
	 */
	private boolean mayChangeSensitive() {
		return currentUser.can(Permission.SENSITIVE_READ);
	}

	private void existing(HistoryKind<?> kind, long personId, long entryId) {
		if (!history.exists(kind, personId, entryId)) {
			throw new NotFoundException(
					Messages.text("people.history.entryNotFound", String.valueOf(entryId), String.valueOf(personId)));
		}
	}

	private static PartialDate birth(Person p) {
		return p.data().birthDate();
	}

}
