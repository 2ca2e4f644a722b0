package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureProvider;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.FigureUnits;
import vn.canbo.reports.Population;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Training figures for a scope and a period (both days inclusive): TRAINING_TURNS = the
 * enrolments ("lượt") whose start date (the course's start) falls in the period,
 * TRAINING_PERSONS = the distinct persons behind them; TRAINING_TURNS_COMPLETED and
 * TRAINING_PERSONS_COMPLETED count the completions whose certificate date falls in the
 * period ("hoàn thành trong kỳ"). Filter COURSE_KIND (values of {@link CourseKind}). A
 * person counts in the unit of their main position on the counted day (people's published
 * {@code person_fact}), within the population's roots (their subtrees; a root outside the
 * scope: 404) or the scope; the population's categories apply to that position's
 * category; a criterion, a unit type or other filters are refused.
 */
@Component
class TrainingFigures implements FigureProvider {

	static final String TURNS = "TRAINING_TURNS";

	static final String PERSONS = "TRAINING_PERSONS";

	static final String COMPLETED = "_COMPLETED";

	private final JdbcClient jdbc;

	private final FigureUnits figureUnits;

	TrainingFigures(JdbcClient jdbc, FigureUnits figureUnits) {
		this.jdbc = jdbc;
		this.figureUnits = figureUnits;
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		for (String code : List.of(TURNS, PERSONS, TURNS + COMPLETED, PERSONS + COMPLETED)) {
			out.add(new FigureDefinition(code, label(code), FigureDefinition.Kind.COUNT, "training"));
		}
		return out;
	}

	private static String label(String code) {
		return Messages.text(Messages.VIETNAMESE, "training.figure." + code);
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || definition(code).isEmpty()) {
			return Optional.empty();
		}
		LocalDate from = r.from(), to = r.to();
		List<FieldError> errors = new ArrayList<>();
		Population p = r.population();
		if (p != null && (p.criterion() != null || p.unitTypeCode() != null || !p.conditions().where().isEmpty()
				|| !p.conditions().titleGroups().isEmpty())) {
			errors.add(new FieldError("population", Messages.text("training.error.figurePopulation", code)));
		}
		r.filters()
			.keySet()
			.stream()
			.filter(k -> !"COURSE_KIND".equals(k))
			.forEach(k -> errors.add(new FieldError("f", Messages.text("training.error.figureFilter", code, k), k)));
		if (to.isBefore(from)) {
			errors.add(new FieldError("to", Messages.text("training.error.figurePeriod", code), to.toString()));
		}
		List<String> kinds = r.filters().getOrDefault("COURSE_KIND", List.of());
		List<String> categories = p == null ? List.of() : p.conditions().categories();
		check(errors, code, "COURSE_KIND", kinds, CourseKind.class);
		check(errors, code, "CATEGORY", categories, PersonCategory.class);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<Long> unitIds = figureUnits.of(r, "training.error.unitNotFound").orElse(null);
		boolean completed = code.endsWith(COMPLETED);
		long n = count(code.startsWith(PERSONS), completed, from, to, unitIds, kinds, categories);
		return Optional.of(Figure.count(code, label(code), n, null).withBasis(r.basis(true)));
	}

	private static <E extends Enum<E>> void check(List<FieldError> errors, String code, String filter,
			List<String> values, Class<E> type) {
		for (String v : values) {
			try {
				Enum.valueOf(type, v);
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("f", Messages.text("training.error.figureFilterValue", code, filter, v), v));
			}
		}
	}

	/**
	 * One statement with only the conditions asked (the planner sees what it filters): by
	 * unit or category through the person's person_fact period on the counted day — one
	 * period at a time, of live persons only, so at most one row per enrolment. Timings:
	 * a province's 200,000 enrolments (TrainingBenchmark, docs/benchmarks.md).
	 */
	private long count(boolean persons, boolean completed, LocalDate from, LocalDate to, Set<Long> unitIds,
			List<String> kinds, List<String> categories) {
		String day = completed ? "e.result_on" : "e.starts_on";
		StringBuilder sql = new StringBuilder("select ").append(persons ? "count(distinct e.person_id)" : "count(*)")
			.append(" from training_enrolment e join training_course c on c.id = e.course_id and c.deleted_at is null");
		if (unitIds == null && categories.isEmpty()) {
			sql.append(" join person p on p.id = e.person_id and p.deleted_at is null");
		}
		else if (!kinds.isEmpty()) {
			// the enrolments of a few kinds: each one's period probed by index (23 ms for
			// a kind of 11,000 against 310 ms hashing the whole person_fact)
			sql.append(" cross join lateral (select pf.unit_id, pf.category from person_fact pf")
				.append(" where pf.person_id = e.person_id and pf.valid_from <= %1$s".formatted(day))
				.append(" and (pf.valid_to is null or pf.valid_to > %1$s) limit 1) pf".formatted(day));
		}
		else {
			// every kind: one hash join (0.5 s against 0.9 s probing 200,000 times)
			sql.append(" join person_fact pf on pf.person_id = e.person_id and pf.valid_from <= %1$s".formatted(day))
				.append(" and (pf.valid_to is null or pf.valid_to > %1$s)".formatted(day));
		}
		sql.append(" where ").append(day).append(" between :from and :to");
		if (completed) {
			sql.append(" and e.result = 'COMPLETED'");
		}
		if (!kinds.isEmpty()) {
			sql.append(" and c.kind = any(:kinds)");
		}
		if (unitIds != null) {
			sql.append(" and pf.unit_id = any(:units)");
		}
		if (!categories.isEmpty()) {
			sql.append(" and pf.category = any(:cats)");
		}
		var q = jdbc.sql(sql.toString()).param("from", from).param("to", to);
		if (!kinds.isEmpty()) {
			q = q.param("kinds", kinds.toArray(String[]::new));
		}
		if (unitIds != null) {
			q = q.param("units", unitIds.toArray(Long[]::new));
		}
		if (!categories.isEmpty()) {
			q = q.param("cats", categories.toArray(String[]::new));
		}
		return q.query(Long.class).single();
	}

}
