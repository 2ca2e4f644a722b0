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
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.HeadcountProvider;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.ConcurrentEditException;
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
public class PersonService implements HeadcountProvider {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private static final String CORRECTED = "Hiệu chỉnh";

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

	PersonService(PersonRows persons, HistoryRows history, BatchInsert batch, DossierValidator dossierRules,
			HistoryValidator historyRules, Visibility visibility, ViewAssembler views, CurrentUser currentUser,
			JdbcClient jdbc, AuditLog audit, ObjectMapper json) {
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

	/** The dossier as of a date (null = today). */
	@Transactional(readOnly = true)
	public PersonView get(long id, LocalDate asOf, Scope scope) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		Person p = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		visibility.require(id, d, scope);
		return views.view(p, d);
	}

	/**
	 * Replaces the dossier fields. Stale {@code expectedVersion} →
	 * {@link ConcurrentEditException}, never a silent overwrite.
	 */
	@Transactional
	public PersonView update(long id, int expectedVersion, PersonData data, Scope scope) {
		Person current = persons.find(id).orElseThrow(() -> Visibility.notFound(id));
		visibility.require(id, null, scope);
		if (current.version() != expectedVersion) {
			throw conflict(id);
		}
		PersonData d = Clean.record(data);
		Errors e = new Errors();
		if (d == null) {
			e.add("data", Messages.text("people.error.dataRequired"));
			e.throwIfAny();
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
		e.throwIfAny();
		if (!persons.update(id, expectedVersion, d, currentUser.username())) {
			throw conflict(id);
		}
		Person updated = load(id);
		auditChangedFields(id, current.data(), updated.data());
		return views.view(updated, LocalDate.now());
	}

	private RuntimeException conflict(long id) {
		return persons.stamp(id)
			.<RuntimeException>map(s -> new ConcurrentEditException(Messages.text("people.error.conflict",
					STAMP.format(((java.sql.Timestamp) s.get("updated_at")).toInstant()),
					String.valueOf(s.get("updated_by")), String.valueOf(s.get("version")))))
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

	// ---- positions ----

	@Transactional
	public Position addPosition(long personId, Position p, Scope scope) {
		required(p);
		return change(personId, scope, person -> {
			Position added = insertPosition(personId, Clean.record(p), birth(person), scope, null);
			auditEntry(AuditAction.CREATE, HistoryKind.POSITION, personId, added.id(), null);
			return added;
		});
	}

	/**
	 * Ends a position: {@code endDate} is the first day no longer held (valid_to,
	 * exclusive).
	 */
	@Transactional
	public Position endPosition(long personId, long positionId, LocalDate endDate, Scope scope) {
		endEntry(personId, HistoryKind.POSITION, positionId, endDate, scope);
		return history.position(positionId).map(p -> views.named(List.of(p), LocalDate.now()).get(0)).orElseThrow();
	}

	/**
	 * Hiệu chỉnh: the old row is soft-deleted ("Hiệu chỉnh") and a new row replaces it.
	 */
	@Transactional
	public Position correctPosition(long personId, long positionId, Position p, Scope scope) {
		required(p);
		return change(personId, scope, person -> {
			existing(HistoryKind.POSITION, personId, positionId);
			Position old = history.position(positionId).orElseThrow();
			JsonNode before = row(HistoryKind.POSITION, positionId);
			history.softDelete(HistoryKind.POSITION, personId, positionId, CORRECTED, currentUser.username());
			Position replacement = insertPosition(personId, Clean.record(p), birth(person), scope,
					new Replacing(positionId, old.restructuringId()));
			auditEntry(AuditAction.UPDATE, HistoryKind.POSITION, personId, replacement.id(), before);
			return replacement;
		});
	}

	private record Replacing(long id, Long restructuringId) {
	}

	private Position insertPosition(long personId, Position p, PartialDate birth, Scope scope, Replacing replacing) {
		Errors e = new Errors();
		historyRules.position(p, birth, scope, e);
		if (e.isEmpty() && !p.concurrent()
				&& !history.overlappingMain(personId, p.validFrom(), p.validTo(), null).isEmpty()) {
			e.add("validFrom", overlapMessage());
		}
		e.throwIfAny();
		long id = guarded(
				() -> history.insertPosition(personId, p, replacing == null ? null : replacing.restructuringId(),
						replacing == null ? null : replacing.id(), currentUser.username()));
		return views.named(List.of(history.position(id).orElseThrow()), LocalDate.now()).get(0);
	}

	private static String overlapMessage() {
		return "Đã có chức vụ chính trong thời gian này — hãy kết thúc chức vụ chính cũ trước, "
				+ "hoặc đánh dấu chức vụ mới là kiêm nhiệm";
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
				throw new ValidationException("validFrom", overlapMessage());
			}
			if (m.contains("person_salary_one_at_a_time")) {
				throw new ValidationException("validFrom", "Trùng thời gian với một bậc lương khác");
			}
			throw ex;
		}
	}

	// ---- salary ----

	/** Adds a salary row; the previous open row is closed at the new row's validFrom. */
	@Transactional
	public Salary addSalary(long personId, Salary s, Scope scope) {
		required(s);
		return change(personId, scope, person -> {
			Errors e = new Errors();
			Salary v = historyRules.salary(Clean.record(s), birth(person), e);
			if (e.isEmpty()) {
				history.salariesFrom(personId, v.validFrom(), null)
					.stream()
					.findFirst()
					.ifPresent(
							later -> e.add("validFrom",
									"Đã có diễn biến lương từ ngày " + Dates.format(later.validFrom())
											+ " trở về sau — hãy hiệu chỉnh thay vì thêm mới",
									Dates.format(v.validFrom())));
			}
			e.throwIfAny();
			history.openSalaryBefore(personId, v.validFrom()).ifPresent(prev -> {
				JsonNode before = row(HistoryKind.SALARY, prev.id());
				history.end(HistoryKind.SALARY, prev.id(), v.validFrom());
				auditEntry(AuditAction.UPDATE, HistoryKind.SALARY, personId, prev.id(), before);
			});
			long id = guarded(() -> history.insertSalary(personId, v, null, currentUser.username()));
			auditEntry(AuditAction.CREATE, HistoryKind.SALARY, personId, id, null);
			return history.salary(id).orElseThrow();
		});
	}

	@Transactional
	public Salary correctSalary(long personId, long salaryId, Salary s, Scope scope) {
		required(s);
		return change(personId, scope, person -> {
			existing(HistoryKind.SALARY, personId, salaryId);
			Errors e = new Errors();
			Salary v = historyRules.salary(Clean.record(s), birth(person), e);
			e.throwIfAny();
			JsonNode before = row(HistoryKind.SALARY, salaryId);
			history.softDelete(HistoryKind.SALARY, personId, salaryId, CORRECTED, currentUser.username());
			long id = guarded(() -> history.insertSalary(personId, v, salaryId, currentUser.username()));
			auditEntry(AuditAction.UPDATE, HistoryKind.SALARY, personId, id, before);
			return history.salary(id).orElseThrow();
		});
	}

	// ---- other histories ----

	@Transactional
	public Qualification addQualification(long personId, Qualification q, Scope scope) {
		return simple(personId, null, scope, HistoryKind.QUALIFICATION, Clean.record(q),
				(v, b, e) -> historyRules.qualification(v, b, e),
				(v, r) -> history.insertQualification(personId, v, r, user()), id -> history.qualifications(personId));
	}

	@Transactional
	public Qualification correctQualification(long personId, long entryId, Qualification q, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.QUALIFICATION, Clean.record(q),
				(v, b, e) -> historyRules.qualification(v, b, e),
				(v, r) -> history.insertQualification(personId, v, r, user()), id -> history.qualifications(personId));
	}

	@Transactional
	public Training addTraining(long personId, Training t, Scope scope) {
		return simple(personId, null, scope, HistoryKind.TRAINING, Clean.record(t),
				(v, b, e) -> historyRules.training(v, b, e), (v, r) -> history.insertTraining(personId, v, r, user()),
				id -> history.trainings(personId));
	}

	@Transactional
	public Training correctTraining(long personId, long entryId, Training t, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.TRAINING, Clean.record(t),
				(v, b, e) -> historyRules.training(v, b, e), (v, r) -> history.insertTraining(personId, v, r, user()),
				id -> history.trainings(personId));
	}

	@Transactional
	public WorkHistory addWorkHistory(long personId, WorkHistory w, Scope scope) {
		return simple(personId, null, scope, HistoryKind.WORK_HISTORY, Clean.record(w),
				(v, b, e) -> historyRules.workHistory(v, b, e),
				(v, r) -> history.insertWorkHistory(personId, v, r, user()), id -> history.workHistory(personId));
	}

	@Transactional
	public WorkHistory correctWorkHistory(long personId, long entryId, WorkHistory w, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.WORK_HISTORY, Clean.record(w),
				(v, b, e) -> historyRules.workHistory(v, b, e),
				(v, r) -> history.insertWorkHistory(personId, v, r, user()), id -> history.workHistory(personId));
	}

	@Transactional
	public Award addAward(long personId, Award a, Scope scope) {
		return simple(personId, null, scope, HistoryKind.AWARD, Clean.record(a),
				(v, b, e) -> historyRules.award(v, b, e), (v, r) -> history.insertAward(personId, v, r, user()),
				id -> history.awards(personId));
	}

	@Transactional
	public Award correctAward(long personId, long entryId, Award a, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.AWARD, Clean.record(a),
				(v, b, e) -> historyRules.award(v, b, e), (v, r) -> history.insertAward(personId, v, r, user()),
				id -> history.awards(personId));
	}

	@Transactional
	public Discipline addDiscipline(long personId, Discipline d, Scope scope) {
		return simple(personId, null, scope, HistoryKind.DISCIPLINE, withDefaultStart(Clean.record(d)),
				(v, b, e) -> historyRules.discipline(v, b, e),
				(v, r) -> history.insertDiscipline(personId, v, r, user()), id -> history.disciplines(personId));
	}

	@Transactional
	public Discipline correctDiscipline(long personId, long entryId, Discipline d, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.DISCIPLINE, withDefaultStart(Clean.record(d)),
				(v, b, e) -> historyRules.discipline(v, b, e),
				(v, r) -> history.insertDiscipline(personId, v, r, user()), id -> history.disciplines(personId));
	}

	private static Discipline withDefaultStart(Discipline d) {
		return d == null || d.validFrom() != null ? d : new Discipline(d.id(), d.kind(), d.formCode(), d.decidedOn(),
				d.decidedOn(), d.validTo(), d.authority(), d.violation(), d.decisionNumber());
	}

	@Transactional
	public FamilyMember addFamilyMember(long personId, FamilyMember f, Scope scope) {
		return simple(personId, null, scope, HistoryKind.FAMILY, Clean.record(f),
				(v, b, e) -> historyRules.family(v, e), (v, r) -> history.insertFamily(personId, v, r, user()),
				id -> history.family(personId));
	}

	@Transactional
	public FamilyMember correctFamilyMember(long personId, long entryId, FamilyMember f, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.FAMILY, Clean.record(f),
				(v, b, e) -> historyRules.family(v, e), (v, r) -> history.insertFamily(personId, v, r, user()),
				id -> history.family(personId));
	}

	@Transactional
	public HistoryNote addHistoryNote(long personId, HistoryNote n, Scope scope) {
		return simple(personId, null, scope, HistoryKind.HISTORY_NOTE, Clean.record(n),
				(v, b, e) -> historyRules.historyNote(v, b, e),
				(v, r) -> history.insertHistoryNote(personId, v, r, user()), id -> history.historyNotes(personId));
	}

	@Transactional
	public HistoryNote correctHistoryNote(long personId, long entryId, HistoryNote n, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.HISTORY_NOTE, Clean.record(n),
				(v, b, e) -> historyRules.historyNote(v, b, e),
				(v, r) -> history.insertHistoryNote(personId, v, r, user()), id -> history.historyNotes(personId));
	}

	@Transactional
	public MassOrgMembership addMassOrg(long personId, MassOrgMembership m, Scope scope) {
		return simple(personId, null, scope, HistoryKind.MASS_ORG, Clean.record(m),
				(v, b, e) -> historyRules.massOrg(v, b, e), (v, r) -> history.insertMassOrg(personId, v, r, user()),
				id -> history.massOrgs(personId));
	}

	@Transactional
	public MassOrgMembership correctMassOrg(long personId, long entryId, MassOrgMembership m, Scope scope) {
		return simple(personId, entryId, scope, HistoryKind.MASS_ORG, Clean.record(m),
				(v, b, e) -> historyRules.massOrg(v, b, e), (v, r) -> history.insertMassOrg(personId, v, r, user()),
				id -> history.massOrgs(personId));
	}

	/**
	 * Ends an effective-dated entry (position, salary, qualification, discipline) at
	 * {@code endDate} (exclusive).
	 */
	@Transactional
	public void endEntry(long personId, HistoryKind kind, long entryId, LocalDate endDate, Scope scope) {
		change(personId, scope, person -> {
			// scope first: an answer must not differ for a person outside the scope
			if (!kind.effectiveDated()) {
				throw new ValidationException("kind", "Mục này không có thời hạn hiệu lực để kết thúc");
			}
			existing(kind, personId, entryId);
			Map<String, Object> row = jdbc.sql("select valid_from, valid_to from " + kind.table() + " where id = ?")
				.param(entryId)
				.query()
				.singleRow();
			LocalDate from = ((java.sql.Date) row.get("valid_from")).toLocalDate();
			if (endDate == null) {
				throw new ValidationException("date", "Ngày kết thúc là bắt buộc");
			}
			if (row.get("valid_to") != null) {
				throw new ValidationException("date",
						"Mục này đã kết thúc ngày " + Dates.format(((java.sql.Date) row.get("valid_to")).toLocalDate())
								+ " — hãy hiệu chỉnh nếu cần sửa");
			}
			if (!endDate.isAfter(from)) {
				throw new ValidationException("date", "Ngày kết thúc phải sau ngày bắt đầu " + Dates.format(from));
			}
			JsonNode before = row(kind, entryId);
			history.end(kind, entryId, endDate);
			auditEntry(AuditAction.UPDATE, kind, personId, entryId, before);
			return null;
		});
	}

	/** Soft-deletes a history entry of any kind. */
	@Transactional
	public void deleteEntry(long personId, HistoryKind kind, long entryId, String reason, Scope scope) {
		change(personId, scope, person -> {
			existing(kind, personId, entryId);
			JsonNode before = row(kind, entryId);
			history.softDelete(kind, personId, entryId, reason == null || reason.isBlank() ? "Xóa" : reason.strip(),
					user());
			auditEntry(AuditAction.DELETE, kind, personId, entryId, before);
			return null;
		});
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

	// ---- helpers ----

	@FunctionalInterface
	private interface Rule<T> {

		void check(T value, PartialDate birth, Errors e);

	}

	@FunctionalInterface
	private interface Insert<T> {

		long insert(T value, Long replacesId);

	}

	/**
	 * Add (entryId null) or correct (soft-delete entryId, insert the replacement) a
	 * simple history entry.
	 */
	private <T extends Record> T simple(long personId, Long entryId, Scope scope, HistoryKind kind, T value,
			Rule<T> rule, Insert<T> insert, java.util.function.LongFunction<List<T>> reload) {
		return change(personId, scope, person -> {
			if (entryId != null) {
				existing(kind, personId, entryId);
			}
			Errors e = new Errors();
			if (value == null) {
				e.add("body", "Dữ liệu là bắt buộc");
			}
			else {
				rule.check(value, birth(person), e);
			}
			e.throwIfAny();
			JsonNode before = null;
			if (entryId != null) {
				before = row(kind, entryId);
				history.softDelete(kind, personId, entryId, CORRECTED, user());
			}
			long id = insert.insert(value, entryId);
			auditEntry(entryId == null ? AuditAction.CREATE : AuditAction.UPDATE, kind, personId, id, before);
			return reload.apply(personId).stream().filter(r -> idOf(r) == id).findFirst().orElseThrow();
		});
	}

	private static long idOf(Record r) {
		try {
			return (Long) r.getClass().getMethod("id").invoke(r);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Checks the scope, locks the dossier row (changes of one dossier run one after the
	 * other), applies the change and, when it succeeded, bumps the version.
	 */
	private <T> T change(long personId, Scope scope, java.util.function.Function<Person, T> action) {
		persons.lock(personId);
		Person p = persons.find(personId).orElseThrow(() -> Visibility.notFound(personId));
		visibility.require(personId, null, scope);
		T result = action.apply(p);
		persons.touch(personId, user());
		return result;
	}

	// ---- audit ----

	/** A history row as stored (JSON of every column), for the audit trail. */
	private JsonNode row(HistoryKind kind, long id) {
		return jdbc.sql("select cast(to_jsonb(t) as text) from " + kind.table() + " t where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(json::readTree)
			.orElse(null);
	}

	/**
	 * Records a change of a history entry (entity type = its table, e.g.
	 * {@code person_position}, with the person's id): {@code before} as given,
	 * {@code after} the row as stored now (for a correction: the replacement, whose
	 * {@code replaces_id} names the corrected row; for a deletion: the row with its
	 * deleted_at and reason).
	 */
	private void auditEntry(AuditAction action, HistoryKind kind, long personId, long entryId, JsonNode before) {
		audit.record(action, kind.table(), String.valueOf(entryId), personId, before, row(kind, entryId));
	}

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

	private void existing(HistoryKind kind, long personId, long entryId) {
		if (!history.exists(kind, personId, entryId)) {
			throw new NotFoundException("Không tìm thấy mục " + entryId + " trong hồ sơ số " + personId);
		}
	}

	private static void required(Object body) {
		if (body == null) {
			throw new ValidationException("body", "Dữ liệu là bắt buộc");
		}
	}

	private Person load(long id) {
		return persons.find(id).orElseThrow(() -> Visibility.notFound(id));
	}

	private String user() {
		return currentUser.username();
	}

	private static PartialDate birth(Person p) {
		return p.data().birthDate();
	}

	private static PartialDate validBirth(PersonData d) {
		PartialDate b = d.birthDate();
		return b == null || b.date().isAfter(LocalDate.now()) ? null : b;
	}

}
