package vn.canbo.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The dossier of a person who has left the caller's scope, as it stood on a past date
 * when they were in it (see README, "Scopes"). Only what the scope could know then is
 * shown:
 * <ul>
 * <li>every history entry as it was recorded when the person left the scope (the
 * recording of the first main position outside it; when the move is not a position of its
 * own — a unit moved away by a restructuring — the end of the asked date): later entries
 * are absent and later corrections or deletions are undone;</li>
 * <li>every history cut at the date: entries starting after it are absent, entries open
 * on it are shown open (an end after the date is hidden);</li>
 * <li>of the dossier fields only the identity (category, names, gender, birth date,
 * birthplace, home town) and the Party dates up to the date: every field that can change
 * later (national ID, addresses, phone, ethnicity, religion, health, insurance numbers…)
 * is absent, and who last changed the dossier is not named.</li>
 * </ul>
 */
@Component
class PastDossier {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final HistoryRows history;

	private final ViewAssembler views;

	private final Units units;

	PastDossier(HistoryRows history, ViewAssembler views, Units units) {
		this.history = history;
		this.views = views;
		this.units = units;
	}

	PersonView view(Person person, LocalDate asOf, Scope scope) {
		long id = person.id();
		Instant at = leftAt(id, asOf, scope);
		return views.complete(new PersonView(identity(person, asOf), asOf, null, false, null, null, null,
				cut(HistoryKind.POSITION, id, at, p -> after(p.validFrom(), asOf),
						p -> after(p.validTo(), asOf) ? open(p) : p),
				cut(HistoryKind.SALARY, id, at, s -> after(s.validFrom(), asOf),
						s -> after(s.validTo(), asOf) ? new Salary(s.id(), s.rankCode(), s.step(), s.coefficient(),
								s.percent(), s.seniorityAllowancePct(), s.positionAllowance(), s.otherAllowances(),
								s.jobPositionSalary(), s.validFrom(), null, s.decisionNumber(), s.decisionDate()) : s),
				cut(HistoryKind.QUALIFICATION, id, at, q -> after(q.validFrom(), asOf),
						q -> after(q.validTo(), asOf) ? new Qualification(q.id(), q.kind(), q.levelCode(),
								q.languageCode(), q.major(), q.institution(), q.validFrom(), null) : q),
				cut(HistoryKind.TRAINING, id, at, t -> after(t.from(), asOf),
						t -> after(t.to(), asOf) ? new Training(t.id(), t.kind(), t.school(), t.major(), t.from(), null,
								t.formCode(), t.certificate(), t.levelCode()) : t),
				cut(HistoryKind.WORK_HISTORY, id, at, w -> after(w.from(), asOf),
						w -> after(w.to(), asOf)
								? new WorkHistory(w.id(), w.from(), null, w.description(), w.unitText()) : w),
				cut(HistoryKind.AWARD, id, at,
						a -> (a.year() != null && a.year() > asOf.getYear()) || after(a.decisionDate(), asOf),
						UnaryOperator.identity()),
				cut(HistoryKind.DISCIPLINE, id, at, d -> after(d.decidedOn(), asOf) || after(d.validFrom(), asOf),
						d -> PastDossier.discipline(d, asOf)),
				cut(HistoryKind.FAMILY, id, at, f -> f.birthYear() != null && f.birthYear() > asOf.getYear(),
						UnaryOperator.identity()),
				cut(HistoryKind.HISTORY_NOTE, id, at, h -> after(h.from(), asOf),
						h -> after(h.to(), asOf) ? new HistoryNote(h.id(), h.kind(), h.from(), null, h.description())
								: h),
				cut(HistoryKind.MASS_ORG, id, at, m -> after(m.joinedOn(), asOf),
						m -> after(m.leftOn(), asOf)
								? new MassOrgMembership(m.id(), m.organisation(), m.joinedOn(), m.role(), null) : m),
				cut(HistoryKind.RETIREMENT_CATEGORY, id, at, f -> after(f.validFrom(), asOf),
						f -> after(f.validTo(), asOf) ? new RetirementCategoryFact(f.id(), f.category(), f.months(),
								f.validFrom(), null, f.basis(), f.note()) : f)));
	}

	/**
	 * When the person left the scope, as recorded: the recording of the first main
	 * position starting after the date in a unit outside the scope; without one, the end
	 * of the date itself.
	 */
	Instant leftAt(long personId, LocalDate asOf, Scope scope) {
		Instant endOfDate = asOf.plusDays(1).atStartOfDay(VIETNAM).toInstant();
		Instant at = history.mainPositionsStartingAfter(personId, asOf)
			.stream()
			.filter(p -> !units.inScope(p.unitId(), scope, p.validFrom()))
			.map(HistoryRows.RecordedStart::createdAt)
			.findFirst()
			.orElse(endOfDate);
		Instant now = Instant.now();
		return at.isAfter(now) ? now : at;
	}

	private <T extends Record> List<T> cut(HistoryKind<T> kind, long personId, Instant at, Predicate<T> later,
			UnaryOperator<T> open) {
		return history.listAsRecorded(kind, personId, at).stream().filter(later.negate()).map(open).toList();
	}

	private static Position open(Position p) {
		return new Position(p.id(), p.unitId(), p.unitName(), p.titleCode(), p.titleText(), p.concurrent(),
				p.partyPost(), p.validFrom(), null, p.termStart(), p.termEnd(), p.decisionNumber(), p.decisionDate(),
				p.restructuringId(), p.note());
	}

	/** The identity fields and the Party dates up to the date; nothing else. */
	private static Person identity(Person p, LocalDate asOf) {
		PersonData d = p.data();
		Map<String, Object> v = new HashMap<>();
		v.put("category", d.category());
		v.put("fullName", d.fullName());
		v.put("otherNames", d.otherNames());
		v.put("gender", d.gender());
		v.put("birthDate", d.birthDate());
		v.put("birthplace", d.birthplace());
		v.put("homeTown", d.homeTown());
		v.put("partyJoinedOn", upTo(d.partyJoinedOn(), asOf));
		v.put("partyOfficialOn", upTo(d.partyOfficialOn(), asOf));
		v.put("partyLeftOn", upTo(d.partyLeftOn(), asOf));
		return new Person(p.id(), p.version(), DossierFields.data(v), p.createdAt(), p.createdBy(), p.createdAt(),
				p.createdBy());
	}

	private static LocalDate upTo(LocalDate d, LocalDate asOf) {
		return after(d, asOf) ? null : d;
	}

	private static boolean after(LocalDate d, LocalDate asOf) {
		return d != null && d.isAfter(asOf);
	}

	private static boolean after(PartialDate d, LocalDate asOf) {
		return d != null && d.date() != null && d.date().isAfter(asOf);
	}

	/** A discipline as it stood: not yet ended, not yet revoked after {@code asOf}. */
	static Discipline discipline(Discipline d, LocalDate asOf) {
		Discipline x = after(d.validTo(), asOf) ? d.withPeriod(d.validFrom(), null) : d;
		return x.revocation() != null && after(x.revocation().revokedOn(), asOf) ? x.revoked(null) : x;
	}

}
