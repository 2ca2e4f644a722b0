package vn.canbo.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.HeadcountProvider;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
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

	private final PersonRows persons;

	private final HistoryRows history;

	private final DossierWrites writes;

	private final UnitHeadcounts headcounts;

	private final Visibility visibility;

	private final ViewAssembler views;

	private final AuditLog audit;

	private final HistoryEntries entries;

	private final PastDossier past;

	private final BulkHistories bulk;

	PersonService(PersonRows persons, HistoryRows history, DossierWrites writes, UnitHeadcounts headcounts,
			Visibility visibility, ViewAssembler views, AuditLog audit, HistoryEntries entries, PastDossier past,
			BulkHistories bulk) {
		this.bulk = bulk;
		this.entries = entries;
		this.past = past;
		this.audit = audit;
		this.persons = persons;
		this.history = history;
		this.writes = writes;
		this.headcounts = headcounts;
		this.visibility = visibility;
		this.views = views;
	}

	// ---- dossier ----

	/**
	 * Creates a dossier with its initial main position (required, in scope), optional
	 * salary and qualifications.
	 */
	@Transactional
	public PersonView create(NewPerson p, Scope scope) {
		long id = writes.createAll(List.of(p), scope, false, false).get(0);
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
		return writes.createAll(people, scope, true, false);
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
		return writes.createAll(people, scope, true, true);
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
		return views.view(writes.update(current, expectedVersion, data), LocalDate.now());
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
		writes.checkUpdate(id, current, data, e);
		return e.all();
	}

	/**
	 * The problems {@link #create} would report, without writing (national ID taken
	 * included).
	 */
	@Transactional(readOnly = true)
	public List<FieldError> createProblems(NewPerson p, Scope scope) {
		return writes.createProblems(p, scope);
	}

	/** Soft delete (a recorded state: deleted_at, deleted_by, reason). */
	@Transactional
	public void softDelete(long id, String reason, Scope scope) {
		Person existing = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		visibility.require(id, null, scope);
		writes.softDelete(existing, reason);
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
		return headcounts.headcounts(unitIds, asOf);
	}

	private Person load(long id) {
		return persons.find(id).orElseThrow(() -> Visibility.notFound(id));
	}

}
