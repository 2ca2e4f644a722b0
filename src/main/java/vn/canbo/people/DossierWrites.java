package vn.canbo.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The dossier writes behind {@link PersonService}: the checks of new and changed dossiers
 * (every error at once, national ID unique in the list and in the database), the batch
 * insert with its audit event, the conflict message of a stale version and the audit of
 * the changed fields. Runs inside the service's transaction.
 */
@Component
class DossierWrites {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final PersonRows persons;

	private final HistoryRows history;

	private final BatchInsert batch;

	private final DossierValidator dossierRules;

	private final HistoryValidator historyRules;

	private final PersonChecks checks;

	private final CurrentUser currentUser;

	private final DossierAudit audit;

	DossierWrites(PersonRows persons, HistoryRows history, BatchInsert batch, DossierValidator dossierRules,
			HistoryValidator historyRules, CurrentUser currentUser, DossierAudit audit) {
		this.persons = persons;
		this.history = history;
		this.batch = batch;
		this.dossierRules = dossierRules;
		this.historyRules = historyRules;
		this.checks = new PersonChecks(dossierRules, historyRules);
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/**
	 * Checks every entry (errors named {@code [i].field} when {@code bulk}), then inserts
	 * them in JDBC batches; a bulk insert is one audit event naming every id.
	 */
	List<Long> createAll(List<NewPerson> people, Scope scope, boolean bulk, boolean unitsChecked) {
		Errors errors = new Errors();
		List<NewPerson> clean = new ArrayList<>(people.size());
		Map<String, Integer> ids = new HashMap<>();
		HistoryValidator.UnitCheck unitCheck = historyRules.memoised();
		for (int i = 0; i < people.size(); i++) {
			Errors e = bulk ? errors.nested("[" + i + "].") : errors;
			NewPerson n = checks.entry(people.get(i), scope, unitsChecked, unitCheck, e);
			if (n == null) {
				continue;
			}
			String nationalId = n.data().nationalId();
			if (nationalId != null) {
				Integer other = ids.putIfAbsent(nationalId, i);
				if (other != null) {
					e.add("nationalId", Messages.text("people.error.nationalIdInList", String.valueOf(other + 1)),
							nationalId);
				}
			}
			clean.add(n);
		}
		if (!ids.isEmpty()) {
			for (String taken : persons.nationalIdsTaken(new ArrayList<>(ids.keySet()), null)) {
				(bulk ? errors.nested("[" + ids.get(taken) + "].") : errors).add("nationalId",
						Messages.text("people.error.nationalIdTaken"), taken);
			}
		}
		errors.throwIfAny();
		List<Long> created = batch.insert(clean, currentUser.username());
		if (bulk && !created.isEmpty()) {
			// bulk path (imports, demo data, the 1,000,000-person benchmark): one event
			// for the batch, naming every id, so that loading N dossiers appends one
			// link to the audit chain, not N
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("count", created.size());
			after.put("ids", created);
			audit.person(AuditAction.CREATE, "batch:" + created.get(0) + "-" + created.get(created.size() - 1), null,
					null, after);
		}
		return created;
	}

	/**
	 * Replaces the fields of a dossier in scope: a stale version is a conflict, every
	 * error at once, only the changed fields audited. Returns the stored dossier.
	 */
	Person update(Person current, int expectedVersion, PersonData data) {
		long id = current.id();
		if (current.version() != expectedVersion) {
			throw conflict(id);
		}
		Errors e = new Errors();
		PersonData d = checkUpdate(id, current, data, e);
		e.throwIfAny();
		if (!persons.update(id, expectedVersion, d, currentUser.username())) {
			throw conflict(id);
		}
		Person updated = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		audit.changedFields(id, current.data(), updated.data());
		return updated;
	}

	/** Soft delete of a dossier in scope, with its reason (required), audited. */
	void softDelete(Person existing, String reason) {
		long id = existing.id();
		if (reason == null || reason.isBlank()) {
			throw new ValidationException("reason", Messages.text("people.error.deleteReasonRequired"));
		}
		persons.softDelete(id, reason.strip(), currentUser.username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("deleted", true);
		after.put("reason", reason.strip());
		audit.person(AuditAction.DELETE, String.valueOf(id), id, Map.of("fullName", existing.data().fullName()), after);
	}

	/** The problems of a new dossier, without writing (national ID taken included). */
	List<vn.canbo.shared.FieldError> createProblems(NewPerson p, Scope scope) {
		Errors e = new Errors();
		NewPerson n = checks.entry(p, scope, false, historyRules.memoised(), e);
		if (n != null && n.data().nationalId() != null
				&& !persons.nationalIdsTaken(List.of(n.data().nationalId()), null).isEmpty()) {
			e.add("nationalId", Messages.text("people.error.nationalIdTaken"), n.data().nationalId());
		}
		return e.all();
	}

	/** Cleans and checks the new fields of a stored dossier; returns them cleaned. */
	PersonData checkUpdate(long id, Person current, PersonData data, Errors e) {
		PersonData d = Clean.record(data);
		if (d == null) {
			e.add("data", Messages.text("people.error.dataRequired"));
			e.throwIfAny();
		}
		if (!currentUser.can(Permission.SENSITIVE_READ)) {
			// what the caller may not see stays as stored (issue 12, point 8)
			d = HiddenFields.keep(current.data(), d);
		}
		dossierRules.validate(d, e);
		PartialDate birth = validBirth(d);
		if (birth != null) {
			history.positions(id)
				.stream()
				.map(Position::validFrom)
				.min(LocalDate::compareTo)
				.filter(first -> Dates.maxAge(birth, first) < DossierValidator.MIN_WORKING_AGE)
				.ifPresent(first -> e.add("birthDate",
						Messages.text("people.error.birthDateFirstPosition", Dates.format(first)), birth.format()));
		}
		if (d.nationalId() != null && !persons.nationalIdsTaken(List.of(d.nationalId()), id).isEmpty()) {
			e.add("nationalId", Messages.text("people.error.nationalIdTaken"), d.nationalId());
		}
		return d;
	}

	/** "10:30 ngày 07/12/2026" in Vietnamese, "07/12/2026 10:30" in English. */
	private static String stamp(java.time.Instant t) {
		return Messages.text("people.stamp", TIME.format(t), DAY.format(t));
	}

	RuntimeException conflict(long id) {
		return persons.stamp(id)
			.<RuntimeException>map(s -> new ConcurrentEditException(Messages.text("people.error.conflict",
					stamp(((java.sql.Timestamp) s.get("updated_at")).toInstant()), String.valueOf(s.get("updated_by")),
					String.valueOf(s.get("version")))))
			.orElseGet(() -> Visibility.notFound(id));
	}

	private static PartialDate validBirth(PersonData d) {
		PartialDate b = d.birthDate();
		return b == null || b.date().isAfter(LocalDate.now()) ? null : b;
	}

}
