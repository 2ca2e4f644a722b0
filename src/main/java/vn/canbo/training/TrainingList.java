package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The training list of a unit (issue 16): the enrolments (lượt) of courses starting in
 * the period (both days inclusive) whose persons worked, on the course's start date, in
 * the unit or below it (their main position, people's published {@code person_fact}, as
 * {@link TrainingFigures} counts) — person, unit, course, kind, dates, organiser, sending
 * decision, result and certificate; by person and start. A unit outside the scope is not
 * found (404).
 */
@Component
public class TrainingList {

	private final JdbcClient jdbc;

	private final Units units;

	private final TrainingAccess access;

	private final CareerFacts facts;

	TrainingList(JdbcClient jdbc, Units units, TrainingAccess access, CareerFacts facts) {
		this.jdbc = jdbc;
		this.units = units;
		this.access = access;
		this.facts = facts;
	}

	/** The column headers in the request's language. */
	public List<String> headers() {
		List<String> out = new ArrayList<>();
		for (String k : List.of("person", "unit", "course", "kind", "startsOn", "endsOn", "organiser", "decision",
				"result", "resultOn", "certificateNumber", "certificateDate")) {
			out.add(Messages.text("training.list." + k));
		}
		return out;
	}

	private String name(java.util.Map<Long, String> names, long unitId, LocalDate on) {
		return names.computeIfAbsent(unitId,
				id -> units.find(id, on)
					.or(() -> units.find(id, LocalDate.now()))
					.map(vn.canbo.org.UnitView::name)
					.orElse(""));
	}

	/**
	 * The rows (text, and real dates) of the unit's subtree, or of the whole scope when
	 * {@code unitId} is null.
	 */
	public List<List<Object>> rows(Long unitId, LocalDate from, LocalDate to, Scope scope) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new ValidationException(
					List.of(new FieldError("to", Messages.text("training.list.period"), String.valueOf(to))));
		}
		if (unitId != null && !access.unitInScope(unitId, to, scope)) {
			throw new NotFoundException(Messages.text("training.error.unitNotFound", String.valueOf(unitId)));
		}
		boolean all = unitId == null && scope.unrestricted();
		List<Long> roots = unitId != null ? List.of(unitId) : List.copyOf(scope.rootUnitIds());
		java.util.Set<Long> subtree = new java.util.HashSet<>();
		if (!all) {
			subtree.addAll(units.subtreeIds(roots, to));
			subtree.addAll(units.subtreeIds(roots, LocalDate.now()));
		}
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		List<Row> rows = jdbc.sql("""
				select e.person_id, e.id, f.unit_id, c.name course_name, c.kind, e.starts_on,
				       c.ends_on, c.organiser, s.number, s.decided_on, e.result, e.result_on, e.certificate_number,
				       e.certificate_date
				  from training_enrolment e
				  join training_course c on c.id = e.course_id and c.deleted_at is null
				  left join training_sending s on s.id = e.sending_id
				  join lateral (select pf.unit_id from person_fact pf
				                 where pf.person_id = e.person_id and pf.valid_from <= e.starts_on
				                   and (pf.valid_to is null or pf.valid_to > e.starts_on)
				                   and (cast(:all as boolean) or pf.unit_id = any(:units)) limit 1) f on true
				 where e.starts_on between :from and :to
				 order by e.person_id, e.starts_on, e.id""")
			.param("all", all)
			.param("units", subtree.toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				List<Object> r = new ArrayList<>();
				r.add(null);
				r.add(name(names, rs.getLong("unit_id"), to));
				r.add(rs.getString("course_name"));
				r.add(CourseKind.valueOf(rs.getString("kind")).label());
				r.add(rs.getObject("starts_on", LocalDate.class));
				r.add(rs.getObject("ends_on", LocalDate.class));
				r.add(rs.getString("organiser"));
				String number = rs.getString("number");
				LocalDate decided = rs.getObject("decided_on", LocalDate.class);
				r.add(number == null ? null : number + " (" + vn.canbo.shared.web.Formats.date(decided) + ")");
				String result = rs.getString("result");
				r.add(result == null ? Messages.text("training.result.none") : CourseResult.valueOf(result).label());
				r.add(rs.getObject("result_on", LocalDate.class));
				r.add(rs.getString("certificate_number"));
				r.add(rs.getObject("certificate_date", LocalDate.class));
				return new Row(rs.getLong("person_id"), r);
			})
			.list();
		// names through the people API (a deleted person has none: left out), then by
		// name (the database's C collation: code points), person and start as read
		java.util.Map<Long, String> persons = facts.names(rows.stream().map(Row::personId).distinct().toList());
		List<Row> named = new ArrayList<>();
		for (Row r : rows) {
			String name = persons.get(r.personId());
			if (name != null) {
				r.cells().set(0, name);
				named.add(r);
			}
		}
		named.sort(java.util.Comparator.comparing((Row r) -> (String) r.cells().get(0)));
		return named.stream().map(Row::cells).toList();
	}

	private record Row(long personId, List<Object> cells) {
	}

}
