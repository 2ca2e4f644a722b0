package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * TRAINING_PERSONS = the distinct persons behind them; TRAINING_TURNS_&lt;RESULT&gt; and
 * TRAINING_PERSONS_&lt;RESULT&gt; (RESULT a {@link CourseResult}: _COMPLETED,
 * _NOT_COMPLETED, _WITHDRAWN, _TRANSFERRED) count the enrolments given that result whose
 * result date (the certificate date for a completion) falls in the period ("hoàn thành /
 * thôi học … trong kỳ"). Filters: COURSE_KIND (values of {@link CourseKind}) and, on the
 * two figures by start date, RESULT (a {@link CourseResult} or {@code NONE}: no result
 * yet). {@link #breakdown} answers a breakdown by either in one grouped statement. A
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

	static final String KIND = "COURSE_KIND";

	static final String RESULT = "RESULT";

	/** The RESULT value of an enrolment without a result yet. */
	static final String NONE = "NONE";

	private final JdbcClient jdbc;

	private final FigureUnits figureUnits;

	TrainingFigures(JdbcClient jdbc, FigureUnits figureUnits) {
		this.jdbc = jdbc;
		this.figureUnits = figureUnits;
	}

	/**
	 * A code read: persons or lượt; the result it counts by its date (null: by start).
	 */
	private record Code(boolean persons, CourseResult result) {

		static Optional<Code> of(String code) {
			if (code == null) {
				return Optional.empty();
			}
			for (String base : List.of(TURNS, PERSONS)) {
				if (code.equals(base)) {
					return Optional.of(new Code(base.equals(PERSONS), null));
				}
				for (CourseResult r : CourseResult.values()) {
					if (code.equals(base + "_" + r.name())) {
						return Optional.of(new Code(base.equals(PERSONS), r));
					}
				}
			}
			return Optional.empty();
		}

	}

	/** What a request counts once checked. */
	private record Counted(Code code, LocalDate from, LocalDate to, Set<Long> unitIds, List<String> kinds,
			List<String> results, List<String> categories) {
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<String> codes = new ArrayList<>(List.of(TURNS, PERSONS, TURNS + COMPLETED, PERSONS + COMPLETED));
		for (CourseResult r : CourseResult.values()) {
			if (r != CourseResult.COMPLETED) {
				codes.add(TURNS + "_" + r.name());
				codes.add(PERSONS + "_" + r.name());
			}
		}
		return codes.stream()
			.map(c -> new FigureDefinition(c, label(c), FigureDefinition.Kind.COUNT, "training"))
			.toList();
	}

	private static String label(String code) {
		return Messages.text(Messages.VIETNAMESE, "training.figure." + code);
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		Optional<Code> c = Code.of(code);
		if (c.isEmpty()) {
			return Optional.empty();
		}
		Counted q = check(code, c.get(), r);
		long n = count(q, null).getOrDefault("", 0L);
		return Optional.of(Figure.count(code, label(code), n, null).withBasis(r.basis(true)));
	}

	/**
	 * By COURSE_KIND or RESULT: one grouped statement (the scope and the units resolved
	 * once); any other dimension as {@link FigureProvider}'s default, which refuses it.
	 */
	@Override
	public Optional<Map<String, Figure>> breakdown(String code, FigureRequest r, String dimension,
			List<String> values) {
		Optional<Code> c = Code.of(code);
		if (c.isEmpty()) {
			return Optional.empty();
		}
		if (!KIND.equals(dimension) && !RESULT.equals(dimension)) {
			return FigureProvider.super.breakdown(code, r, dimension, values);
		}
		Map<String, Figure> out = new LinkedHashMap<>();
		if (values.isEmpty()) {
			return Optional.of(out);
		}
		Counted q = check(code, c.get(), r.withFilter(dimension, values));
		Map<String, Long> n = count(q, dimension);
		for (String v : values) {
			out.put(v, Figure.count(code, label(code), n.getOrDefault(v, 0L), null)
				.withBasis(r.withFilter(dimension, List.of(v)).basis(true)));
		}
		return Optional.of(out);
	}

	/** Checks the request (every error at once) and resolves its units. */
	private Counted check(String code, Code c, FigureRequest r) {
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
			.filter(k -> !KIND.equals(k) && !(RESULT.equals(k) && c.result() == null))
			.forEach(k -> errors.add(new FieldError("f", Messages.text("training.error.figureFilter", code, k), k)));
		if (to.isBefore(from)) {
			errors.add(new FieldError("to", Messages.text("training.error.figurePeriod", code), to.toString()));
		}
		List<String> kinds = r.filters().getOrDefault(KIND, List.of());
		List<String> results = c.result() != null ? List.of(c.result().name())
				: r.filters().getOrDefault(RESULT, List.of());
		List<String> categories = p == null ? List.of() : p.conditions().categories();
		check(errors, code, KIND, kinds, CourseKind.class);
		check(errors, code, RESULT, results.stream().filter(v -> !NONE.equals(v)).toList(), CourseResult.class);
		check(errors, code, "CATEGORY", categories, PersonCategory.class);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<Long> unitIds = figureUnits.of(r, "training.error.unitNotFound").orElse(null);
		return new Counted(c, from, to, unitIds, kinds, results, categories);
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
	 * One statement with only the conditions asked (the planner sees what it filters),
	 * grouped by the dimension's value (null: one row, key ""): by unit or category
	 * through the person's person_fact period on the counted day — one period at a time,
	 * of live persons only, so at most one row per enrolment; without either, a live
	 * person is one with a period in person_fact (every dossier has a main position).
	 * Timings: a province's 200,000 enrolments (TrainingBenchmark, docs/benchmarks.md).
	 */
	private Map<String, Long> count(Counted q, String groupBy) {
		String day = q.code().result() != null ? "e.result_on" : "e.starts_on";
		String key = groupBy == null ? "''" : KIND.equals(groupBy) ? "c.kind" : "coalesce(e.result, '" + NONE + "')";
		StringBuilder sql = new StringBuilder("select ").append(key)
			.append(q.code().persons() ? ", count(distinct e.person_id)" : ", count(*)")
			.append(" from training_enrolment e join training_course c on c.id = e.course_id and c.deleted_at is null");
		if (q.unitIds() == null && q.categories().isEmpty()) {
			sql.append(" where exists (select 1 from person_fact pf where pf.person_id = e.person_id) and ");
		}
		else if (!q.kinds().isEmpty() && groupBy == null) {
			// the enrolments of a few kinds: each one's period probed by index (23 ms for
			// a kind of 11,000 against 310 ms hashing the whole person_fact)
			sql.append(" cross join lateral (select pf.unit_id, pf.category from person_fact pf")
				.append(" where pf.person_id = e.person_id and pf.valid_from <= %1$s".formatted(day))
				.append(" and (pf.valid_to is null or pf.valid_to > %1$s) limit 1) pf where ".formatted(day));
		}
		else {
			// every kind, or a breakdown: one hash join (0.5 s against 0.9 s probing
			// 200,000 times), hashing only the periods that overlap the period counted
			// (the day is in it): at a province's size half of person_fact, and no more
			// rejected matches of a person's earlier periods (EXPLAIN in
			// docs/benchmarks.md, issue 16)
			sql.append(" join person_fact pf on pf.person_id = e.person_id and pf.valid_from <= %1$s".formatted(day))
				.append(" and (pf.valid_to is null or pf.valid_to > %1$s)".formatted(day))
				.append(" and pf.valid_from <= :to and (pf.valid_to is null or pf.valid_to > :from) where ");
		}
		sql.append(day).append(" between :from and :to");
		if (q.code().result() != null) {
			// an enum's name: the partial index on completions' result_on applies
			sql.append(" and e.result = '").append(q.code().result().name()).append("'");
		}
		else if (!q.results().isEmpty()) {
			sql.append(" and coalesce(e.result, '").append(NONE).append("') = any(:results)");
		}
		if (!q.kinds().isEmpty()) {
			sql.append(" and c.kind = any(:kinds)");
		}
		if (q.unitIds() != null) {
			sql.append(" and pf.unit_id = any(:units)");
		}
		if (!q.categories().isEmpty()) {
			sql.append(" and pf.category = any(:cats)");
		}
		sql.append(" group by 1");
		var s = jdbc.sql(sql.toString()).param("from", q.from()).param("to", q.to());
		if (q.code().result() == null && !q.results().isEmpty()) {
			s = s.param("results", q.results().toArray(String[]::new));
		}
		if (!q.kinds().isEmpty()) {
			s = s.param("kinds", q.kinds().toArray(String[]::new));
		}
		if (q.unitIds() != null) {
			s = s.param("units", q.unitIds().toArray(Long[]::new));
		}
		if (!q.categories().isEmpty()) {
			s = s.param("cats", q.categories().toArray(String[]::new));
		}
		Map<String, Long> out = new LinkedHashMap<>();
		s.query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
		return out;
	}

}
