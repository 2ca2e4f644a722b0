package vn.canbo.people;

import static vn.canbo.people.PersonRows.date;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.RowMapper;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The history kinds of a dossier, each declared once: its record type, URL segment (the
 * same in the REST API and the pages), table, whether entries are effective-dated (can be
 * ended), how a row is stored and read, its validation, where the dossier view lists it,
 * and what of it is sensitive. {@link PersonService#add}, {@link PersonService#correct},
 * the REST API, the pages and the masking are derived from it. Adding a kind = one
 * declaration here, its migration, its form fields ({@code people.web.HistoryKinds}) and
 * its dossier table. The rules a kind adds to validate-and-insert (the one main position
 * at a time, the salary rows that follow each other) are its {@link HistoryHooks}.
 * <p>
 * Longer than 300 lines on purpose: the eleven declarations belong together, one screen
 * each, so that a kind is read (and added) in one place.
 */
@org.springframework.modulith.NamedInterface("api")
public final class HistoryKind<T extends Record> {

	public static final HistoryKind<Position> POSITION = new HistoryKind<>("positions", "person_position",
			Position.class, true)
		.sortedBy("valid_from desc, concurrent, id desc")
		.stored("unit_id, title_code, title_text, concurrent, party_post, valid_from, valid_to, term_start, term_end, "
				+ "decision_number, decision_date, restructuring_id, note",
				p -> new Object[] { p.unitId(), p.titleCode(), p.titleText(), p.concurrent(), p.partyPost(),
						p.validFrom(), p.validTo(), p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(),
						p.restructuringId(), p.note() },
				HistoryRows::position)
		.checked((r, p, birth, scope, e) -> {
			r.position(p, birth, scope, e);
			return Positions.restructured(p, null);
		})
		.listedIn(PersonView::positions)
		.hooks(new Positions());

	public static final HistoryKind<Salary> SALARY = new HistoryKind<>("salaries", "person_salary", Salary.class, true)
		.sortedBy("valid_from desc")
		.stored("rank_code, step, coefficient, percent, seniority_allowance_pct, position_allowance, other_allowances, "
				+ "job_position_salary, valid_from, valid_to, decision_number, decision_date",
				s -> new Object[] { s.rankCode(), s.step(), s.coefficient(),
						s.percent() == null ? BigDecimal.valueOf(100) : s.percent(), s.seniorityAllowancePct(),
						s.positionAllowance(), s.otherAllowances(), s.jobPositionSalary(), s.validFrom(), s.validTo(),
						s.decisionNumber(), s.decisionDate() },
				HistoryRows::salary)
		.checked((r, s, birth, scope, e) -> r.salary(s, birth, e))
		.listedIn(PersonView::salaries)
		.hooks(new Salaries());

	public static final HistoryKind<Qualification> QUALIFICATION = new HistoryKind<>("qualifications",
			"person_qualification", Qualification.class, true)
		.sortedBy("kind, valid_from desc")
		.stored("kind, level_code, language_code, major, institution, valid_from, valid_to",
				q -> new Object[] { q.kind().name(), q.levelCode(), q.languageCode(), q.major(), q.institution(),
						q.validFrom(), q.validTo() },
				HistoryRows::qualification)
		.checkedBy(HistoryEntryRules::qualification)
		.listedIn(PersonView::qualifications);

	public static final HistoryKind<Training> TRAINING = new HistoryKind<>("trainings", "person_training",
			Training.class, false)
		.sortedBy("from_date nulls first, id")
		.stored("kind, school, major, from_date, from_precision, to_date, to_precision, form_code, certificate, "
				+ "level_code",
				t -> new Object[] { t.kind().name(), t.school(), t.major(), day(t.from()), precision(t.from()),
						day(t.to()), precision(t.to()), t.formCode(), t.certificate(), t.levelCode() },
				HistoryMappers::training)
		.checkedBy(HistoryEntryRules::training)
		.listedIn(PersonView::trainings);

	public static final HistoryKind<WorkHistory> WORK_HISTORY = new HistoryKind<>("work-history", "person_work_history",
			WorkHistory.class, false)
		.sortedBy("from_date nulls first, id")
		.stored("from_date, from_precision, to_date, to_precision, description, unit_text",
				w -> new Object[] { day(w.from()), precision(w.from()), day(w.to()), precision(w.to()), w.description(),
						w.unitText() },
				HistoryMappers::workHistory)
		.checkedBy(HistoryEntryRules::workHistory)
		.listedIn(PersonView::workHistory);

	public static final HistoryKind<Award> AWARD = new HistoryKind<>("awards", "person_award", Award.class, false)
		.sortedBy("year desc, id desc")
		.stored("year, form_code, decision_number, decision_date, issuer, reason, level, achievement, programme",
				a -> new Object[] { a.year(), a.formCode(), a.decisionNumber(), a.decisionDate(), a.issuer(),
						a.reason(), a.level() == null ? null : a.level().name(), a.achievement(), a.programme() },
				HistoryMappers::award)
		.checkedBy(HistoryEntryRules::award)
		.listedIn(PersonView::awards);

	public static final HistoryKind<Discipline> DISCIPLINE = new HistoryKind<>("disciplines", "person_discipline",
			Discipline.class, true)
		.sortedBy("decided_on desc, id desc")
		.stored("kind, form_code, decided_on, valid_from, valid_to, authority, violation, decision_number, "
				+ "revoked_on, revocation_number, revocation_issuer, revocation_reason",
				d -> new Object[] { d.kind().name(), d.formCode(), d.decidedOn(), d.validFrom(), d.validTo(),
						d.authority(), d.violation(), d.decisionNumber(),
						d.revocation() == null ? null : d.revocation().revokedOn(),
						d.revocation() == null ? null : d.revocation().decisionNumber(),
						d.revocation() == null ? null : d.revocation().issuer(),
						d.revocation() == null ? null : d.revocation().reason() },
				HistoryMappers::discipline)
		.checked((r, d, birth, scope, e) -> {
			// in force from the decision unless said otherwise; a revocation only by
			// PersonService.revokeDiscipline (a correction keeps the stored one)
			Discipline v = (d.validFrom() != null ? d : d.withPeriod(d.decidedOn(), d.validTo())).revoked(null);
			r.entries().discipline(v, birth, e);
			return v;
		})
		.listedIn(PersonView::disciplines)
		.hooks(new HistoryHooks<>() {
			@Override
			public Discipline replacing(Discipline old, Discipline entry) {
				return entry.revoked(old.revocation());
			}
		});

	public static final HistoryKind<FamilyMember> FAMILY = new HistoryKind<>("family", "person_family",
			FamilyMember.class, false)
		.sortedBy("side desc, sort, id")
		.stored("side, relation_code, full_name, birth_year, details, abroad, political_history, deceased, sort",
				f -> new Object[] { f.side().name(), f.relationCode(), f.fullName(), f.birthYear(), f.details(),
						f.abroad(), f.politicalHistory(), f.deceased(), f.sort() },
				HistoryMappers::family)
		.checkedBy(HistoryEntryRules::family)
		.listedIn(PersonView::family)
		.masked(SensitiveData::mask, false);

	public static final HistoryKind<HistoryNote> HISTORY_NOTE = new HistoryKind<>("history-notes",
			"person_history_note", HistoryNote.class, false)
		.sortedBy("kind, from_date nulls first, id")
		.stored("kind, from_date, from_precision, to_date, to_precision, description",
				h -> new Object[] { h.kind().name(), day(h.from()), precision(h.from()), day(h.to()), precision(h.to()),
						h.description() },
				HistoryMappers::historyNote)
		.checkedBy(HistoryEntryRules::historyNote)
		.listedIn(PersonView::historyNotes)
		.masked(SensitiveData::mask, true);

	public static final HistoryKind<MassOrgMembership> MASS_ORG = new HistoryKind<>("mass-orgs", "person_mass_org",
			MassOrgMembership.class, false)
		.sortedBy("joined_on nulls first, id")
		.stored("organisation, joined_on, role, left_on",
				m -> new Object[] { m.organisation(), m.joinedOn(), m.role(), m.leftOn() }, HistoryMappers::massOrg)
		.checkedBy(HistoryEntryRules::massOrg)
		.listedIn(PersonView::massOrgs);

	/**
	 * Retirement categories (NĐ 135/2020 Art. 5, 6): the months are refused beyond the
	 * rules' maximum in force (issue 13, point 9).
	 */
	public static final HistoryKind<RetirementCategoryFact> RETIREMENT_CATEGORY = new HistoryKind<>(
			"retirement-categories", "person_retirement_category", RetirementCategoryFact.class, true)
		.sortedBy("valid_from desc, id desc")
		.stored("category, months, valid_from, valid_to, basis, note",
				f -> new Object[] { f.category().name(), f.months(), f.validFrom(), f.validTo(), f.basis(), f.note() },
				HistoryMappers::retirementCategory)
		.checkedBy(HistoryEntryRules::retirementCategory)
		.listedIn(PersonView::retirementCategories);

	private static final List<HistoryKind<?>> ALL = List.of(POSITION, SALARY, QUALIFICATION, TRAINING, WORK_HISTORY,
			AWARD, DISCIPLINE, FAMILY, HISTORY_NOTE, MASS_ORG, RETIREMENT_CATEGORY);

	private final String segment;

	private final String table;

	private final Class<T> type;

	private final boolean effectiveDated;

	private String order;

	private String columns;

	private Function<T, Object[]> values;

	private RowMapper<T> rows;

	private Check<T> check;

	private Function<PersonView, List<T>> entries;

	private UnaryOperator<T> mask = UnaryOperator.identity();

	private boolean sensitive;

	private HistoryHooks<T> hooks = new HistoryHooks<>() {
	};

	private HistoryKind(String segment, String table, Class<T> type, boolean effectiveDated) {
		this.segment = segment;
		this.table = table;
		this.type = type;
		this.effectiveDated = effectiveDated;
	}

	// ---- the declaration (used once, in the constants above) ----

	private HistoryKind<T> sortedBy(String orderBy) {
		this.order = orderBy;
		return this;
	}

	private HistoryKind<T> stored(String columns, Function<T, Object[]> values, RowMapper<T> rows) {
		this.columns = columns;
		this.values = values;
		this.rows = rows;
		return this;
	}

	private HistoryKind<T> checked(Check<T> check) {
		this.check = check;
		return this;
	}

	/** Checked by a rule of {@link HistoryEntryRules} that keeps the entry as given. */
	private HistoryKind<T> checkedBy(Rule<T> rule) {
		return checked((rules, entry, birth, scope, e) -> {
			rule.check(rules.entries(), entry, birth, e);
			return entry;
		});
	}

	private HistoryKind<T> listedIn(Function<PersonView, List<T>> entries) {
		this.entries = entries;
		return this;
	}

	/** {@code whole}: the kind as a whole is sensitive (omitted from masked views). */
	private HistoryKind<T> masked(UnaryOperator<T> mask, boolean whole) {
		this.mask = mask;
		this.sensitive = whole;
		return this;
	}

	private HistoryKind<T> hooks(HistoryHooks<T> hooks) {
		this.hooks = hooks;
		return this;
	}

	// ---- public ----

	/** Every kind, in the order of the dossier. */
	public static List<HistoryKind<?>> values() {
		return ALL;
	}

	/** The kind of a URL segment ("awards"); an unknown segment is not found. */
	public static HistoryKind<?> of(String segment) {
		return ALL.stream()
			.filter(k -> k.segment.equals(segment))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Messages.text("people.history.noSection", segment)));
	}

	/**
	 * URL segment, as in /api/v1/persons/{id}/{segment} and /persons/{id}/h/{segment}.
	 */
	public String segment() {
		return segment;
	}

	public Class<T> type() {
		return type;
	}

	/** True when entries have valid_from/valid_to and can be ended. */
	public boolean effectiveDated() {
		return effectiveDated;
	}

	/**
	 * True when the whole kind is sensitive: hidden from users without SENSITIVE_READ.
	 */
	public boolean sensitive() {
		return sensitive;
	}

	/** The entry as a user without SENSITIVE_READ may see it. */
	public T mask(T entry) {
		return mask.apply(entry);
	}

	/** The entries of this kind in a dossier view. */
	public List<T> entries(PersonView v) {
		return entries.apply(v);
	}

	/** The id of an entry of this kind. */
	public Long id(Record entry) {
		try {
			return (Long) type.getMethod("id").invoke(type.cast(entry));
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String toString() {
		return segment;
	}

	// ---- for the module ----

	String table() {
		return table;
	}

	String order() {
		return order;
	}

	String columns() {
		return columns;
	}

	Object[] values(T entry) {
		return values.apply(entry);
	}

	RowMapper<T> rows() {
		return rows;
	}

	/** The entry's own rules; answers the entry as stored (defaults filled in). */
	T check(HistoryValidator rules, T entry, PartialDate birth, Scope scope, Errors e) {
		return check.check(rules, entry, birth, scope, e);
	}

	HistoryHooks<T> hooks() {
		return hooks;
	}

	@FunctionalInterface
	interface Check<T> {

		T check(HistoryValidator rules, T entry, PartialDate birth, Scope scope, Errors e);

	}

	@FunctionalInterface
	interface Rule<T> {

		void check(HistoryEntryRules rules, T entry, PartialDate birth, Errors e);

	}

	private static java.time.LocalDate day(PartialDate p) {
		return p == null ? null : p.date();
	}

	private static String precision(PartialDate p) {
		return p == null ? null : p.precision().name();
	}

}
