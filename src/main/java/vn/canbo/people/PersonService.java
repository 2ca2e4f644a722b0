package vn.canbo.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.HeadcountProvider;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Hồ sơ cán bộ: create, read, update and soft-delete dossiers and their effective-dated
 * histories. Every call takes the caller's {@link Scope}: a person is in scope when their
 * main position, as of the asked date or as of today, is in a unit of the scope (see
 * {@link Visibility}); otherwise {@link NotFoundException}. Every change bumps the
 * person's version. Invalid input → {@link ValidationException} listing every field.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class PersonService implements HeadcountProvider {

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

	private final Visibility visibility;

	private final ViewAssembler views;

	private final CurrentUser currentUser;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ObjectMapper json;

	private final HistoryEntries entries;

	private final PastDossier past;

	private final BulkHistories bulk;

	PersonService(PersonRows persons, HistoryRows history, BatchInsert batch, DossierValidator dossierRules,
			HistoryValidator historyRules, Visibility visibility, ViewAssembler views, CurrentUser currentUser,
			JdbcClient jdbc, AuditLog audit, ObjectMapper json, HistoryEntries entries, PastDossier past,
			BulkHistories bulk) {
		this.bulk = bulk;
		this.entries = entries;
		this.past = past;
		this.audit = audit;
		this.json = json;
		this.persons = persons;
		this.history = history;
		this.batch = batch;
		this.dossierRules = dossierRules;
		this.historyRules = historyRules;
		this.checks = new PersonChecks(dossierRules, historyRules);
		this.visibility = visibility;
		this.views = views;
		this.currentUser = currentUser;
		this.jdbc = jdbc;
	}

	// ---- dossier ----

	/**
	 * Creates a dossier with its initial main position (required, in scope), optional
	 * salary and qualifications.
	 */
	@Transactional
	public PersonView create(NewPerson p, Scope scope) {
		long id = createAll(List.of(p), scope, false, false).get(0);
		LocalDate from = p.mainPosition().validFrom();
		LocalDate today = LocalDate.now();
		PersonView v = views.view(load(id), from.isAfter(today) ? from : today);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("data", v.data());
		after.put("mainPosition", v.mainPosition());
		after.put("salary", v.currentSalary());
		after.put("qualifications", v.qualifications());
		audit.record(AuditAction.CREATE, "person", String.valueOf(id), id, null, after);
		return v;
	}

	/**
	 * Bulk insert in one transaction with JDBC batches (imports, demo data). Every entry
	 * is validated first; errors are reported with the entry's index, e.g.
	 * {@code [3].fullName}. Returns the new ids in order.
	 */
	@Transactional
	public List<Long> createAll(List<NewPerson> people, Scope scope) {
		return createAll(people, scope, true, false);
	}

	/** {@link #createAll(List, Scope)} with the whole tree as scope. */
	@Transactional
	public List<Long> createAll(List<NewPerson> people) {
		return createAll(people, Scope.all());
	}

	/**
	 * {@link #createAll(List, Scope)} for spreadsheet imports, with one difference: the
	 * main position's unit is NOT looked up again for every person (a query each, the
	 * largest cost of a 100,000-row import) and the text is not cleaned again (a quarter
	 * of the commit time): the caller has checked each unit (exists on the position's
	 * start date, in the scope) with its own per-file cache, and its reader hands in
	 * cleaned text (NFC, trimmed, single spaces, blank = null).
	 */
	@Transactional
	List<Long> createAllWithCheckedUnits(List<NewPerson> people, Scope scope) {
		return createAll(people, scope, true, true);
	}

	private List<Long> createAll(List<NewPerson> people, Scope scope, boolean bulk, boolean unitsChecked) {
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
			audit.record(AuditAction.CREATE, "person",
					"batch:" + created.get(0) + "-" + created.get(created.size() - 1), null, null, after);
		}
		return created;
	}

	/**
	 * The dossier as of a date (null = today). A person in the scope today is shown
	 * whole; a person in the scope only on a past date is shown as they stood on that
	 * date ({@link PastDossier}).
	 */
	@Transactional(readOnly = true)
	public PersonView get(long id, LocalDate asOf, Scope scope) {
		LocalDate today = LocalDate.now();
		LocalDate d = asOf == null ? today : asOf;
		Person p = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		if (!d.isBefore(today)) {
			visibility.require(id, d, scope);
		}
		else if (!visibility.visible(id, null, scope)) {
			visibility.require(id, d, scope);
			return past.view(p, d, scope);
		}
		return views.view(p, d);
	}

	/**
	 * Whether {@link #get} answers the dossier as it stood on the date: the person is in
	 * the scope on that past date only.
	 */
	@Transactional(readOnly = true)
	public boolean shownAsItStood(long id, LocalDate asOf, Scope scope) {
		return asOf != null && asOf.isBefore(LocalDate.now()) && !visibility.visible(id, null, scope);
	}

	/**
	 * Replaces the dossier fields. Stale {@code expectedVersion} →
	 * {@link ConcurrentEditException}, never a silent overwrite. Without SENSITIVE_READ
	 * the sensitive fields keep their stored values, whatever {@code data} says
	 * ({@link HiddenFields}).
	 */
	@Transactional
	public PersonView update(long id, int expectedVersion, PersonData data, Scope scope) {
		Person current = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		visibility.require(id, null, scope);
		if (current.version() != expectedVersion) {
			throw conflict(id);
		}
		Errors e = new Errors();
		PersonData d = checkUpdate(id, current, data, e);
		e.throwIfAny();
		if (!persons.update(id, expectedVersion, d, currentUser.username())) {
			throw conflict(id);
		}
		Person updated = load(id);
		auditChangedFields(id, current.data(), updated.data());
		return views.view(updated, LocalDate.now());
	}

	/**
	 * The problems {@link #update} would report for these fields, without writing: for a
	 * form that has parse errors of its own and shows every problem at once.
	 */
	@Transactional(readOnly = true)
	public List<FieldError> updateProblems(long id, PersonData data, Scope scope) {
		Person current = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		visibility.require(id, null, scope);
		Errors e = new Errors();
		checkUpdate(id, current, data, e);
		return e.all();
	}

	/**
	 * The problems {@link #create} would report, without writing (national ID taken
	 * included).
	 */
	@Transactional(readOnly = true)
	public List<FieldError> createProblems(NewPerson p, Scope scope) {
		Errors e = new Errors();
		NewPerson n = checks.entry(p, scope, false, historyRules.memoised(), e);
		if (n != null && n.data().nationalId() != null
				&& !persons.nationalIdsTaken(List.of(n.data().nationalId()), null).isEmpty()) {
			e.add("nationalId", Messages.text("people.error.nationalIdTaken"), n.data().nationalId());
		}
		return e.all();
	}

	/** Cleans and checks the new fields of a stored dossier; returns them cleaned. */
	private PersonData checkUpdate(long id, Person current, PersonData data, Errors e) {
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

	private RuntimeException conflict(long id) {
		return persons.stamp(id)
			.<RuntimeException>map(s -> new ConcurrentEditException(Messages.text("people.error.conflict",
					stamp(((java.sql.Timestamp) s.get("updated_at")).toInstant()), String.valueOf(s.get("updated_by")),
					String.valueOf(s.get("version")))))
			.orElseGet(() -> Visibility.notFound(id));
	}

	/** Soft delete (a recorded state: deleted_at, deleted_by, reason). */
	@Transactional
	public void softDelete(long id, String reason, Scope scope) {
		Person existing = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		visibility.require(id, null, scope);
		if (reason == null || reason.isBlank()) {
			throw new ValidationException("reason", Messages.text("people.error.deleteReasonRequired"));
		}
		persons.softDelete(id, reason.strip(), currentUser.username());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("deleted", true);
		after.put("reason", reason.strip());
		audit.record(AuditAction.DELETE, "person", String.valueOf(id), id,
				Map.of("fullName", existing.data().fullName()), after);
	}

	// ---- histories (see HistoryEntries) ----

	/**
	 * Adds an entry of a history kind: the entry's own rules, then its kind's rules
	 * against the stored entries (one main position at a time; a salary row may not start
	 * before a stored one, and closes the row open before it).
	 */
	@Transactional
	public <T extends Record> T add(long personId, HistoryKind<T> kind, T entry, Scope scope) {
		return entries.save(personId, kind, null, entry, scope);
	}

	/**
	 * The problems {@link #add} ({@code entryId} null) or {@link #correct} would report,
	 * without writing.
	 */
	@Transactional(readOnly = true)
	public <T extends Record> List<FieldError> historyProblems(long personId, HistoryKind<T> kind, Long entryId,
			T entry, Scope scope) {
		return entries.problems(personId, kind, entryId, entry, scope);
	}

	/**
	 * Hiệu chỉnh: the entry is soft-deleted ("Hiệu chỉnh") and a new row replaces it (its
	 * {@code replaces_id} names the corrected row).
	 */
	@Transactional
	public <T extends Record> T correct(long personId, HistoryKind<T> kind, long entryId, T entry, Scope scope) {
		return entries.save(personId, kind, entryId, entry, scope);
	}

	/**
	 * Ends a position: {@code endDate} is the first day no longer held (valid_to,
	 * exclusive).
	 */
	@Transactional
	public Position endPosition(long personId, long positionId, LocalDate endDate, Scope scope) {
		entries.end(personId, HistoryKind.POSITION, positionId, endDate, scope);
		return history.position(positionId).map(p -> views.named(List.of(p), LocalDate.now()).get(0)).orElseThrow();
	}

	/**
	 * Ends an effective-dated entry (position, salary, qualification, discipline) at
	 * {@code endDate} (exclusive).
	 */
	@Transactional
	public void endEntry(long personId, HistoryKind<?> kind, long entryId, LocalDate endDate, Scope scope) {
		entries.end(personId, kind, entryId, endDate, scope);
	}

	/**
	 * Hủy bỏ quyết định kỷ luật: records the revoking decision on the discipline (kept in
	 * the history); from its date the discipline has no effect (raise delays, appointment
	 * wait, evaluation cap, counts). Scope first, audited, all errors at once.
	 */
	@Transactional
	public Discipline revokeDiscipline(long personId, long disciplineId, Discipline.Revocation revocation,
			Scope scope) {
		return entries.revoke(personId, disciplineId, revocation, scope);
	}

	/** Soft-deletes a history entry of any kind. */
	@Transactional
	public void deleteEntry(long personId, HistoryKind<?> kind, long entryId, String reason, Scope scope) {
		entries.delete(personId, kind, entryId, reason, scope);
	}

	// ---- bulk histories (see BulkHistories) ----

	/**
	 * Adds entries of one kind to many dossiers at once (demo data, imports): scope
	 * first, each entry's own rules (errors named {@code [i].field}), one batch, one
	 * audit event; periods are the caller's (nothing stored is ended). Returns the count
	 * added.
	 */
	@Transactional
	public <T extends Record> int addAll(HistoryKind<T> kind, List<HistoryEntry<T>> entries, Scope scope) {
		return bulk.addAll(kind, entries, scope);
	}

	/** Ends many effective-dated entries of one kind at once (one audit event). */
	@Transactional
	public void endAll(HistoryKind<?> kind, List<EntryEnd> ends, Scope scope) {
		bulk.endAll(kind, ends, scope);
	}

	/**
	 * The positions (main and concurrent) of each person valid on the date, with their
	 * ids, read at once.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Position>> positionsOn(List<Long> personIds, LocalDate on, Scope scope) {
		return bulk.positionsOn(personIds, on, scope);
	}

	// ---- SPI for org ----

	/**
	 * Persons whose main position is in each unit on the date (not deleted); every asked
	 * unit is in the map.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> headcounts(Collection<Long> unitIds, LocalDate asOf) {
		Map<Long, Long> m = new LinkedHashMap<>();
		unitIds.forEach(id -> m.put(id, 0L));
		if (unitIds.isEmpty()) {
			return m;
		}
		jdbc.sql("""
				select pp.unit_id, count(distinct pp.person_id) as n from person_position pp
				join person p on p.id = pp.person_id and p.deleted_at is null
				where pp.unit_id = any(:units) and not pp.concurrent and pp.deleted_at is null
				  and pp.valid_from <= :d and (pp.valid_to is null or pp.valid_to > :d)
				group by pp.unit_id""")
			.param("units", new HashSet<>(unitIds).toArray(Long[]::new))
			.param("d", asOf)
			.query((rs, n) -> m.put(rs.getLong("unit_id"), rs.getLong("n")))
			.list();
		return m;
	}

	// ---- audit ----

	/**
	 * Records an update of the dossier fields: only the changed fields, before and after.
	 */
	@SuppressWarnings("unchecked")
	private void auditChangedFields(long id, PersonData before, PersonData after) {
		Map<String, Object> b = json.convertValue(before, Map.class);
		Map<String, Object> a = json.convertValue(after, Map.class);
		Map<String, Object> changedBefore = new LinkedHashMap<>();
		Map<String, Object> changedAfter = new LinkedHashMap<>();
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(b.keySet());
		keys.addAll(a.keySet());
		for (String k : keys) {
			if (!java.util.Objects.equals(b.get(k), a.get(k))) {
				changedBefore.put(k, b.get(k));
				changedAfter.put(k, a.get(k));
			}
		}
		audit.record(AuditAction.UPDATE, "person", String.valueOf(id), id, changedBefore, changedAfter);
	}

	private Person load(long id) {
		return persons.find(id).orElseThrow(() -> Visibility.notFound(id));
	}

	private static PartialDate validBirth(PersonData d) {
		PartialDate b = d.birthDate();
		return b == null || b.date().isAfter(LocalDate.now()) ? null : b;
	}

}
