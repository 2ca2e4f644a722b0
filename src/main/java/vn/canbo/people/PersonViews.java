package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.Units;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The bulk dossier read (issue 17): the dossiers of many persons as of a date, the same
 * {@link PersonView} as {@link PersonService#get}, read with one query per table for all
 * of them (the persons passed as arrays in chunks of {@value #CHUNK}) instead of a dozen
 * queries per person; only the histories asked for are read, the others are empty lists
 * (positions are needed for the main post and the age-independent parts; the family of a
 * whole province is not read to count its women). Unscoped like {@link CareerFacts}: the
 * caller has checked the persons against the user's scope, or asks {@link #visibleAmong}
 * — which of them a scope sees, as {@link PersonLookup#visible} does one by one, from the
 * persons' main positions read at once.
 */
@Component
@org.springframework.modulith.NamedInterface("api")
public class PersonViews {

	static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final HistoryRows history;

	private final ViewAssembler views;

	private final Units units;

	PersonViews(JdbcClient jdbc, HistoryRows history, ViewAssembler views, Units units) {
		this.jdbc = jdbc;
		this.history = history;
		this.views = views;
		this.units = units;
	}

	/**
	 * Person id → dossier as of the date (null = today) with the histories of
	 * {@code kinds} (the others empty); a deleted or unknown person is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> of(Collection<Long> personIds, LocalDate asOf, Set<HistoryKind<?>> kinds) {
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		List<Long> ids = personIds.stream().distinct().toList();
		Map<Long, PersonView> out = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			List<Long> part = ids.subList(i, Math.min(ids.size(), i + CHUNK));
			List<Person> persons = jdbc.sql("select * from person where id = any(?) and deleted_at is null")
				.param(part.toArray(Long[]::new))
				.query(PersonRows::map)
				.list();
			Histories h = new Histories(kinds, part);
			List<PersonView> raws = new ArrayList<>(persons.size());
			for (Person p : persons) {
				raws.add(new PersonView(p, d, null, false, null, null, null, h.of(HistoryKind.POSITION, p.id()),
						h.of(HistoryKind.SALARY, p.id()), h.of(HistoryKind.QUALIFICATION, p.id()),
						h.of(HistoryKind.TRAINING, p.id()), h.of(HistoryKind.WORK_HISTORY, p.id()),
						h.of(HistoryKind.AWARD, p.id()), h.of(HistoryKind.DISCIPLINE, p.id()),
						h.of(HistoryKind.FAMILY, p.id()), h.of(HistoryKind.HISTORY_NOTE, p.id()),
						h.of(HistoryKind.MASS_ORG, p.id()), h.of(HistoryKind.RETIREMENT_CATEGORY, p.id())));
			}
			views.completeAll(raws, d).forEach(v -> out.put(v.id(), v));
		}
		return out;
	}

	/**
	 * The few fields a head count needs (issue 17: the structure of a province's plans).
	 */
	@org.springframework.modulith.NamedInterface("api")
	public record Basics(long id, Gender gender, PartialDate birthDate, Integer age, String ethnicityCode,
			String fullName) {
	}

	/**
	 * Person id → sex, birth date, age in whole years on the date, ethnicity and full
	 * name, one narrow query for all (no dossier mapping); a deleted or unknown person is
	 * absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Basics> basics(Collection<Long> personIds, LocalDate on) {
		Map<Long, Basics> out = new HashMap<>();
		List<Long> ids = personIds.stream().distinct().toList();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			jdbc.sql("select id, gender, birth_date, birth_date_precision, ethnicity_code, full_name from person"
					+ " where id = any(?) and deleted_at is null")
				.param(ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(Long[]::new))
				.query((rs, n) -> {
					PartialDate birth = PersonRows.partial(rs, "birth_date", "birth_date_precision");
					String g = rs.getString("gender");
					return out.put(rs.getLong("id"), new Basics(rs.getLong("id"), g == null ? null : Gender.valueOf(g),
							birth, Dates.age(birth, on), rs.getString("ethnicity_code"), rs.getString("full_name")));
				})
				.list();
		}
		return out;
	}

	/**
	 * Person id → the main post on the date, as {@link PersonView#mainPosition} of
	 * {@link #of} (the live main position valid that day, the latest started first; the
	 * unit's name on the date), one narrow query for all (issue 17: the readiness view of
	 * a province); a person without one is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Position> mainPositions(Collection<Long> personIds, LocalDate on) {
		Map<Long, Position> out = new HashMap<>();
		List<Long> ids = personIds.stream().distinct().toList();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			List<Long> persons = new ArrayList<>();
			List<Position> mains = jdbc
				.sql("select distinct on (person_id) * from person_position where person_id = any(:ids)"
						+ " and not concurrent and deleted_at is null and valid_from <= :d"
						+ " and (valid_to is null or valid_to > :d) order by person_id, valid_from desc, id desc")
				.param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(Long[]::new))
				.param("d", on)
				.query((rs, n) -> {
					persons.add(rs.getLong("person_id"));
					return HistoryRows.position(rs, n);
				})
				.list();
			List<Position> named = views.named(mains, on);
			for (int k = 0; k < named.size(); k++) {
				out.put(persons.get(k), named.get(k));
			}
		}
		return out;
	}

	/**
	 * The persons among {@code personIds} the scope sees today
	 * ({@link PersonLookup#visible} for each): a main position valid today in a unit of
	 * the scope; without one, the latest main position's unit on its last day.
	 */
	@Transactional(readOnly = true)
	public Set<Long> visibleAmong(Collection<Long> personIds, Scope scope) {
		if (scope.unrestricted()) {
			return new HashSet<>(personIds);
		}
		LocalDate today = LocalDate.now();
		Optional<Set<Long>> tree = units.scopeUnitIds(scope, today);
		Set<Long> out = new HashSet<>();
		List<Long> ids = personIds.stream().distinct().toList();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			Map<Long, List<Position>> mains = new HashMap<>();
			jdbc.sql("select * from person_position where person_id = any(?) and not concurrent"
					+ " and deleted_at is null order by person_id, valid_from")
				.param(ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(Long[]::new))
				.query((rs, n) -> mains.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>())
					.add(HistoryRows.position(rs, n)))
				.list();
			mains.forEach((id, ps) -> {
				List<Position> current = ps.stream().filter(p -> p.validOn(today)).toList();
				Position last = ps.get(ps.size() - 1);
				if (!current.isEmpty()
						? current.stream().anyMatch(p -> tree.map(t -> t.contains(p.unitId())).orElse(true))
						: units.inScope(last.unitId(), scope,
								last.validTo() == null ? last.validFrom() : last.validTo().minusDays(1))) {
					out.add(id);
				}
			});
		}
		return out;
	}

	/**
	 * {@link #visibleAmong} and, of the persons seen, {@link #mainPositions} on the date:
	 * the same answers from one read of the persons' main positions (issue 17: both read
	 * {@code person_position} of a province's 36,144 candidates).
	 */
	@org.springframework.modulith.NamedInterface("api")
	public record MainPosts(Set<Long> visible, Map<Long, Position> mains) {
	}

	/**
	 * As {@link MainPosts}: who the scope sees today, and their main post on the date.
	 */
	@Transactional(readOnly = true)
	public MainPosts mainPostsSeen(Collection<Long> personIds, LocalDate on, Scope scope) {
		LocalDate today = LocalDate.now();
		Optional<Set<Long>> tree = units.scopeUnitIds(scope, today);
		Map<LocalDate, Set<Long>> trees = new HashMap<>();
		Set<Long> visible = scope.unrestricted() ? new HashSet<>(personIds) : new HashSet<>();
		List<Long> persons = new ArrayList<>();
		List<Position> mains = new ArrayList<>();
		List<Long> ids = personIds.stream().distinct().toList();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			List<Position> rows = new ArrayList<>();
			long[] current = { -1 };
			Runnable flush = () -> {
				if (rows.isEmpty()) {
					return;
				}
				long id = current[0];
				Position main = null;
				boolean seenToday = false;
				boolean validToday = false;
				for (Position p : rows) {
					if (p.validOn(on)) {
						main = p;
					}
					if (p.validOn(today)) {
						validToday = true;
						seenToday |= tree.map(t -> t.contains(p.unitId())).orElse(true);
					}
				}
				if (!scope.unrestricted() && !validToday) {
					Position last = rows.get(rows.size() - 1);
					LocalDate d = last.validTo() == null ? last.validFrom() : last.validTo().minusDays(1);
					seenToday = trees.computeIfAbsent(d, x -> units.subtreeIds(scope.rootUnitIds(), x))
						.contains(last.unitId());
				}
				if (seenToday) {
					visible.add(id);
				}
				if (main != null && visible.contains(id)) {
					persons.add(id);
					mains.add(main);
				}
				rows.clear();
			};
			jdbc.sql("select person_id, " + HistoryRows.POSITION_COLUMNS
					+ " from person_position where person_id = any(?) and not concurrent and deleted_at is null"
					+ " order by person_id, valid_from, id")
				.param(ids.subList(i, Math.min(ids.size(), i + CHUNK)).toArray(Long[]::new))
				.query(rs -> {
					long id = rs.getLong("person_id");
					if (id != current[0]) {
						flush.run();
						current[0] = id;
					}
					rows.add(HistoryRows.position(rs, 0));
				});
			flush.run();
		}
		List<Position> named = views.named(mains, on);
		Map<Long, Position> out = new HashMap<>();
		for (int k = 0; k < named.size(); k++) {
			out.put(persons.get(k), named.get(k));
		}
		return new MainPosts(visible, out);
	}

	/** The histories of a chunk of persons, one query per kind asked for. */
	private final class Histories {

		private final Map<HistoryKind<?>, Map<Long, ?>> read = new HashMap<>();

		Histories(Set<HistoryKind<?>> kinds, List<Long> ids) {
			for (HistoryKind<?> k : kinds) {
				read.put(k, history.listAll(k, ids));
			}
		}

		@SuppressWarnings("unchecked")
		<T extends Record> List<T> of(HistoryKind<T> kind, long personId) {
			Map<Long, ?> m = read.get(kind);
			Object list = m == null ? null : m.get(personId);
			return list == null ? List.of() : (List<T>) list;
		}

	}

}
